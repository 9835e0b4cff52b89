import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Trace } from '../protocol/types';
import { traceOf, type createKdflowStore, type KdflowActions, type KdflowStore } from './store';

export type KdflowStoreApi = ReturnType<typeof createKdflowStore>;

export const StoreContext = createContext<KdflowStoreApi | null>(null);

/** The store itself, for reading the state at the moment of an event without subscribing. */
export function useApi(): KdflowStoreApi {
  const api = useContext(StoreContext);
  if (!api) throw new Error('kdflow store missing: wrap the page in <StoreContext.Provider>');
  return api;
}

/** Selects one value from the store; re-renders only when it changes. */
export function useKdflow<T>(select: (s: KdflowStore) => T): T {
  return useStore(useApi(), select);
}

/** The trace of the current scenario and seed. */
export function useTrace(): Trace {
  return useStore(useApi(), (s) => traceOf(s.scenario, s.seed, s.inputs, s.attacker));
}

/** The store's actions; they never change, so selecting them never re-renders. */
export function useActions(): KdflowActions {
  return useStore(
    useApi(),
    useShallow((s): KdflowActions => ({
      setScenario: s.setScenario,
      toggleCompare: s.toggleCompare,
      typeInput: s.typeInput,
      randomizeInputs: s.randomizeInputs,
      resetInputs: s.resetInputs,
      setComparison: s.setComparison,
      setAssumptions: s.setAssumptions,
      setAttacker: s.setAttacker,
      typeSeed: s.typeSeed,
      goTo: s.goTo,
      next: s.next,
      previous: s.previous,
      first: s.first,
      last: s.last,
      togglePlay: s.togglePlay,
      setPlayInterval: s.setPlayInterval,
      faster: s.faster,
      slower: s.slower,
      setPresenting: s.setPresenting,
      setHelpOpen: s.setHelpOpen,
      load: s.load,
      dismissLinkErrors: s.dismissLinkErrors,
    })),
  );
}
