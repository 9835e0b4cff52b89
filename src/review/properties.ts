/**
 * The property matrix of issue 14: for one trace, the properties a delegate compares across
 * key-establishment schemes (scheme × property), each computed from the trace's data: who
 * generated, derived, received and sent what, over which link, under the protection assumptions.
 * Nothing tests the scenario's choice of scheme, so a new scheme gets its row for free. Every cell
 * carries the steps, derivations and assumptions it rests on. Pure: reads a trace, never the DOM.
 */
import {
  DEFAULT_ASSUMPTIONS,
  PROTECTION_ASSUMPTIONS,
  type Assumptions,
} from '../protocol/procedure/links';
import {
  ACTORS,
  LINK_IDS,
  type Actor,
  type Link,
  type Trace,
  type ValueName,
} from '../protocol/types';
import { keyConfirmation } from './confirmation';
import { knowledge, linksUnder, exposedMessages, type KnowledgeRow } from './knowledge';
import {
  closure,
  finalHeld,
  gotBy,
  keyHolders,
  label,
  labels,
  lacking,
  messageJustification,
  originsOf,
  recipesOf,
  type Generated,
  type Got,
  type Justification,
} from './propertyTrace';

export type { Justification } from './propertyTrace';

export const PROPERTY_IDS = [
  'network-computes-kd',
  'eavesdropper-computes-kd',
  'forward-secrecy',
  'key-control',
  'ue-freshness',
  'key-confirmation',
  'identity-binding',
  'messages',
  'octets',
] as const;
export type PropertyId = (typeof PROPERTY_IDS)[number];

/** The one place for each property's label, what it asks, and how to read its result. */
export const PROPERTY_INFO: Record<
  PropertyId,
  { label: string; asks: string; read: string; per?: 'peer' | 'link' }
> = {
  'network-computes-kd': {
    label: 'Network knows KD',
    asks: 'Can an MME, or both pooling what they hold, compute KD from what it holds and sees (passively)?',
    read: '`yes` or `no`; `no-kd` when no UE establishes KD in the run.',
  },
  'eavesdropper-computes-kd': {
    label: 'Eavesdropper knows KD',
    asks: 'Which passive eavesdropper on one link can compute KD from what it sees in clear, under the assumptions?',
    read: 'the links joined by `,`, or `none`; `no-kd` when no UE establishes KD.',
  },
  'forward-secrecy': {
    label: 'Forward secrecy',
    asks: 'After the run, given the long-term keys (K_ASME_1, K_ASME_2) and every recorded message, and once the ephemeral values are deleted, can KD be recomputed?',
    read: '`yes`: forward secret (KD cannot be recomputed); `no`: it can; `no-kd` when no UE establishes KD.',
  },
  'key-control': {
    label: 'Key control',
    asks: 'Whose values generated in the run determine KD?',
    read: 'the actors joined by `,`; `none` if no value generated in the run enters KD; `no-kd` when no UE establishes KD.',
  },
  'ue-freshness': {
    label: 'UE freshness',
    asks: 'Does each UE contribute to KD a value fresh in this run?',
    read: '`yes` or `no` per UE; `no-kd` when no UE establishes KD.',
    per: 'peer',
  },
  'key-confirmation': {
    label: 'Key confirmation',
    asks: 'At which step does each UE first verify a MAC its peer made under a key derived from KD?',
    read: 'a step number per UE, or `none` when it never does.',
    per: 'peer',
  },
  'identity-binding': {
    label: 'Identities in KD',
    asks: 'Are both UEs’ identities inputs of KD?',
    read: '`yes` or `no`; `no-kd` when no UE establishes KD.',
  },
  messages: {
    label: 'Messages',
    asks: 'How many messages cross each link (the clause’s and kdflow’s PC5 continuation)?',
    read: 'a count per link.',
    per: 'link',
  },
  octets: {
    label: 'Octets',
    asks: 'How many octets of parameters cross each link (values only, no headers or encoding)?',
    read: 'a count per link.',
    per: 'link',
  },
};

/** One cell of a scheme's row: a property, for one UE or link where it is per party. */
export interface PropertyCell {
  property: PropertyId;
  of?: Actor | Link;
  /** Machine-readable: `yes`/`no`, a step number, actors joined by `,`, a count, `none`, `no-kd`. */
  result: string;
  /** A few words for the table cell. */
  short: string;
  /** The whole sentence. */
  text: string;
  because: Justification[];
  /** The cell rests on something kdflow fills in (an illustrative derivation, an FFS parameter). */
  illustrative: boolean;
}

