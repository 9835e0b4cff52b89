/**
 * What the property matrix (properties.ts) reads of a trace, by provenance alone: how an actor got
 * a value (a justification pointing at its step), which values generated in the run a key comes
 * from and who generated them, and what an adversary who records every message and later learns
 * the long-term keys can recompute. Nothing here knows a scheme: it follows the trace's
 * derivations, copies and messages, so a new scheme's values are followed for free.
 */
import { ACTORS, type Actor, type HeldValue, type Trace, type ValueName } from '../protocol/types';
import { VALUE_INFO } from '../protocol/values';
import { formulaOf } from '../protocol/formula';

/** What a cell rests on: a step (a message or calculation), a derivation, or an assumption. */
export type Justification =
  | { kind: 'step'; step: number; text: string; illustrative?: true }
  | {
      kind: 'derivation';
      step: number;
      actor: Actor;
      /** The scheme's derivation id (`kd`, `keying-material-1`, …), or `copy` for a copy. */
      use: string;
      output: ValueName;
      inputs: ValueName[];
      text: string;
      illustrative?: true;
    }
  | { kind: 'assumption'; key: string; value: string; text: string };

export const label = (v: ValueName) => VALUE_INFO[v].label;
export const labels = (vs: readonly ValueName[]) => vs.map(label).join(', ');

/** What the actor holds at the end of the run, if anything, under that name. */
export function finalHeld(trace: Trace, actor: Actor, value: ValueName): HeldValue | undefined {
  return trace.steps.at(-1)?.holdings[actor].find((h) => h.name === value);
}

/** The peers that end the run holding the shared key (and still using it). */
export function keyHolders(trace: Trace): Actor[] {
  const { peers, sharedKey } = trace.procedure.roles;
  return peers.filter((p) => {
    const h = finalHeld(trace, p, sharedKey);
    return h !== undefined && h.retiredAt === undefined;
  });
}

/** A message's carried value rests on kdflow's fill-in when the text does not name it there. */
function filledIn(trace: Trace, step: number, value: ValueName): boolean {
  const def = trace.steps[step]?.def;
  if (!def) return false;
  return (
    def.part === 'continuation' || def.params.some((p) => p.name === value && p.basis !== 'named')
  );
}

const mark = (illustrative: boolean) => (illustrative ? { illustrative: true as const } : {});

/** A justification for a message carrying `values`, marked when any of them is a fill-in. */
export function messageJustification(
  trace: Trace,
  step: number,
  values: readonly ValueName[],
  text: string,
): Justification {
  return { kind: 'step', step, text, ...mark(values.some((v) => filledIn(trace, step, v))) };
}

/** How `actor` got `value`, as one justification (null when it held it before the procedure). */
export function gotBy(trace: Trace, actor: Actor, value: ValueName): Justification | null {
  const h = finalHeld(trace, actor, value);
  if (!h) return null;
  const p = h.provenance;
  const continuation = (n: number) => trace.steps[n]?.def.part === 'continuation';
  switch (p.kind) {
    case 'held':
      return null;
    case 'generated':
      return {
        kind: 'step',
        step: p.step,
        text: `${actor} generates ${label(value)} at step ${p.step}: ${p.how}`,
        ...mark(continuation(p.step)),
      };
    case 'received':
      return messageJustification(
        trace,
        p.step,
        [value],
        `${actor} receives ${label(value)} in message ${p.step} from ${p.from}`,
      );
    case 'copied':
      return {
        kind: 'derivation',
        step: p.step,
        actor,
        use: 'copy',
        output: value,
        inputs: [p.source],
        text: `${actor} takes ${label(value)} at step ${p.step} from ${label(p.source)}: ${p.how}`,
        ...mark(continuation(p.step)),
      };
    case 'derived': {
      const d = p.derivation;
      const inputs = [...d.keyNames, ...d.params.map((x) => x.name)];
      return {
        kind: 'derivation',
        step: p.step,
        actor,
        use: d.use,
        output: value,
        inputs,
        text: `${actor} derives ${formulaOf(d)} at step ${p.step}`,
        ...mark(d.illustrative),
      };
    }
  }
}

