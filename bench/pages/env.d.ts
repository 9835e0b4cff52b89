/** The app's first figure as Mermaid text, put in by bench/vite.config.ts at build time. */
declare const __FIGURE_TEXT__: string;

interface Window {
  /** Set by a page whose step or edit finishes asynchronously (see bench/probe.mjs). */
  __benchPending?: Promise<unknown> | null;
  /** What counts as "diagram visible" for a cold start (bench/probe.mjs). */
  __benchVisibleSelector?: string;
  __bench?: Record<string, unknown>;
}
