/**
 * Scale: a connection with many rekeyings, as one flow of N messages (the messages of the 0a-drr
 * procedure, steps 0–6, 8 and 9, over and over, numbered 1…N), labelled as the app labels them
 * (`stepLabelLines`, `escapeLabel`). `__bench.load(n)` renders it once with Mermaid and tags it
 * with the app's `indexFigure`; ← → then step it with the app's `showStep`, as the figure does,
 * and scroll the current message into view when it is not.
 */
import mermaid from 'mermaid';
import { MERMAID_CONFIG } from '../../src/diagram/config';
import { escapeLabel } from '../../src/diagram/escape';
import { indexFigure, showStep, type FigureIndex } from '../../src/diagram/restyle';
import { stepLabelLines } from '../../src/diagram/sequence';
import { DEFAULT_SCENARIO, DEFAULT_SEED } from '../../src/protocol/scenario';
import { simulate } from '../../src/protocol/simulate';
import { ACTORS } from '../../src/protocol/types';

// Mermaid refuses diagram text over 50,000 characters by default; 1,000 messages are ~90,000.
mermaid.initialize({ ...MERMAID_CONFIG, maxTextSize: 10_000_000 });
const host = document.getElementById('figure') as HTMLElement;
const rekeying = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-drr' }, DEFAULT_SEED);
const messages = rekeying.steps.map((s) => s.def).filter((d) => d.kind === 'message');

/** The Mermaid text of a flow of `n` messages, and the step of each arrow in order. */
export function longFlow(n: number): { text: string; order: { n: number; note: boolean }[] } {
  const out = ['sequenceDiagram', ...ACTORS.map((a) => `  participant ${a}`)];
  const order: { n: number; note: boolean }[] = [];
  for (let i = 1; i <= n; i++) {
    const def = messages[(i - 1) % messages.length];
    if (!def?.from || !def.to) continue;
    const label = stepLabelLines({ ...def, n: i })
      .map(escapeLabel)
      .join('<br/>');
    out.push(`  ${def.from}->>${def.to}: ${label}`);
    order.push({ n: i, note: false });
  }
  return { text: out.join('\n') + '\n', order };
}

let index: FigureIndex | null = null;
let step = 0;
let last = 0;
let renders = 0;

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(null);
    }),
  );

/**
 * Renders a flow of `n` messages and shows step 0. Times in ms: `mermaid` (render to SVG text),
 * `shown` (plus insertion, indexing, `showStep` and a forced layout), `painted` (to the end of the
 * next frame). The first render of the page also loads Mermaid's sequence chunk: warm up first.
 */
async function load(n: number) {
  const { text, order } = longFlow(n);
  host.replaceChildren();
  await afterPaint();
  const t0 = performance.now();
  const { svg } = await mermaid.render(`scale-${++renders}`, text);
  const t1 = performance.now();
  host.innerHTML = svg;
  const el = host.querySelector('svg');
  index = el ? indexFigure(el, order) : null;
  step = 0;
  last = n;
  if (index) showStep(index, step);
  host.dataset['currentStep'] = String(step);
  void host.offsetHeight;
  const t2 = performance.now();
  const t3 = await afterPaint();
  return {
    mermaid: t1 - t0,
    shown: t2 - t0,
    painted: t3 - t0,
    textChars: text.length,
    messages: host.querySelectorAll('[data-et="message"]').length,
    tagged: host.querySelectorAll('[data-state]').length,
  };
}

addEventListener('keydown', (e) => {
  const to = { ArrowRight: step + 1, ArrowLeft: step - 1, Home: 0, End: last }[e.key];
  if (to === undefined || !index) return;
  e.preventDefault();
  step = Math.min(last, Math.max(0, to));
  showStep(index, step);
  // A long flow is read where the current message is: keep it in view (the app's 10 fit anyway).
  index.messages[Math.max(0, step - 1)]?.scrollIntoView({ block: 'nearest' });
  host.dataset['currentStep'] = String(step);
});

window.__bench = { load, longFlow };
