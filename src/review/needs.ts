/**
 * What an actor needs and never gets: for each value the clause has an actor make (a derivation,
 * or a copy as in the common variant) from inputs it does not hold, which inputs are missing and
 * the last message that reached the actor before, where they should have come. Computed from the
 * trace's actions and holdings, in any reading; under the strict reading (only what the text
 * names is carried) it shows what the text itself fails to deliver.
 */
import type { Actor, Trace, ValueName } from '../protocol/types';
import { VALUE_INFO } from '../protocol/values';
import type { Finding } from './finding';

export interface Unmet {
  actor: Actor;
  /** The value the actor is to make. */
  value: ValueName;
  /** The step at which it is to make it. */
  step: number;
  missing: ValueName[];
  /** The last message the actor received before `step`, if any. */
  lastMessage: number | null;
}

/** Computed once per trace: the review, the step-7 check and the findings all ask. */
const cache = new WeakMap<Trace, readonly Unmet[]>();

/** Every value of the clause an actor is to make but cannot, for want of inputs. */
export function unmetNeeds(trace: Trace): readonly Unmet[] {
  const cached = cache.get(trace);
  if (cached) return cached;
  const out: Unmet[] = [];
  const lastIn = new Map<Actor, number>();
  for (const step of trace.steps) {
    if (step.def.part !== 'clause') break;
    for (const a of step.actions) {
      if (a.kind === 'send') lastIn.set(a.to, step.def.n);
      if (a.kind !== 'derive') continue;
      const held = new Set(step.holdings[a.actor].map((v) => v.name));
      if (held.has(a.value)) continue;
      const missing = a.inputs.filter((v) => !held.has(v));
      if (missing.length === 0) continue;
      out.push({
        actor: a.actor,
        value: a.value,
        step: step.def.n,
        missing,
        lastMessage: lastIn.get(a.actor) ?? null,
      });
    }
  }
  cache.set(trace, out);
  return out;
}

const label = (v: ValueName) => VALUE_INFO[v].label;

/** The unmet needs as defects, each at the message that should have brought the inputs. */
export function unmetFindings(trace: Trace): Finding[] {
  return unmetNeeds(trace).map((u) => ({
    id: `never-gets/${u.actor}/${u.value}`,
    step: u.lastMessage ?? u.step,
    severity: 'defect' as const,
    source: 'computed' as const,
    actor: u.actor,
    text:
      `${u.actor} cannot make ${label(u.value)} at step ${u.step}: it never gets ${u.missing.map(label).join(', ')}` +
      (u.lastMessage === null
        ? '.'
        : ` (message ${u.lastMessage}, the last to reach it before, does not carry ${u.missing.length > 1 ? 'them' : 'it'}).`),
  }));
}
