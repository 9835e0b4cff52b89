/**
 * The figure is the page's main content, so it goes first: the parts that load on demand (review,
 * matrix, export menu…) are asked for only once the figure is drawn, or has failed, or after
 * FIGURE_WAIT_MS at most. Fetching and rendering them alongside Mermaid delayed the first figure
 * by about 0.1 s (npm run bench, cold start).
 */
import { useSyncExternalStore } from 'react';

export const FIGURE_WAIT_MS = 2000;

let drawn = false;
const listeners = new Set<() => void>();

/** Says the first figure is on screen (or could not be drawn): the rest may load now. */
export function figureSettled(): void {
  if (drawn) return;
  drawn = true;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.setTimeout(figureSettled, FIGURE_WAIT_MS);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the first figure has settled; re-renders once when it does. */
export function useFigureSettled(): boolean {
  return useSyncExternalStore(subscribe, () => drawn);
}
