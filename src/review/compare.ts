/**
 * Differences between two traces, for the side-by-side view. Each difference is either
 * structural (a message, a carried parameter or a held value on one side only, or a value reached
 * another way) or in the bytes only (the same value, reached the same way, with other bytes, as a
 * different seed or edited input gives).
 */
import { VALUE_INFO } from '../protocol/values';
import {
  ACTORS,
  type Actor,
  type HeldValue,
  type Provenance,
  type Trace,
  type ValueName,
} from '../protocol/types';

export type DiffKind = 'structural' | 'bytes';

export interface Difference {
  kind: DiffKind;
  /** The step at which it arises. */
  step: number;
  /** The actor holding the value; absent for a difference in a message. */
  actor?: Actor;
  /** The value concerned; absent when a whole message or step differs. */
  value?: ValueName;
  /** One line for people, naming the actor or message and the value. */
  text: string;
}

export interface TraceDiff {
  /** Steps whose message (endpoints, title or carried parameters) differs. */
  steps: Set<number>;
  /** Per actor, the values that differ at the given step or are held on one side only. */
  values: Record<Actor, Set<ValueName>>;
  /** Per actor, how each of those values differs at the given step. */
  kinds: Record<Actor, Map<ValueName, DiffKind>>;
  /** Every difference of the whole run, each at the step where it arises, in step order. */
  structural: Difference[];
  bytes: Difference[];
}

const label = (v: ValueName) => VALUE_INFO[v].label;
const short = (hex: string) => (hex.length > 8 ? `${hex.slice(0, 8)}…` : hex);

/** How a value was reached, without its bytes: two values with the same shape differ in bytes only. */
function shape(p: Provenance, retiredAt: number | undefined): string {
  const retired = retiredAt ?? null;
  switch (p.kind) {
    case 'held':
      return JSON.stringify([p.kind, retired]);
    case 'generated':
      return JSON.stringify([p.kind, p.step, p.how, retired]);
    case 'received':
      return JSON.stringify([p.kind, p.step, p.from, retired]);
    case 'copied':
      return JSON.stringify([p.kind, p.step, p.source, retired]);
    case 'derived': {
      const d = p.derivation;
      const params = d.params.map((x) => x.name);
      const fn = d.fn === 'kdf' ? d.fc : d.fn;
      return JSON.stringify([p.kind, p.step, fn, d.keyNames, params, retired]);
    }
  }
}

/** Where a value came from, in a few words. */
function origin(v: HeldValue): string {
  const p = v.provenance;
  const retired = v.retiredAt === undefined ? '' : `, retired at step ${v.retiredAt}`;
  switch (p.kind) {
    case 'held':
      return `held before the procedure${retired}`;
    case 'generated':
      return `generated at step ${p.step}${retired}`;
    case 'received':
      return `received in message ${p.step} from ${p.from}${retired}`;
    case 'copied':
      return `taken from ${label(p.source)} at step ${p.step}${retired}`;
    case 'derived': {
      const d = p.derivation;
      const inputs = [...d.keyNames, ...d.params.map((x) => x.name)].map(label).join(', ');
      return `calculated at step ${p.step} from ${inputs}${retired}`;
    }
  }
}

type Held = Map<ValueName, HeldValue>;
/** What an actor holds at step n; past a run's last step, what it ended with (it still holds it). */
const heldAt = (t: Trace, n: number, actor: Actor): Held =>
  new Map(
    (n < 0 ? [] : (t.steps[Math.min(n, t.steps.length - 1)]?.holdings[actor] ?? [])).map((v) => [
      v.name,
      v,
    ]),
  );

const BASIS_WORDS = {
  named: 'named by the text',
  ffs: 'FFS (filled in by kdflow)',
  inferred: 'inferred from the text',
} as const;

/** The same value, reached the same way, with the same bytes (or absent from both). */
const same = (x: HeldValue | undefined, y: HeldValue | undefined) =>
  x === y ||
  (x !== undefined &&
    y !== undefined &&
    x.hex === y.hex &&
    shape(x.provenance, x.retiredAt) === shape(y.provenance, y.retiredAt));

/** How one value differs between the sides, or null when it does not. */
function compareValue(x: HeldValue | undefined, y: HeldValue | undefined): DiffKind | null {
  if (!x && !y) return null;
  if (!x || !y) return 'structural';
  if (shape(x.provenance, x.retiredAt) !== shape(y.provenance, y.retiredAt)) return 'structural';
  return x.hex === y.hex ? null : 'bytes';
}

function describeValue(actor: Actor, x: HeldValue | undefined, y: HeldValue | undefined): string {
  const name = label((x ?? y)!.name);
  if (!y) return `${name} at ${actor}: held on A only (${origin(x!)})`;
  if (!x) return `${name} at ${actor}: held on B only (${origin(y)})`;
  const [ox, oy] = [origin(x), origin(y)];
  if (ox !== oy) return `${name} at ${actor}: ${ox} on A; ${oy} on B`;
  return `${name} at ${actor}: other bytes (A ${short(x.hex)}, B ${short(y.hex)}), ${ox} on both`;
}

const signature = (t: Trace, n: number) => {
  const def = t.steps[n]?.def;
  if (!def) return '';
  return JSON.stringify([def.kind, def.from, def.to, def.params, def.title]);
};

