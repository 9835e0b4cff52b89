/**
 * The data-flow review: replays what each actor does in a trace and reports every place where an
 * actor sends or uses a value it does not hold at that point, a value an actor needs that never
 * reaches it, and a reference to a message the actor never received. It reads only the actions,
 * never the byte values, so hand-made traces can test it.
 */
import type { Action, Goal, Procedure } from '../protocol/engine/types';
import { PROCEDURE } from '../protocol/procedure';
import type { Finding } from './finding';

/** The part of a trace the review reads. */
export interface Flow<A extends string = string, V extends string = string> {
  initial: Readonly<Record<A, readonly V[]>>;
  steps: readonly {
    def: { n: number; part?: 'clause' | 'continuation' };
    actions: readonly Action<A, V>[];
  }[];
  goals: readonly Goal<A, V>[];
}

/** What the review needs to know of the procedure: how it names values, and who is who. */
export type FlowProcedure<A extends string, V extends string> = Pick<
  Procedure<A, V, never>,
  'values' | 'roles'
>;

/**
 * Reviews the clause's part of a flow of any procedure (its continuation is not under review):
 * values sent or used where they are not held, goals never reached, references to messages never
 * received, and, from the procedure's roles, key confirmation and whether the network can know
 * the peers' shared key. A step without a `part` counts as the clause's.
 */
export function checkFlow<A extends string, V extends string>(
  whole: Flow<A, V>,
  procedure: FlowProcedure<A, V> = PROCEDURE as unknown as FlowProcedure<A, V>,
): Finding<A>[] {
  type Actor = A;
  type ValueName = V;
  const label = (v: V) => procedure.values[v]?.label ?? v;
  const list = (vs: V[]) => vs.map(label).join(', ');
  const { peers, network, sharedKey } = procedure.roles;
  const flow = {
    ...whole,
    steps: whole.steps.filter((s) => (s.def.part ?? 'clause') === 'clause'),
  };
  const findings: Finding<A>[] = [];
  const held = new Map<Actor, Set<ValueName>>();
  const gotFrom = new Map<string, Actor>(); // `${actor}/${value}` → who sent it there
  const received = new Map<Actor, Set<number>>();
  const sent = new Map<Actor, Set<number>>();
  /** Step at which each actor last received a message. */
  const lastReceived = new Map<Actor, number>();
  const setOf = <K, V>(m: Map<K, Set<V>>, k: K) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    return s;
  };
  for (const [actor, values] of Object.entries(flow.initial) as [Actor, readonly ValueName[]][])
    for (const v of values) setOf(held, actor).add(v);
  const has = (a: Actor, v: ValueName) => setOf(held, a).has(v);
  /** Inputs of each UE's KD derivation, to tell when an actor could compute KD. */
  const kdInputs = new Map<Actor, ValueName[]>();
  const couldHoldKd = (a: Actor) =>
    has(a, sharedKey) ||
    [...kdInputs.values()].some((ins) => ins.length > 0 && ins.every((v) => has(a, v)));

  for (const { def, actions } of flow.steps) {
    const n = def.n;
    for (const act of actions) {
      switch (act.kind) {
        case 'generate':
          setOf(held, act.actor).add(act.value);
          break;
        case 'derive': {
          const missing = act.inputs.filter((v) => !has(act.actor, v));
          if (act.value === sharedKey) kdInputs.set(act.actor, act.inputs);
          if (missing.length > 0)
            findings.push({
              id: `uses-missing/${n}/${act.actor}/${act.value}`,
              step: n,
              severity: 'defect',
              source: 'computed',
              actor: act.actor,
              text: `${act.actor} needs ${list(missing)} for ${label(act.value)} at step ${n} but does not hold ${missing.length > 1 ? 'them' : 'it'}.`,
            });
          else setOf(held, act.actor).add(act.value);
          break;
        }
        case 'send': {
          const missing = act.params.filter((v) => !has(act.from, v));
          if (missing.length > 0)
            findings.push({
              id: `sends-missing/${act.message}/${act.from}`,
              step: n,
              severity: 'defect',
              source: 'computed',
              actor: act.from,
              text: `${act.from} sends ${list(missing)} in message ${act.message} but does not hold ${missing.length > 1 ? 'them' : 'it'}.`,
            });
          const echoed = act.params.filter((v) => gotFrom.get(`${act.from}/${v}`) === act.to);
          if (echoed.length > 0)
            findings.push({
              id: `echo/${act.message}/${act.from}`,
              step: n,
              severity: 'editorial',
              source: 'computed',
              actor: act.from,
              text: `Message ${act.message} sends ${act.to} back ${list(echoed)}, which ${act.to} itself sent to ${act.from}.`,
            });
          for (const v of act.params) {
            if (!has(act.from, v)) continue;
            if (!has(act.to, v)) gotFrom.set(`${act.to}/${v}`, act.from);
            setOf(held, act.to).add(v);
          }
          setOf(received, act.to).add(act.message);
          setOf(sent, act.from).add(act.message);
          lastReceived.set(act.to, n);
          break;
        }
        case 'refer':
          if (!setOf(received, act.actor).has(act.message))
            findings.push({
              id: `refer/${n}/${act.actor}/${act.message}`,
              step: n,
              severity: 'defect',
              source: 'computed',
              actor: act.actor,
              text: `“${act.quote}” has ${act.actor} use message ${act.message}, but ${act.actor} never received message ${act.message}${setOf(sent, act.actor).has(act.message) ? ' (it sent it)' : ''}.`,
            });
          break;
      }
    }
  }

  const lastStep = flow.steps.at(-1)?.def.n ?? 0;
  for (const g of flow.goals) {
    if (has(g.actor, g.value)) continue;
    findings.push({
      id: `never-reaches/${g.actor}/${g.value}`,
      step: lastReceived.get(g.actor) ?? lastStep,
      severity: 'defect',
      source: 'computed',
      actor: g.actor,
      text: `${g.actor} never learns ${label(g.value)}: ${g.why}.`,
    });
  }
  const lastClause = flow.steps.at(-1)?.def.n ?? 0;
  return [
    ...findings,
    ...confirmationPoints(flow, lastReceived, peers, sharedKey),
    ...networkKnowsKey(couldHoldKd, network, label(sharedKey), lastClause),
  ];
}

