/**
 * The one place that touches Mermaid. It is loaded by dynamic import, so that it stays out of the
 * entry bundle, and initialised once with `securityLevel: 'strict'`.
 */
import type { Mermaid } from 'mermaid';
import { MERMAID_CONFIG } from './config';

let loading: Promise<Mermaid> | null = null;
let renders = 0;
let nextId = 0;

function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    ({ default: mermaid }) => {
      mermaid.initialize(MERMAID_CONFIG);
      return mermaid;
    },
    (err: unknown) => {
      // A failed load (network cut, say) is not cached: the next render tries again.
      loading = null;
      throw err;
    },
  );
  return loading;
}

/**
 * Starts fetching Mermaid now, before React has drawn anything: the figure is the page's main
 * content, and waiting for the first render to ask for it cost the cold start about 0.4 s. A
 * failure here is left to the figure's own render, which tries again and says what failed.
 */
export function preloadMermaid(): void {
  load().catch(() => undefined);
}

/** How many times Mermaid has rendered in this page (shown to tests on the figure element). */
export function renderCount(): number {
  return renders;
}

const rendered = new Map<string, Promise<string>>();
const KEEP = 16;

async function render(text: string): Promise<string> {
  const mermaid = await load();
  // A fresh id per render: `mermaid.render` first removes any element with the id it is given.
  const id = `kdflow-figure-${++nextId}`;
  renders++;
  const { svg } = await mermaid.render(id, text);
  return svg;
}

/**
 * Renders diagram text to SVG markup, at most once per distinct text (the last few are kept), so
 * that React's repeated effects and going back to a scenario cost no Mermaid render.
 */
export function renderSvg(text: string): Promise<string> {
  let svg = rendered.get(text);
  if (!svg) {
    svg = render(text);
    svg.catch(() => rendered.delete(text));
    if (rendered.size >= KEEP) rendered.delete(rendered.keys().next().value ?? '');
    rendered.set(text, svg);
  }
  return svg;
}
