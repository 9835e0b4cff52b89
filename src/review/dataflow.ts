/**
 * The data-flow review: replays what each actor does in a trace and reports every place where an
 * actor sends or uses a value it does not hold at that point, a value an actor needs that never
 * reaches it, and a reference to a message the actor never received. It reads only the actions,
 * never the byte values, so hand-made traces can test it.
 */
import type { Action, Goal, KeyScheme, Procedure } from '../protocol/engine/types';
import { PROCEDURE } from '../protocol/procedure';
import { confirmationPoints, keyConfirmation } from './confirmation';
import type { Finding } from './finding';
import { networkKnowsKey, type NetworkKnowledge, type Way } from './networkKey';

/** The part of a trace the review reads. */
export interface Flow<A extends string = string, V extends string = string> {
  initial: Readonly<Record<A, readonly V[]>>;
  steps: readonly {
    def: { n: number; part?: 'clause' | 'continuation'; messageName?: string };
    actions: readonly Action<A, V>[];
  }[];
  goals: readonly Goal<A, V>[];
  /** The key scheme the run used (a trace says which); a hand-made flow may leave it out. */
  scheme?: Pick<KeyScheme<V>, 'name' | 'illustrative'>;
  /** The run's scenario, named in the text where it has a `mode` (a hand-made flow has none). */
  scenario?: unknown;
}

/** What the review needs to know of the procedure: how it names values, and who is who. */
export type FlowProcedure<A extends string, V extends string> = Pick<
  Procedure<A, V, never>,
  'values' | 'roles'
>;

/**
 * Reviews the clause's part of a flow of any procedure (its continuation is not under review):
 * values sent or used where they are not held, goals never reached, references to messages never
 * received, and, from the procedure's roles: key confirmation, read from the MAC verifications of
 * the whole flow (confirmation.ts: the clause has none, so each peer's first one is named in the
 * continuation), and whether the network can know the peers' shared key, by the variant or by
 * the scheme (networkKey.ts). A step without a `part` counts as the clause's.
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
  /** How each actor first got each value, for the network's finding. */
  const how = new Map<string, Way<ValueName>>();
  const learnt = (a: Actor, v: ValueName, way: Way<ValueName>) => {
    if (!how.has(`${a}/${v}`)) how.set(`${a}/${v}`, way);
  };
  for (const [actor, values] of Object.entries(flow.initial) as [Actor, readonly ValueName[]][])
    for (const v of values) learnt(actor, v, { by: 'held' });
  /** The network nodes that draw the shared key themselves (the common-KD variant's MMEs). */
  const drawnBy: { actor: Actor; step: number }[] = [];
  const knowledge = (a: Actor): NetworkKnowledge<ValueName> | null => {
    if (has(a, sharedKey))
      return { inputs: [sharedKey], how: [how.get(`${a}/${sharedKey}`) ?? { by: 'held' }] };
    for (const ins of kdInputs.values())
      if (ins.length > 0 && ins.every((v) => has(a, v)))
        return { inputs: ins, how: ins.map((v) => how.get(`${a}/${v}`) ?? { by: 'held' }) };
    return null;
  };

  for (const { def, actions } of flow.steps) {
    const n = def.n;
    for (const act of actions) {
      switch (act.kind) {
        case 'generate':
          setOf(held, act.actor).add(act.value);
          learnt(act.actor, act.value, { by: 'draws', step: n });
          if (act.value === sharedKey && network.includes(act.actor))
            drawnBy.push({ actor: act.actor, step: n });
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
          else {
            setOf(held, act.actor).add(act.value);
            learnt(act.actor, act.value, { by: 'derives', inputs: act.inputs });
          }
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
            learnt(act.to, v, { by: 'receives', message: act.message });
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
  const clause = { first: flow.steps[0]?.def.n ?? 0, last: lastClause };
  const sharesKey = peers.every((ue) =>
    flow.goals.some((g) => g.actor === ue && g.value === sharedKey),
  );
  return [
    ...findings,
    ...(sharesKey
      ? confirmationPoints(
          keyConfirmation(whole, peers, sharedKey),
          clause,
          label,
          label(sharedKey),
        )
      : []),
    ...networkKnowsKey(whole, network, peers, knowledge, drawnBy, label, sharedKey, lastClause),
  ];
}