/** The identity value of each peer (the clause's names). */
const IDENTITY: Partial<Record<Actor, ValueName>> = { UE_1: 'UE_1_ID', UE_2: 'UE_2_ID' };

const and = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

function cell(
  property: PropertyId,
  result: string,
  [short, text]: readonly [string, string],
  because: (Justification | null)[],
  of?: Actor | Link,
): PropertyCell {
  const unique = new Map<string, Justification>();
  for (const j of because.filter(present)) unique.set(JSON.stringify(j), j);
  const list = [...unique.values()];
  return {
    property,
    ...(of !== undefined ? { of } : {}),
    result,
    short,
    text,
    because: list,
    illustrative: list.some((j) => j.kind !== 'assumption' && j.illustrative === true),
  };
}

/** The assumption that decides how a message is seen on its link, if one does. */
function assumptionOf(trace: Trace, step: number, assumptions: Assumptions): Justification | null {
  const def = trace.steps[step]?.def;
  if (!def || def.kind !== 'message') return null;
  for (const a of PROTECTION_ASSUMPTIONS) {
    const applies = ('link' in a && a.link === def.link) || ('step' in a && a.step === def.id);
    if (!applies) continue;
    const choice = a.choices.find((c) => c.value === assumptions[a.key]);
    if (choice)
      return {
        kind: 'assumption',
        key: a.key,
        value: choice.value,
        text: `${a.label}: ${choice.label}`,
      };
  }
  return null;
}

interface Context {
  trace: Trace;
  assumptions: Assumptions;
  rows: KnowledgeRow[];
  holders: Actor[];
  noKd: string;
}

/** Why no UE has KD, in words: what the first UE lacks (the data-flow review says it in full). */
function noKdText(trace: Trace): string {
  const { peers, sharedKey } = trace.procedure.roles;
  const recipes = recipesOf(trace);
  const parts = peers.map((p) => {
    const mine = recipes.filter((r) => r.actor === p && r.value === sharedKey);
    const lacks = mine.flatMap((r) => r.inputs.filter((v) => !finalHeld(trace, p, v)));
    return `${p} lacks ${lacks.length > 0 ? labels([...new Set(lacks)]) : `a way to get ${label(sharedKey)}`}`;
  });
  return `No UE establishes ${label(sharedKey)} in this run: ${and(parts)}.`;
}

/** How a network node knows KD: what it holds, or the KD derivation and how it got each input. */
function networkKnows(c: Context): PropertyCell {
  const { trace, rows } = c;
  const { network, sharedKey } = trace.procedure.roles;
  const row = rows.find((r) => r.value === sharedKey);
  const knows = (s: string | undefined) => s === 'holds' || s === 'derivable' || s === 'sees';
  const alone = network.filter((n) => knows(row?.cells[n].state));
  const pooled = knows(row?.cells['MME_1+MME_2'].state) && alone.length === 0;
  const kdDerivation = c.holders
    .map((h) => gotBy(trace, h, sharedKey))
    .find((j) => j?.kind === 'derivation');
  const because = alone.flatMap((n) => {
    const cellOf = row?.cells[n];
    if (cellOf?.state !== 'derivable') return [gotBy(trace, n, sharedKey)];
    const inputs = kdDerivation?.kind === 'derivation' ? kdDerivation.inputs : [];
    return [kdDerivation ?? null, ...inputs.map((v) => gotBy(trace, n, v))];
  });
  const text =
    alone.length > 0
      ? alone
          .map(
            (n) =>
              `${n} ${row?.cells[n].state === 'derivable' ? '' : 'holds KD: '}${row?.cells[n].how}.`,
          )
          .join(' ')
      : pooled
        ? `Neither MME alone, but both pooling: ${row?.cells['MME_1+MME_2'].how}.`
        : `Neither MME can compute ${label(sharedKey)}, alone or pooled: ${row?.cells['MME_1+MME_2'].how}.`;
  const short =
    alone.length > 0
      ? and(
          alone.map(
            (n) => `${n} ${row?.cells[n].state === 'derivable' ? 'can compute' : 'holds'} it`,
          ),
        )
      : pooled
        ? 'both MMEs, pooling'
        : 'neither MME';
  // Where no MME gets KD: how a UE got it, and each input the network lacks, traced back one
  // derivation further (DH_shared, then the private key its UE drew and never sent).
  const pooledKnows = (v: ValueName) =>
    knows(rows.find((r) => r.value === v)?.cells['MME_1+MME_2'].state);
  const holder = c.holders[0];
  const lacking = (j: Justification | null | undefined): (Justification | null)[] =>
    j?.kind === 'derivation' && holder
      ? j.inputs.filter((v) => !pooledKnows(v)).map((v) => gotBy(trace, holder, v))
      : [];
  const blind =
    alone.length > 0 || pooled
      ? []
      : [kdDerivation ?? null, ...lacking(kdDerivation).flatMap((j) => [j, ...lacking(j)])];
  return cell(
    'network-computes-kd',
    alone.length > 0 || pooled ? 'yes' : 'no',
    [short, text],
    [...because, ...blind],
  );
}

