/**
 * Key confirmation, computed from a flow's actions: for each of the two peers, the first step at
 * which it verifies a MAC that the other peer made under a key derived from the shared key. The
 * flow says who made what from what (`derive`), who sent what to whom (`send`) and who compared
 * what with what (`verify`); this replays it, with no byte values, so a hand-made flow tests it.
 */
import type { Action } from '../protocol/engine/types';
import type { Flow } from './dataflow';
import type { Finding } from './finding';

/** Why a verification gives no confirmation. */
export type Failure<A extends string, V extends string> =
  /** `actor` cannot make `value`: it lacks `lacks` (the first inputs missing along the way). */
  | { kind: 'cannot-compute'; actor: A; value: V; lacks: V[] }
  /** The value to check never reached the verifier (its sender lacked `lacks`, if it tried). */
  | { kind: 'not-received'; from?: A; value: V; lacks: V[] }
  | { kind: 'mismatch' }
  /** It matched, but what it checked is not the peer's, made under a key from the shared key. */
  | { kind: 'not-from-key' };

export interface Confirmation<A extends string, V extends string> {
  /** The peer that verifies, and the one whose MAC it checks. */
  ue: A;
  peer: A;
  /** The first step at which `ue` verifies such a MAC, with a match; null if none does. */
  step: number | null;
  /** What it verified there: the MAC received, its own computation, and the message. */
  value?: V;
  against?: V;
  message?: string;
  /** The peer's derivation chain from the MAC down to the shared key (MAC, K_int, …, KD). */
  chain?: V[];
  /** When `step` is null: the first verification `ue` tried, and why it fails. */
  attempt?: { step: number; value: V; against: V; failure: Failure<A, V> };
}

type Origin<A extends string, V extends string> =
  | { by: 'derive'; inputs: readonly V[] }
  | { by: 'receive'; from: A; step: number }
  | { by: 'other' };

/**
 * For `[one, other]`, when each first verifies a MAC the other made under a key derived from
 * `sharedKey`: the verification must match, the MAC must have come from the peer, and both the
 * peer's MAC and the verifier's own computation must derive, step by step, from `sharedKey`.
 */
export function keyConfirmation<A extends string, V extends string>(
  flow: Flow<A, V>,
  [one, other]: readonly [A, A],
  sharedKey: V,
): [Confirmation<A, V>, Confirmation<A, V>] {
  const key = (a: A, v: V) => `${a}/${v}`;
  const held = new Set<string>();
  const origin = new Map<string, Origin<A, V>>();
  /** Inputs missing at an actor's last failed attempt to derive a value. */
  const failed = new Map<string, readonly V[]>();
  /** Values a sender listed in a message without holding them. */
  const sentMissing = new Map<string, A>(); // `${to}/${value}` → the sender that lacked it
  for (const [actor, values] of Object.entries(flow.initial) as [A, readonly V[]][])
    for (const v of values) {
      held.add(key(actor, v));
      origin.set(key(actor, v), { by: 'other' });
    }

  /** The actor's own derivations from `v` down to `target`, or null if they do not reach it. */
  const chain = (actor: A, v: V, target: V, seen = new Set<V>()): V[] | null => {
    if (v === target) return [v];
    const o = origin.get(key(actor, v));
    if (o?.by !== 'derive' || seen.has(v)) return null;
    seen.add(v);
    for (const input of o.inputs) {
      const rest = chain(actor, input, target, seen);
      if (rest) return [v, ...rest];
    }
    return null;
  };
  /** What the actor lacks to make `v`: the missing inputs it cannot make either, recursively. */
  const lacks = (actor: A, v: V, seen = new Set<V>()): V[] => {
    if (held.has(key(actor, v))) return [];
    const missing = failed.get(key(actor, v));
    if (!missing || seen.has(v)) return [v];
    seen.add(v);
    return [...new Set(missing.flatMap((m) => lacks(actor, m, seen)))];
  };

  const result = new Map<A, Confirmation<A, V>>([
    [one, { ue: one, peer: other, step: null }],
    [other, { ue: other, peer: one, step: null }],
  ]);
  const verify = (n: number, message: string | undefined, act: Action<A, V>) => {
    if (act.kind !== 'verify') return;
    const c = result.get(act.actor);
    if (!c || c.step !== null) return;
    const got = origin.get(key(act.actor, act.value));
    const macChain = got?.by === 'receive' ? chain(got.from, act.value, sharedKey) : null;
    const ownChain = chain(act.actor, act.against, sharedKey);
    if (
      act.result === 'match' &&
      got?.by === 'receive' &&
      got.from === c.peer &&
      macChain &&
      ownChain
    ) {
      Object.assign(c, { step: n, value: act.value, against: act.against, chain: macChain });
      if (message) c.message = message;
      return;
    }
    if (c.attempt) return;
    let failure: Failure<A, V>;
    if (!held.has(key(act.actor, act.value))) {
      const from = sentMissing.get(key(act.actor, act.value));
      failure = from
        ? { kind: 'not-received', from, value: act.value, lacks: lacks(from, act.value) }
        : { kind: 'not-received', value: act.value, lacks: [] };
    } else if (!held.has(key(act.actor, act.against)))
      failure = {
        kind: 'cannot-compute',
        actor: act.actor,
        value: act.against,
        lacks: lacks(act.actor, act.against),
      };
    else if (act.result === 'mismatch') failure = { kind: 'mismatch' };
    else failure = { kind: 'not-from-key' };
    c.attempt = { step: n, value: act.value, against: act.against, failure };
  };

  for (const { def, actions } of flow.steps)
    for (const act of actions) {
      switch (act.kind) {
        case 'generate':
          held.add(key(act.actor, act.value));
          origin.set(key(act.actor, act.value), { by: 'other' });
          break;
        case 'derive': {
          const k = key(act.actor, act.value);
          const missing = act.inputs.filter((v) => !held.has(key(act.actor, v)));
          if (missing.length > 0) failed.set(k, missing);
          else {
            held.add(k);
            origin.set(k, { by: 'derive', inputs: act.inputs });
          }
          break;
        }
        case 'send':
          for (const v of act.params) {
            if (!held.has(key(act.from, v))) {
              sentMissing.set(key(act.to, v), act.from);
              continue;
            }
            if (held.has(key(act.to, v))) continue; // it learns nothing new
            held.add(key(act.to, v));
            origin.set(key(act.to, v), { by: 'receive', from: act.from, step: def.n });
          }
          break;
        case 'verify':
          verify(def.n, def.messageName, act);
          break;
        case 'refer':
          break;
      }
    }
  return [result.get(one)!, result.get(other)!];
}

