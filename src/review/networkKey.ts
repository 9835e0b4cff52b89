/**
 * Whether the network knows the key the peers share, and why: a network node that draws the key
 * itself (the common-KD variant) knows it by the variant; one that can compute it from what an
 * illustrative scheme gives it (keying material from the K_ASME it holds) knows it by that scheme,
 * not by the text. Reads what checkFlow (dataflow.ts) gathered while it replayed the clause.
 */
import type { Flow } from './dataflow';
import type { Finding } from './finding';

/** What a network node holds of the shared key: the key itself, or every input of a peer's. */
export interface NetworkKnowledge<V extends string> {
  inputs: V[];
  /** How it got each input. */
  how: Way<V>[];
}

/** How an actor first got a value. */
export type Way<V extends string> =
  | { by: 'held' }
  | { by: 'draws'; step: number }
  | { by: 'derives'; inputs: readonly V[] }
  | { by: 'receives'; message: number };

/**
 * How a node got its inputs, in words: "derives Keying_material_1 from K_ASME_1, NAS COUNT (msg 1),
 * receives Keying_material_2, UE_2 ID in message 5 and holds UE_1 ID".
 */
function waysText<V extends string>(
  inputs: readonly V[],
  ways: readonly Way<V>[],
  label: (v: V) => string,
): string {
  const list = (vs: readonly V[]) => vs.map(label).join(', ');
  const parts: string[] = [];
  const received = new Map<number, V[]>();
  const held: V[] = [];
  inputs.forEach((v, i) => {
    const w = ways[i];
    if (w?.by === 'derives') parts.push(`derives ${label(v)} from ${list(w.inputs)}`);
    else if (w?.by === 'draws') parts.push(`draws ${label(v)} at step ${w.step}`);
    else if (w?.by === 'receives') received.set(w.message, [...(received.get(w.message) ?? []), v]);
    else held.push(v);
  });
  for (const [m, vs] of received) parts.push(`receives ${list(vs)} in message ${m}`);
  if (held.length > 0) parts.push(`holds ${list(held)}`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
    : (parts[0] ?? '');
}

/** The scenario's scheme, where the flow's scenario has one (`scheme=common`). */
function schemeOf(flow: Flow<string, string>): string | undefined {
  const s = flow.scenario;
  return typeof s === 'object' && s !== null && 'scheme' in s && typeof s.scheme === 'string'
    ? s.scheme
    : undefined;
}

/**
 * That the network knows the key the peers share, said as a property of what causes it: when a
 * network node draws the key itself (the common-KD variant), it is inherent in the variant; when
 * a node can only compute it from inputs an illustrative scheme makes (keying material from the
 * K_ASME it holds), it follows from that scheme and not from the text, which a scheme with a
 * private input at each peer (e.g. Diffie–Hellman) would avoid.
 */
export function networkKnowsKey<A extends string, V extends string>(
  flow: Flow<A, V>,
  network: readonly A[],
  [one, other]: readonly [A, A],
  knowledge: (a: A) => NetworkKnowledge<V> | null,
  drawnBy: readonly { actor: A; step: number }[],
  label: (v: V) => string,
  sharedKey: V,
  step: number,
): Finding<A>[] {
  const key = label(sharedKey);
  const scheme = schemeOf(flow as Flow<string, string>);
  const variant = scheme ? ` (scheme=${scheme})` : '';
  const drawn = drawnBy[0];
  const out: Finding<A>[] = [];
  for (const node of network) {
    const k = knowledge(node);
    if (!k) continue;
    let text: string;
    let question: string;
    const peers = `${one} and ${other}`;
    if (drawn) {
      const own = drawnBy.some((d) => d.actor === node);
      text = `${node} holds ${key}: ${own ? 'it' : drawn.actor} draws it at step ${drawn.step}${variant}. In this variant the network chooses ${key} itself, so that it knows the key ${peers} share is inherent in the variant, not a consequence of kdflow’s scheme.`;
      question = `Where the network chooses a common ${key}, is it acceptable that ${node} knows the key ${peers} share?`;
    } else {
      const holdsKey = k.inputs.length === 1 && k.inputs[0] === sharedKey;
      const ways = waysText(k.inputs, k.how, label);
      text = holdsKey
        ? `${node} holds ${key}${variant}: it ${ways}.`
        : `${node} can compute ${key} as ${peers} do${variant}: it ${ways}.`;
      text += flow.scheme?.illustrative
        ? ` That follows from kdflow’s illustrative scheme, not from the text, which leaves the scheme open: one in which ${one} and ${other} each keep a private input (e.g. Diffie–Hellman${scheme ? ', as kdflow’s scheme=dh' : ''}) fits the wording as well and keeps the network out.`
        : ' The text does not say whether that is intended.';
      question = `Must the key establishment scheme keep ${key} from ${node} (e.g. with a private input at each of ${peers}), or is it acceptable that ${node} can compute it?`;
    }
    out.push({
      id: `network-knows-kd/${node}`,
      step,
      severity: 'open-point',
      source: 'computed',
      actor: node,
      text,
      question,
    });
  }
  return out;
}