/** Which link's passive eavesdropper can compute KD, and the messages and assumptions why. */
function eavesdropperKnows(c: Context): PropertyCell {
  const { trace, rows, assumptions } = c;
  const { sharedKey } = trace.procedure.roles;
  const row = rows.find((r) => r.value === sharedKey);
  const path = originsOf(
    trace,
    c.holders.map((h) => [h, sharedKey] as const),
  ).inputs.add(sharedKey);
  const under = linksUnder(trace, assumptions);
  const exposed = new Set(exposedMessages(trace, assumptions).map((m) => m.n));
  const spies = LINK_IDS.filter((l) => {
    const s = row?.cells[l].state;
    return s === 'derivable' || s === 'sees';
  });
  const because: (Justification | null)[] = [];
  for (const { def } of trace.steps) {
    if (def.kind !== 'message' || def.link === undefined) continue;
    const carried = def.params.filter((p) => !p.missing && path.has(p.name)).map((p) => p.name);
    if (carried.length === 0) continue;
    const link = under.find((l) => l.id === def.link);
    const clear = link?.protection === 'clear' || exposed.has(def.n);
    const spy = spies.includes(def.link as Link);
    // A message in clear to a spy that gets KD is why; a ciphered one under an assumption is
    // what keeps KD from that link's spy.
    const assumption = assumptionOf(trace, def.n, assumptions);
    if (spy && clear) {
      because.push(
        messageJustification(
          trace,
          def.n,
          carried,
          `message ${def.n} shows ${labels(carried)} in clear on ${link?.label ?? def.link}`,
        ),
        assumption,
      );
    } else if (!spy && !clear && assumption) because.push(assumption);
  }
  const text =
    spies.length > 0
      ? spies
          .map((l) => `On ${under.find((u) => u.id === l)?.label ?? l}: ${row?.cells[l].how}.`)
          .join(' ')
      : `No passive eavesdropper on one link can compute ${label(sharedKey)}: ${and(under.map((l) => `${l.label} is ${l.protection === 'clear' ? 'in clear' : l.why}`))}.`;
  return cell(
    'eavesdropper-computes-kd',
    spies.length > 0 ? spies.join(',') : 'none',
    [
      spies.length > 0
        ? `the ${and(spies.map((l) => under.find((u) => u.id === l)?.label ?? l))} eavesdropper`
        : 'no eavesdropper on one link',
      text,
    ],
    because,
  );
}

/**
 * Forward secrecy. The adversary recorded every message and later learns the long-term keys:
 * what a UE shared with its MME before the run and no message ever carries (K_ASME_i). A message
 * is readable when its link is in clear, it is sent in clear on a protected link, or its link's
 * protection is keyed from a long-term key both its ends hold (NAS: TS 33.401 A.7 derives the NAS
 * keys from K_ASME). Values generated or derived in the run are deleted after it.
 */
