/** Keeps the URL query and the store in step: the page opens where the link says. */
import { parseQuery, toQuery } from './deepLink';
import type { KdflowStoreApi } from './react';

/** How long after the last change the URL is written. */
export const URL_WRITE_DELAY_MS = 120;

export function syncWithUrl(store: KdflowStoreApi, win: Window = window): () => void {
  const write = () => {
    const { scenario, seed, step, compare, inputs, assumptions, attacker } = store.getState();
    const query = toQuery({ scenario, seed, step, compare, inputs, assumptions, attacker });
    if (win.location.search !== query) win.history.replaceState(null, '', query);
  };
  const onPop = () => {
    const { state, errors } = parseQuery(win.location.search);
    store.getState().load(state, errors);
  };
  write();
  // Writes are coalesced: history.replaceState costs several milliseconds in Chromium (and is
  // rate-limited), so a burst of steps writes the URL once, shortly after the last one.
  let pending: ReturnType<typeof setTimeout> | null = null;
  // `data-url-pending` on <html> says a write is due (tests wait for it to go).
  const root = win.document.documentElement;
  const schedule = () => {
    if (pending !== null) clearTimeout(pending);
    root.setAttribute('data-url-pending', '');
    pending = setTimeout(() => {
      pending = null;
      write();
      root.removeAttribute('data-url-pending');
    }, URL_WRITE_DELAY_MS);
  };
  const linked = [
    'scenario',
    'seed',
    'step',
    'compare',
    'inputs',
    'assumptions',
    'attacker',
  ] as const;
  const unsubscribe = store.subscribe((now, before) => {
    if (linked.some((k) => now[k] !== before[k])) schedule();
  });
  win.addEventListener('popstate', onPop);
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
