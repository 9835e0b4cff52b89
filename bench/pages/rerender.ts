/**
 * Step baseline: what a plain Mermaid page does to show a step. Each step (← → Home End) writes
 * the diagram text with the current message highlighted (a `rect` around it) and renders the
 * whole diagram again with Mermaid; an edit of K_ASME_1 re-simulates and re-renders. Uses the
 * app's own `simulate`, `toMermaid` and Mermaid config. Also times kdflow's re-simulation after an
 * input edit (`__bench.recompute`), since this page already carries the protocol code.
 */
import mermaid from 'mermaid';
import { MERMAID_CONFIG } from '../../src/diagram/config';
import { toMermaid } from '../../src/diagram/sequence';
import { formatInput, parseInput, seededInputs } from '../../src/protocol/inputs';
import { allScenarios, DEFAULT_SCENARIO, DEFAULT_SEED } from '../../src/protocol/scenario';
import { lastStep, simulate } from '../../src/protocol/simulate';
import type { Trace } from '../../src/protocol/types';
import { traceOf } from '../../src/store/store';

/** The default scenario's last step, from the procedure. */
const LAST_STEP = lastStep(DEFAULT_SCENARIO);

mermaid.initialize(MERMAID_CONFIG);
const host = document.getElementById('figure') as HTMLElement;
const field = document.getElementById('k-asme-1') as HTMLInputElement;

const inputs = seededInputs(DEFAULT_SEED);
let trace: Trace = simulate(DEFAULT_SCENARIO, DEFAULT_SEED, inputs);
let step = 0;
let renders = 0;
let chain: Promise<unknown> = Promise.resolve();
field.value = formatInput('K_ASME_1', inputs.K_ASME_1);

/** The diagram text with the step's message or note wrapped in a highlight `rect`. */
function highlighted(t: Trace, current: number): string {
  const lines = toMermaid(t).split('\n');
  const stepLines = lines.flatMap((l, i) => (/->>|^\s*Note over /.test(l) ? [i] : []));
  const k = t.steps.findIndex(({ def }) => def.n === current);
  const at = stepLines[k];
  if (at !== undefined) lines.splice(at, 1, '  rect rgb(255, 236, 179)', lines[at] ?? '', '  end');
  return lines.join('\n');
}

function render(): Promise<unknown> {
  chain = chain.then(async () => {
    const { svg } = await mermaid.render(`baseline-${++renders}`, highlighted(trace, step));
    host.innerHTML = svg;
    host.dataset['currentStep'] = String(step);
  });
  return chain;
}

addEventListener('keydown', (e) => {
  const to = { ArrowRight: step + 1, ArrowLeft: step - 1, Home: 0, End: LAST_STEP }[e.key];
  if (to === undefined || e.target instanceof HTMLInputElement) return;
  e.preventDefault();
  step = Math.min(LAST_STEP, Math.max(0, to));
  window.__benchPending = render();
});

field.addEventListener('input', () => {
  const parsed = parseInput('K_ASME_1', field.value);
  if (!parsed.ok) return;
  inputs.K_ASME_1 = parsed.bytes;
  trace = simulate(DEFAULT_SCENARIO, DEFAULT_SEED, inputs);
  window.__benchPending = render();
});

const randomHex = (octets: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(octets)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * Re-simulation after an input edit, as the app's store does it: `traceOf` with a new K_ASME_1
 * (a cache miss: seeded inputs, the edit parsed over them, then `simulate`), and `simulate` alone.
 * Cycles through every scenario under both readings (allScenarios). Times in ms.
 */
function recompute(count: number): { traceOf: number[]; simulate: number[] } {
  const scenarios = allScenarios(['intended', 'literal']);
  const out = { traceOf: [] as number[], simulate: [] as number[] };
  for (let i = 0; i < count; i++) {
    const scenario = scenarios[i % scenarios.length] ?? DEFAULT_SCENARIO;
    const hex = randomHex(32);
    let t0 = performance.now();
    traceOf(scenario, DEFAULT_SEED, { K_ASME_1: hex });
    out.traceOf.push(performance.now() - t0);
    const edited = { ...inputs, K_ASME_1: crypto.getRandomValues(new Uint8Array(32)) };
    t0 = performance.now();
    simulate(scenario, DEFAULT_SEED, edited);
    out.simulate.push(performance.now() - t0);
  }
  return out;
}

window.__bench = { recompute, renders: () => renders };
window.__benchPending = render();