function forwardSecrecy(c: Context): PropertyCell {
  const { trace, assumptions } = c;
  const { peers, network, sharedKey } = trace.procedure.roles;
  const carried = new Set(trace.steps.flatMap((s) => s.def.params.map((p) => p.name)));
  const longTerm = new Set<ValueName>();
  const openedBy = new Map<string, ValueName[]>();
  for (const link of trace.procedure.links) {
    const [a, b] = link.between;
    if (!(peers.includes(a) && network.includes(b)) && !(peers.includes(b) && network.includes(a)))
      continue;
    // An identity both ends know is no key, even where no message carries it (the strict reading).
    const identities = Object.values(IDENTITY);
    const shared = trace.initial[a].filter(
      (v) => trace.initial[b].includes(v) && !carried.has(v) && !identities.includes(v),
    );
    shared.forEach((v) => longTerm.add(v));
    if (shared.length > 0) openedBy.set(link.id, shared);
  }
  const under = linksUnder(trace, assumptions);
  const exposed = new Set(exposedMessages(trace, assumptions).map((m) => m.n));
  const read = trace.steps.flatMap(({ def }) => {
    if (def.kind !== 'message' || def.link === undefined) return [];
    const clear =
      under.find((l) => l.id === def.link)?.protection === 'clear' || exposed.has(def.n);
    if (!clear && !openedBy.has(def.link)) return [];
    return [{ step: def.n, values: def.params.filter((p) => !p.missing).map((p) => p.name) }];
  });
  const recipes = recipesOf(trace);
  const got = closure(longTerm, read, recipes);
  const given = longTerm.size > 0 ? `the long-term ${labels([...longTerm])}` : 'no long-term key';

  const because: (Justification | null)[] = [];
  /** The values read in messages that KD is recomputed from, in words. */
  const leaves: string[] = [];
  const explain = (v: ValueName, seen = new Set<ValueName>()) => {
    const how: Got | undefined = got.get(v);
    if (!how || seen.has(v)) return;
    seen.add(v);
    if (how.by === 'message') {
      const def = trace.steps[how.step]!.def;
      const opened = openedBy.get(def.link ?? '');
      const inClear =
        exposed.has(def.n) || under.find((l) => l.id === def.link)?.protection === 'clear';
      const why = opened && !inClear ? `read with ${labels(opened)}` : 'in clear';
      leaves.push(`${label(v)} (message ${how.step}, ${why})`);
      because.push(
        messageJustification(trace, how.step, [v], `${label(v)} from message ${how.step} (${why})`),
        assumptionOf(trace, how.step, assumptions),
      );
    } else if (how.by === 'recipe') {
      because.push(gotBy(trace, how.recipe.actor, how.recipe.value));
      how.recipe.inputs.forEach((i) => explain(i, seen));
    }
  };
  if (got.has(sharedKey)) {
    explain(sharedKey);
    const text = `Not forward secret: with ${given} and the recorded messages, ${label(sharedKey)} is recomputed from ${and(leaves)}.`;
    return cell('forward-secrecy', 'no', [`recomputed with ${given}`, text], because);
  }
  const lacks = lacking(sharedKey, got, recipes);
  const firsts = lacks.map((v) => ACTORS.map((a) => gotBy(trace, a, v)).find(present) ?? null);
  const text = `Forward secret: with ${given} and every recorded message, ${label(sharedKey)} still needs ${labels(lacks)}, never sent and deleted after the run.`;
  return cell('forward-secrecy', 'yes', [`needs ${labels(lacks)}, deleted`, text], firsts);
}

/** Who determines KD, and with which generated values. */
function keyControl(c: Context): PropertyCell[] {
  const { trace } = c;
  const { peers, sharedKey } = trace.procedure.roles;
  const o = originsOf(
    trace,
    c.holders.map((h) => [h, sharedKey] as const),
  );
  const who = ACTORS.filter((a) => o.generated.some((g) => g.by.includes(a)));
  const steps = o.generated.map((g): Justification => ({
    kind: 'step',
    step: g.step,
    text: `${and(g.by)} generate${g.by.length === 1 ? 's' : ''} ${label(g.value)} at step ${g.step}`,
  }));
  const held = o.held.length > 0 ? `, under ${labels(o.held)} held before the run` : '';
  const made = (g: Generated) =>
    g.value === sharedKey
      ? `${label(g.value)} itself, drawn by ${and(g.by)} at step ${g.step}`
      : `${label(g.value)}, generated by ${and(g.by)} at step ${g.step}`;
  const control = cell(
    'key-control',
    who.length > 0 ? who.join(',') : 'none',
    [
      who.length > 0 ? `by ${and(o.generated.map((g) => label(g.value)))}` : 'no value of the run',
      who.length > 0
        ? `${label(sharedKey)} is determined by ${and(o.generated.map(made))}${held}.`
        : `No value generated in the run enters ${label(sharedKey)}${held}.`,
    ],
    steps,
  );
  const fresh = peers.map((p) => {
    const mine = o.generated.filter((g) => g.by.includes(p));
    return cell(
      'ue-freshness',
      mine.length > 0 ? 'yes' : 'no',
      [
        mine.length > 0 ? labels(mine.map((g) => g.value)) : 'nothing fresh',
        mine.length > 0
          ? `${p} contributes ${and(mine.map((g) => `${label(g.value)} (step ${g.step})`))}, generated in this run.`
          : `${p} contributes no value generated in this run to ${label(sharedKey)}${o.generated.length > 0 ? `: it comes from ${and(o.generated.map(made))}` : ''}.`,
      ],
      mine.length > 0 ? steps.filter((_, i) => o.generated[i]?.by.includes(p)) : steps,
      p,
    );
  });
  return [control, ...fresh];
}