/** The differences in step n's message or calculation itself. */
function stepDifferences(a: Trace, b: Trace, n: number): Difference[] {
  const x = a.steps[n]?.def;
  const y = b.steps[n]?.def;
  if (!x || !y) {
    const only = x ? 'A' : 'B';
    return [{ kind: 'structural', step: n, text: `Step ${n}: on ${only} only` }];
  }
  const out: Difference[] = [];
  const ends = (d: typeof x) => (d.from && d.to ? ` (${d.from} → ${d.to})` : '');
  if (x.kind !== y.kind || x.from !== y.from || x.to !== y.to || x.title !== y.title)
    out.push({
      kind: 'structural',
      step: n,
      text: `Step ${n}: ${x.title}${ends(x)} on A; ${y.title}${ends(y)} on B`,
    });
  if (x.kind !== 'message' || y.kind !== 'message') return out;
  const name = `Message ${n}${x.from === y.from && x.to === y.to ? ends(x) : ''}`;
  const left = new Map(x.params.map((p) => [p.name, p]));
  const right = new Map(y.params.map((p) => [p.name, p]));
  const bytesOf = (t: Trace, v: ValueName) =>
    heldAt(t, n, t.steps[n]!.def.from!).get(v)?.hex ??
    heldAt(t, n, t.steps[n]!.def.to!).get(v)?.hex;
  for (const v of new Set([...left.keys(), ...right.keys()])) {
    const [p, q] = [left.get(v), right.get(v)];
    const ffs = (c: typeof p) => (c?.basis === 'ffs' ? ' (FFS, filled in by kdflow)' : '');
    if (!p || !q) {
      const text = `${name}: carries ${label(v)}${ffs(p ?? q)} on ${p ? 'A' : 'B'} only`;
      out.push({ kind: 'structural', step: n, value: v, text });
    } else if (p.basis !== q.basis) {
      const text = `${name}: ${label(v)} is ${BASIS_WORDS[p.basis]} on A and ${BASIS_WORDS[q.basis]} on B`;
      out.push({ kind: 'structural', step: n, value: v, text });
    } else if (!p.missing !== !q.missing) {
      const text = `${name}: ${label(v)} is missing on ${p.missing ? 'A' : 'B'} only: ${(p.missing ? x : y).from} does not hold it there`;
      out.push({ kind: 'structural', step: n, value: v, text });
    } else {
      const [hx, hy] = [bytesOf(a, v), bytesOf(b, v)];
      if (hx !== undefined && hy !== undefined && hx !== hy)
        out.push({
          kind: 'bytes',
          step: n,
          value: v,
          text: `${name}: carries ${label(v)} with other bytes (A ${short(hx)}, B ${short(hy)})`,
        });
    }
  }
  return out;
}

/**
 * Compares two runs. Every difference is listed once, at the step where it arises: a message's
 * at its step, a held value's at the step where it first differs or changes on either side. A
 * value that arrives in a message on both sides is not listed again at its receiver: the
 * message's own difference says it. `values` and `kinds` are the state of the given step, for
 * marking the actor panels.
 */
export function diffTraces(a: Trace, b: Trace, step: number): TraceDiff {
  const steps = new Set<number>();
  const all: Difference[] = [];
  const count = Math.max(a.steps.length, b.steps.length);
  for (let n = 0; n < count; n++) {
    if (signature(a, n) !== signature(b, n)) steps.add(n);
    const inMessage = stepDifferences(a, b, n);
    all.push(...inMessage);
    for (const actor of ACTORS) {
      const [left, right] = [heldAt(a, n, actor), heldAt(b, n, actor)];
      const [was, wasB] = [heldAt(a, n - 1, actor), heldAt(b, n - 1, actor)];
      for (const name of new Set([...left.keys(), ...right.keys()])) {
        const [x, y] = [left.get(name), right.get(name)];
        const kind = compareValue(x, y);
        if (kind === null) continue;
        // Listed where it arises: unchanged on both sides since the last step means listed there.
        if (n > 0 && same(was.get(name), x) && same(wasB.get(name), y)) continue;
        // Held on one side only, before and now: listed when it began (a retirement is no news).
        const [px, py] = [was.get(name), wasB.get(name)];
        if (n > 0 && ((!x && !px && py) || (!y && !py && px))) continue;
        const said = inMessage.some((d) => d.value === name && d.kind === kind);
        const arrived = (v: HeldValue | undefined) =>
          !v || (v.provenance.kind === 'received' && v.provenance.step === n);
        if (said && arrived(x) && arrived(y)) continue;
        all.push({ kind, step: n, actor, value: name, text: describeValue(actor, x, y) });
      }
    }
  }
  const values = {} as TraceDiff['values'];
  const kinds = {} as TraceDiff['kinds'];
  for (const actor of ACTORS) {
    const [left, right] = [heldAt(a, step, actor), heldAt(b, step, actor)];
    kinds[actor] = new Map();
    for (const name of new Set([...left.keys(), ...right.keys()])) {
      const kind = compareValue(left.get(name), right.get(name));
      if (kind !== null) kinds[actor].set(name, kind);
    }
    values[actor] = new Set(kinds[actor].keys());
  }
  return {
    steps,
    values,
    kinds,
    structural: all.filter((d) => d.kind === 'structural'),
    bytes: all.filter((d) => d.kind === 'bytes'),
  };
}