/**
 * Key confirmation: a UE learns that its peer is done only from a message that follows the peer's
 * last input. The UE that receives nothing after that cannot tell whether its peer holds KD.
 */
function confirmationPoints<A extends string, V extends string>(
  flow: Flow<A, V>,
  lastReceived: Map<A, number>,
  [one, other]: readonly [A, A],
  sharedKey: V,
): Finding<A>[] {
  const out: Finding<A>[] = [];
  const sharesKd = [one, other].every((ue) =>
    flow.goals.some((g) => g.actor === ue && g.value === sharedKey),
  );
  if (!sharesKd) return out;
  const lastInput = new Map<A, number>();
  for (const { def, actions } of flow.steps)
    for (const a of actions) if (a.kind === 'send') lastInput.set(a.to, def.n);
  for (const [ue, peer] of [
    [one, other],
    [other, one],
  ] as const) {
    const peerDone = lastInput.get(peer) ?? 0;
    const heard = lastReceived.get(ue) ?? -1;
    if (heard < peerDone)
      out.push({
        id: `no-confirmation/${ue}`,
        step: peerDone,
        severity: 'open-point',
        source: 'computed',
        actor: ue,
        text: `Nothing reaches ${ue} after message ${peerDone}, when ${peer} gets its last input: ${ue} cannot tell whether ${peer} holds KD (key confirmation is not specified).`,
      });
  }
  return out;
}

function networkKnowsKey<A extends string>(
  couldHold: (a: A) => boolean,
  network: readonly A[],
  key: string,
  step: number,
): Finding<A>[] {
  return network.filter(couldHold).map((node) => ({
    id: `network-knows-kd/${node}`,
    step,
    severity: 'open-point' as const,
    source: 'computed' as const,
    actor: node,
    text: `${node} holds ${key} or everything needed to compute it: the network knows the key the UEs share. The text does not say whether that is intended.`,
  }));
}