function identityBinding(c: Context): PropertyCell {
  const { trace } = c;
  const { peers, sharedKey } = trace.procedure.roles;
  const ids = peers.map((p) => IDENTITY[p]).filter(present);
  const each = c.holders.map((h) => ({ h, inputs: originsOf(trace, [[h, sharedKey]]).inputs }));
  const bound = ids.length === peers.length && each.every((e) => ids.every((v) => e.inputs.has(v)));
  const because = c.holders.map((h) => gotBy(trace, h, sharedKey));
  const o = originsOf(
    trace,
    c.holders.map((h) => [h, sharedKey] as const),
  );
  const missing = ids.filter((v) => each.some((e) => !e.inputs.has(v)));
  const text = bound
    ? `${labels(ids)} are inputs of ${label(sharedKey)} at ${and(c.holders)}.`
    : `${labels(missing)} ${missing.length === 1 ? 'is not an input' : 'are not inputs'} of ${label(sharedKey)}${o.generated.length > 0 ? `, which comes from ${and(o.generated.map((g) => `${label(g.value)} generated by ${and(g.by)} at step ${g.step}`))}` : ''}.`;
  if (!bound)
    because.push(
      ...o.generated.flatMap((g) => g.by.slice(0, 1).map((a) => gotBy(trace, a, g.value))),
    );
  const short = bound ? `${labels(ids)} in the KDF` : `${labels(missing)} not in it`;
  return cell('identity-binding', bound ? 'yes' : 'no', [short, text], because);
}

function confirmation(trace: Trace): PropertyCell[] {
  const { peers, sharedKey } = trace.procedure.roles;
  return keyConfirmation(trace, peers as readonly [Actor, Actor], sharedKey).map((k) => {
    if (k.step !== null && k.value && k.against) {
      const chain = (k.chain ?? []).map(label).join(' ← ');
      return cell(
        'key-confirmation',
        String(k.step),
        [
          `${k.peer}’s ${k.message ?? label(k.value)}`,
          `${k.ue} verifies ${k.peer}’s ${label(k.value)} (${k.message ?? `message ${k.step}`}) at step ${k.step}, under ${chain}${k.step > trace.clauseLast ? ', in kdflow’s illustrative continuation: no step of the clause gives it' : ''}.`,
        ],
        [
          messageJustification(
            trace,
            k.step,
            [k.value],
            `${k.peer}’s ${label(k.value)} in message ${k.step}`,
          ),
          gotBy(trace, k.ue, k.against),
        ],
        k.ue,
      );
    }
    const a = k.attempt;
    const why = !a
      ? `${k.ue} never verifies anything from ${k.peer}.`
      : a.failure.kind === 'cannot-compute' || a.failure.kind === 'not-received'
        ? `At step ${a.step} ${k.ue} cannot verify ${label(a.value)}: ${a.failure.kind === 'cannot-compute' ? `it lacks ${labels(a.failure.lacks)}` : a.failure.from ? `${a.failure.from} sends none, lacking ${labels(a.failure.lacks)}` : 'none reaches it'}.`
        : `At step ${a.step} ${k.ue}’s check of ${label(a.value)} fails (${a.failure.kind}).`;
    return cell(
      'key-confirmation',
      'none',
      [
        a && (a.failure.kind === 'cannot-compute' || a.failure.kind === 'not-received')
          ? `lacks ${labels(a.failure.lacks)}`
          : 'never',
        `${k.ue} never has key confirmation. ${why}`,
      ],
      a
        ? [
            {
              kind: 'step',
              step: a.step,
              text: `${k.ue} tries to verify ${label(a.value)} at step ${a.step}`,
              illustrative: true,
            },
          ]
        : [],
      k.ue,
    );
  });
}

