/** Differences between two traces, for the side-by-side view. */
import { ACTORS, type Actor, type Trace, type ValueName } from '../protocol/types';

export interface TraceDiff {
  /** Steps whose message (endpoints or parameters) differs. */
  steps: Set<number>;
  /** Per actor, the values that differ at the given step or are held on one side only. */
  values: Record<Actor, Set<ValueName>>;
}

const signature = (t: Trace, n: number) => {
  const def = t.steps[n]?.def;
  if (!def) return '';
  return JSON.stringify([def.kind, def.from, def.to, def.params, def.title]);
};

export function diffTraces(a: Trace, b: Trace, step: number): TraceDiff {
  const steps = new Set<number>();
  const count = Math.max(a.steps.length, b.steps.length);
  for (let n = 0; n < count; n++) if (signature(a, n) !== signature(b, n)) steps.add(n);
  const values = {} as TraceDiff['values'];
  for (const actor of ACTORS) {
    const left = new Map((a.steps[step]?.holdings[actor] ?? []).map((v) => [v.name, v.hex]));
    const right = new Map((b.steps[step]?.holdings[actor] ?? []).map((v) => [v.name, v.hex]));
    const differ = new Set<ValueName>();
    for (const name of new Set([...left.keys(), ...right.keys()]))
      if (left.get(name) !== right.get(name)) differ.add(name);
    values[actor] = differ;
  }
  return { steps, values };
}
