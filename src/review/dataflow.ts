/**
 * The data-flow review: replays what each actor does in a trace and reports every place where an
 * actor sends or uses a value it does not hold at that point, a value an actor needs that never
 * reaches it, and a reference to a message the actor never received. It reads only the actions,
 * never the byte values, so hand-made traces can test it.
 */
import {
  CLAUSE_LAST_STEP,
  type Action,
  type Actor,
  type Goal,
  type ValueName,
} from '../protocol/types';
import { VALUE_INFO } from '../protocol/values';
import type { Finding } from './finding';

/** The part of a trace the review reads. */
export interface Flow {
  initial: Record<Actor, readonly ValueName[]>;
  steps: readonly { def: { n: number }; actions: readonly Action[] }[];
  goals: readonly Goal[];
}

const label = (v: ValueName) => VALUE_INFO[v].label;
const list = (vs: ValueName[]) => vs.map(label).join(', ');

/**
 * Reviews the clause's part of a flow (steps 0–7); kdflow's PC5 continuation is not under review.
 */
export function checkFlow(whole: Flow): Finding[] {
  const flow = { ...whole, steps: whole.steps.filter((s) => s.def.n <= CLAUSE_LAST_STEP) };
  const findings: Finding[] = [];
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
  for (const [actor, values] of Object.entries(flow.initial) as [Actor, ValueName[]][])
    for (const v of values) setOf(held, actor).add(v);
  const has = (a: Actor, v: ValueName) => setOf(held, a).has(v);
  /** Inputs of each UE's KD derivation, to tell when an actor could compute KD. */
  const kdInputs = new Map<Actor, ValueName[]>();
  const couldHoldKd = (a: Actor) =>
    has(a, 'KD') ||
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
          if (act.value === 'KD') kdInputs.set(act.actor, act.inputs);
          if (missing.length > 0)
            findings.push({
              id: `uses-missing/${n}/${act.actor}/${act.value}`,
              step: n,
              severity: 'defect',
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
              actor: act.from,
              text: `${act.from} sends ${list(missing)} in message ${act.message} but does not hold ${missing.length > 1 ? 'them' : 'it'}.`,
            });
          const echoed = act.params.filter((v) => gotFrom.get(`${act.from}/${v}`) === act.to);
          if (echoed.length > 0)
            findings.push({
              id: `echo/${act.message}/${act.from}`,
              step: n,
              severity: 'editorial',
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
      actor: g.actor,
      text: `${g.actor} never learns ${label(g.value)}: ${g.why}.`,
    });
  }
  return [...findings, ...confirmationPoints(flow, lastReceived), ...networkKnowsKd(couldHoldKd)];
}

/**
 * Key confirmation: a UE learns that its peer is done only from a message that follows the peer's
 * last input. The UE that receives nothing after that cannot tell whether its peer holds KD.
 */
function confirmationPoints(flow: Flow, lastReceived: Map<Actor, number>): Finding[] {
  const out: Finding[] = [];
  const sharesKd = ['UE_1', 'UE_2'].every((ue) =>
    flow.goals.some((g) => g.actor === ue && g.value === 'KD'),
  );
  if (!sharesKd) return out;
  const lastInput = new Map<Actor, number>();
  for (const { def, actions } of flow.steps)
    for (const a of actions) if (a.kind === 'send') lastInput.set(a.to, def.n);
  for (const [ue, peer] of [
    ['UE_1', 'UE_2'],
    ['UE_2', 'UE_1'],
  ] as const) {
    const peerDone = lastInput.get(peer) ?? 0;
    const heard = lastReceived.get(ue) ?? -1;
    if (heard < peerDone)
      out.push({
        id: `no-confirmation/${ue}`,
        step: peerDone,
        severity: 'open-point',
        actor: ue,
        text: `Nothing reaches ${ue} after message ${peerDone}, when ${peer} gets its last input: ${ue} cannot tell whether ${peer} holds KD (key confirmation is not specified).`,
      });
  }
  return out;
}

function networkKnowsKd(couldHoldKd: (a: Actor) => boolean): Finding[] {
  return (['MME_1', 'MME_2'] as const).filter(couldHoldKd).map((mme) => ({
    id: `network-knows-kd/${mme}`,
    step: 7,
    severity: 'open-point' as const,
    actor: mme,
    text: `${mme} holds KD or everything needed to compute it: the network knows the key the UEs share. The text does not say whether that is intended.`,
  }));
}
