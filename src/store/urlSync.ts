/** Keeps the URL query and the store in step: the page opens where the link says. */
import { parseQuery, toQuery } from './deepLink';
import type { KdflowStoreApi } from './react';

export function syncWithUrl(store: KdflowStoreApi, win: Window = window): () => void {
  const write = () => {
    const { scenario, seed, step, compare, inputs } = store.getState();
    const query = toQuery({ scenario, seed, step, compare, inputs });
    if (win.location.search !== query) win.history.replaceState(null, '', query);
  };
  const onPop = () => {
    const { state, errors } = parseQuery(win.location.search);
    store.getState().load(state, errors);
  };
  write();
  const linked = ['scenario', 'seed', 'step', 'compare', 'inputs'] as const;
  const unsubscribe = store.subscribe((now, before) => {
    if (linked.some((k) => now[k] !== before[k])) write();
  });
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