/** Words for a list of values joined by "from": K_int, from KD-sess, from KD. */
const joinFrom = (vs: readonly string[]) => vs.join(', from ');

/** Why a verification fails, in words: "UE_1 sends none, lacking DKSI to compute it". */
function failureText<A extends string, V extends string>(
  f: Failure<A, V>,
  c: Confirmation<A, V>,
  label: (v: V) => string,
  key: string,
): string {
  const list = (vs: V[]) => vs.map(label).join(', ');
  switch (f.kind) {
    case 'cannot-compute':
      return `it lacks ${list(f.lacks)} to compute its own ${label(f.value)}`;
    case 'not-received':
      return f.from
        ? `${f.from} sends none, lacking ${list(f.lacks)} to compute it`
        : 'none reaches it';
    case 'mismatch':
      return `its own computation differs from it`;
    case 'not-from-key':
      return `it was not made by ${c.peer} under a key derived from ${key}`;
  }
}

/**
 * The key-confirmation findings: a peer that verifies
 * nothing its peer made under a key derived from the shared key within the clause cannot tell
 * whether its peer holds that key. Each such peer is an open point, which names the step at which
 * it first can (in the continuation kdflow adds), or why it never can.
 */
export function confirmationPoints<A extends string, V extends string>(
  confirmations: readonly Confirmation<A, V>[],
  clause: { first: number; last: number },
  label: (v: V) => string,
  key: string,
): Finding<A>[] {
  const out: Finding<A>[] = [];
  for (const c of confirmations) {
    if (c.step !== null && c.step <= clause.last) continue;
    const head = `No step of the clause (${clause.first}–${clause.last}) has ${c.ue} verify anything ${c.peer} made under a key derived from ${key}: ${c.ue} cannot tell whether ${c.peer} holds ${key} (key confirmation is not specified).`;
    let then: string;
    if (c.step !== null && c.value && c.against && c.chain)
      then = ` It first can at step ${c.step}, in kdflow’s illustrative continuation: it verifies the ${label(c.value)} of ${c.peer}’s ${c.message ?? 'message'} against its own ${label(c.against)}, both under ${joinFrom(c.chain.slice(1).map(label))}.`;
    else if (c.attempt)
      then = ` Not even kdflow’s illustrative continuation gives it: at step ${c.attempt.step} ${c.ue} cannot verify the ${label(c.attempt.value)}: ${failureText(c.attempt.failure, c, label, key)}.`;
    else then = ` No later step has ${c.ue} verify anything from ${c.peer} either.`;
    out.push({
      id: `no-confirmation/${c.ue}`,
      step: clause.last,
      severity: 'open-point',
      source: 'computed',
      actor: c.ue,
      text: head + then,
      question: question(c, label, key),
    });
  }
  return out;
}

/** The meeting's question for one peer, naming where kdflow's continuation gives it confirmation. */
function question<A extends string, V extends string>(
  c: Confirmation<A, V>,
  label: (v: V) => string,
  key: string,
): string {
  const where =
    c.step !== null
      ? ` (in kdflow’s illustrative continuation, ${c.peer}’s ${c.message ?? label(c.value!)} at step ${c.step})`
      : '';
  return `How does ${c.ue} learn that ${c.peer} holds ${key}? No message of the clause is protected with a key derived from ${key}: should the clause say which message gives ${c.ue} key confirmation${where}?`;
}