/** A value generated in the run that a key comes from, and every actor that generated it. */
export interface Generated {
  value: ValueName;
  step: number;
  /** Actors that generated the same bytes at that step (a NAS COUNT is kept at both ends). */
  by: Actor[];
}

/** Where a key comes from: the values generated in the run, those held before, every input. */
export interface Origins {
  generated: Generated[];
  held: ValueName[];
  /** Every value on the way: derivation inputs and copy sources, at any actor. */
  inputs: Set<ValueName>;
}

/**
 * Follows `value` at `actor` back through its provenance (a derivation's inputs, a copy's source,
 * a received value to its sender) to values generated in the run or held before it.
 */
export function originsOf(trace: Trace, start: readonly [Actor, ValueName][]): Origins {
  const generated = new Map<string, Generated>();
  const held = new Set<ValueName>();
  const inputs = new Set<ValueName>();
  const seen = new Set<string>();
  const walk = (actor: Actor, value: ValueName) => {
    if (seen.has(`${actor}/${value}`)) return;
    seen.add(`${actor}/${value}`);
    const h = finalHeld(trace, actor, value);
    if (!h) return;
    const p = h.provenance;
    switch (p.kind) {
      case 'held':
        held.add(value);
        return;
      case 'generated': {
        const by = ACTORS.filter((a) => {
          const o = finalHeld(trace, a, value);
          return (
            o?.provenance.kind === 'generated' && o.provenance.step === p.step && o.hex === h.hex
          );
        });
        generated.set(`${value}@${p.step}`, { value, step: p.step, by });
        return;
      }
      case 'received':
        walk(p.from, value);
        return;
      case 'copied':
        inputs.add(p.source);
        walk(actor, p.source);
        return;
      case 'derived':
        for (const v of [...p.derivation.keyNames, ...p.derivation.params.map((x) => x.name)]) {
          inputs.add(v);
          walk(actor, v);
        }
        return;
    }
  };
  for (const [a, v] of start) walk(a, v);
  return {
    generated: [...generated.values()].sort((x, y) => x.step - y.step),
    held: [...held],
    inputs,
  };
}

/** One way the trace shows to make a value from others: a derive or copy action. */
export interface Recipe {
  actor: Actor;
  step: number;
  value: ValueName;
  inputs: readonly ValueName[];
}

/** Every derivation (and copy) any actor made or tried, as the trace's actions list them. */
export function recipesOf(trace: Trace): Recipe[] {
  return trace.steps.flatMap(({ def, actions }) =>
    actions.flatMap((a) =>
      a.kind === 'derive'
        ? [{ actor: a.actor, step: def.n, value: a.value, inputs: a.inputs }]
        : [],
    ),
  );
}

/** How an adversary got a value: given, read in a message, or made by a recipe. */
export type Got =
  { by: 'given' } | { by: 'message'; step: number } | { by: 'recipe'; recipe: Recipe };

/** What `given` and the readable messages let one compute, to a fixpoint, with how. */
export function closure(
  given: Iterable<ValueName>,
  read: readonly { step: number; values: readonly ValueName[] }[],
  recipes: readonly Recipe[],
): Map<ValueName, Got> {
  const got = new Map<ValueName, Got>();
  for (const v of given) got.set(v, { by: 'given' });
  for (const m of read)
    for (const v of m.values) if (!got.has(v)) got.set(v, { by: 'message', step: m.step });
  for (let grew = true; grew;) {
    grew = false;
    for (const r of recipes)
      if (!got.has(r.value) && r.inputs.every((v) => got.has(v))) {
        got.set(r.value, { by: 'recipe', recipe: r });
        grew = true;
      }
  }
  return got;
}

/** What one lacks to make `value` from `got`: the leaves no recipe gets it closer to. */
export function lacking(
  value: ValueName,
  got: ReadonlyMap<ValueName, Got>,
  recipes: readonly Recipe[],
  seen = new Set<ValueName>(),
): ValueName[] {
  if (got.has(value)) return [];
  if (seen.has(value)) return [value];
  seen.add(value);
  const options = recipes
    .filter((r) => r.value === value)
    .map((r) => [...new Set(r.inputs.flatMap((v) => lacking(v, got, recipes, new Set(seen))))])
    .sort((x, y) => x.length - y.length);
  return options[0] ?? [value];
}