/** Messages and octets of carried parameters per link, from the sender's bytes. */
function traffic(trace: Trace): PropertyCell[] {
  const per = LINK_IDS.map((link) => {
    const msgs = trace.steps.filter((s) => s.def.kind === 'message' && s.def.link === link);
    const sizes = msgs.map(({ def, holdings }) =>
      def.params
        .filter((p) => !p.missing && def.from)
        .reduce(
          (n, p) => n + (holdings[def.from!].find((h) => h.name === p.name)?.bytes.length ?? 0),
          0,
        ),
    );
    const label = trace.procedure.links.find((l) => l.id === link)?.label ?? link;
    const because = msgs.map(({ def }, i) =>
      messageJustification(
        trace,
        def.n,
        def.params.map((p) => p.name),
        `message ${def.n}: ${sizes[i]} octets`,
      ),
    );
    return { link, msgs, sizes, label, because };
  });
  return [
    ...per.map(({ link, msgs, label, because }) =>
      cell(
        'messages',
        String(msgs.length),
        [
          msgs.length > 0 ? `messages ${msgs.map((m) => m.def.n).join(', ')}` : 'none',
          `${msgs.length} on ${label}${msgs.length > 0 ? `: ${msgs.map((m) => m.def.n).join(', ')}` : ''}.`,
        ],
        because,
        link,
      ),
    ),
    ...per.map(({ link, sizes, label, because }) => {
      const total = sizes.reduce((a, b) => a + b, 0);
      return cell(
        'octets',
        String(total),
        [
          sizes.length > 1 ? sizes.join(' + ') : `${total}`,
          `${total} octets of parameters on ${label}.`,
        ],
        because,
        link,
      );
    }),
  ];
}

/** Cells that need KD, said once when no UE holds it. */
function noKd(c: Context, property: PropertyId, of?: Actor): PropertyCell {
  return cell(property, 'no-kd', ['no UE has KD', c.noKd], [], of);
}

const rowsOf = new WeakMap<Trace, Map<string, readonly PropertyCell[]>>();

/**
 * The row of the property matrix for one trace, under the protection assumptions: one cell per
 * property, or per UE or per link where the property is per party (PROPERTY_INFO.per), in
 * PROPERTY_IDS order. Computed once per trace and assumptions.
 */
export function schemeProperties(
  trace: Trace,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): readonly PropertyCell[] {
  const key = JSON.stringify(assumptions);
  const cached = rowsOf.get(trace)?.get(key);
  if (cached) return cached;
  const holders = keyHolders(trace);
  const c: Context = {
    trace,
    assumptions,
    rows: knowledge(trace, trace.steps.length - 1, assumptions),
    holders,
    noKd: holders.length === 0 ? noKdText(trace) : '',
  };
  const { peers } = trace.procedure.roles;
  const has = holders.length > 0;
  const cells = [
    has ? networkKnows(c) : noKd(c, 'network-computes-kd'),
    has ? eavesdropperKnows(c) : noKd(c, 'eavesdropper-computes-kd'),
    has ? forwardSecrecy(c) : noKd(c, 'forward-secrecy'),
    ...(has
      ? keyControl(c)
      : [noKd(c, 'key-control'), ...peers.map((p) => noKd(c, 'ue-freshness', p))]),
    ...confirmation(trace),
    has ? identityBinding(c) : noKd(c, 'identity-binding'),
    ...traffic(trace),
  ];
  const row = PROPERTY_IDS.flatMap((p) => cells.filter((x) => x.property === p));
  if (!rowsOf.has(trace)) rowsOf.set(trace, new Map());
  rowsOf.get(trace)!.set(key, row);
  return row;
}

/** The cell of a row for a property (and party). */
export function propertyCell(
  row: readonly PropertyCell[],
  property: PropertyId,
  of?: Actor | Link,
): PropertyCell | undefined {
  return row.find((c) => c.property === property && c.of === of);
}
