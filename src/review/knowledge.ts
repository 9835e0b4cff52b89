/**
 * "Who knows what" (issue 4 §5, issue 12): at a step, for every value, what each actor holds or
 * could compute, what a passive eavesdropper on each link sees, and what a coalition (a party that
 * pools what its members hold and see, e.g. MME_1 with a radio receiver near the UEs) can get.
 * What protects each link is the procedure's (procedure/links.ts), under assumptions the user can
 * switch: the MME–MME link protected or in clear, the ESR ciphered or not. A message seen in clear
 * on a protected link (the ESR, an initial NAS message sent integrity protected but not ciphered)
 * is seen in clear there. Pure: reads a trace, never the DOM.
 */
import {
  DEFAULT_ASSUMPTIONS,
  LINKS as LINK_SPECS,
  PROTECTION_ASSUMPTIONS,
  type Assumptions,
} from '../protocol/procedure/links';
import {
  ACTORS,
  LINK_IDS,
  VALUE_NAMES,
  type Actor,
  type Link,
  type StepDef,
  type Trace,
  type ValueName,
} from '../protocol/types';
import { VALUE_INFO } from '../protocol/values';
import { formulaOf, inputsOf } from '../protocol/formula';

export const LINKS = LINK_IDS;

/** One who can learn: an actor, or a passive eavesdropper on a link. */
export type Member = Actor | Link;

/**
 * Parties that pool what their members hold and see. kdflow's choice of the coalitions a delegate
 * asks about: the network with a radio receiver near the UEs (the nonces go over PC5 in clear),
 * and the two MMEs together. A party's id is its members joined by `+`.
 */
export const COALITIONS = [
  {
    id: 'MME_1+PC5',
    members: ['MME_1', 'PC5'],
    about: 'MME_1 with a radio receiver near the UEs, seeing PC5 in clear',
  },
  {
    id: 'MME_2+PC5',
    members: ['MME_2', 'PC5'],
    about: 'MME_2 with a radio receiver near the UEs, seeing PC5 in clear',
  },
  { id: 'MME_1+MME_2', members: ['MME_1', 'MME_2'], about: 'both MMEs, pooling what each holds' },
] as const satisfies readonly { id: string; members: readonly Member[]; about: string }[];

export type Coalition = (typeof COALITIONS)[number]['id'];
export const COALITION_IDS: readonly Coalition[] = COALITIONS.map((c) => c.id);

/** The four actors, then a passive eavesdropper on each link, then the coalitions. */
export const KNOWLEDGE_COLUMNS = [...ACTORS, ...LINKS, ...COALITION_IDS] as const;
export type KnowledgeColumn = Actor | Link | Coalition;

const isActor = (c: KnowledgeColumn): c is Actor => (ACTORS as readonly string[]).includes(c);
const isLink = (c: KnowledgeColumn): c is Link => (LINKS as readonly string[]).includes(c);
const membersOf = (c: KnowledgeColumn): readonly Member[] =>
  isActor(c) || isLink(c) ? [c] : (COALITIONS.find((k) => k.id === c)?.members ?? []);

/** A link as the assumptions make it: its protection and why. */
export interface LinkUnder {
  id: Link;
  label: string;
  protection: 'clear' | 'ciphered';
  why: string;
}

/** The procedure's links with the protection the assumptions give them. */
export function linksUnder(trace: Trace, assumptions: Assumptions = DEFAULT_ASSUMPTIONS) {
  return LINKS.map((id): LinkUnder => {
    const spec = trace.procedure.links.find((l) => l.id === id);
    const base: LinkUnder = {
      id,
      label: spec?.label ?? id,
      protection: spec?.protection ?? 'ciphered',
      why: spec?.why ?? 'protected',
    };
    for (const a of PROTECTION_ASSUMPTIONS) {
      if (!('link' in a) || a.link !== id) continue;
      const choice = a.choices.find((c) => c.value === assumptions[a.key]);
      if (choice) return { ...base, protection: choice.protection, why: choice.why };
    }
    return base;
  });
}

/** What the eavesdropper columns stand for. */
export const LINK_LABEL = Object.fromEntries(
  LINKS.map((l) => [l, LINK_SPECS.find((s) => s.id === l)?.label ?? l]),
) as Record<Link, string>;

/**
 * How a message crosses a protected link: in clear with the reason (`exposed`), or ciphered with
 * the reason when an assumption ciphers a message the procedure marks exposed.
 */
function exposure(
  def: StepDef,
  assumptions: Assumptions,
): { inClear: true; why: string } | { inClear: false; why?: string } {
  for (const a of PROTECTION_ASSUMPTIONS) {
    if (!('step' in a) || a.step !== def.id) continue;
    const choice = a.choices.find((c) => c.value === assumptions[a.key]);
    if (!choice) continue;
    return choice.inClear
      ? { inClear: true, why: def.exposed ?? choice.why }
      : { inClear: false, why: choice.why };
  }
  return def.exposed !== undefined ? { inClear: true, why: def.exposed } : { inClear: false };
}

/** The messages seen in clear although their link is protected, with why, under the assumptions. */
export function exposedMessages(
  trace: Trace,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): { n: number; why: string }[] {
  const ciphered = new Set(
    linksUnder(trace, assumptions)
      .filter((l) => l.protection === 'ciphered')
      .map((l) => l.id),
  );
  return trace.steps.flatMap(({ def }) => {
    if (def.kind !== 'message' || !ciphered.has(def.link as Link)) return [];
    const e = exposure(def, assumptions);
    return e.inClear ? [{ n: def.n, why: e.why }] : [];
  });
}

export type KnowledgeState = 'holds' | 'derivable' | 'sees' | 'ciphertext' | 'none';

export interface KnowledgeCell {
  state: KnowledgeState;
  /** How the column learned it (or could), in one line. */
  how: string;
  /** A held value the actor no longer uses (the old KD after rekeying). */
  retired?: true;
  /** A coalition gets it although none of its members, alone, holds, sees or can compute it. */
  pooled?: true;
}

export interface KnowledgeRow {
  value: ValueName;
  cells: Record<KnowledgeColumn, KnowledgeCell>;
}

/** One way to get a value from others: a KDF use, or a copy (the common KD as keying material). */
interface Recipe {
  output: ValueName;
  inputs: ValueName[];
  formula: string;
}

const label = (v: ValueName) => VALUE_INFO[v].label;
const list = (vs: readonly ValueName[]) => vs.map(label).join(', ');
const messages = (ns: number[]) =>
  ns.length === 1 ? `message ${ns[0]}` : `messages ${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}`;

/** Every way the trace shows to get a value from other values, found in any step's provenance. */
function recipesOf(trace: Trace): Recipe[] {
  const seen = new Map<string, Recipe>();
  for (const { holdings } of trace.steps)
    for (const a of ACTORS)
      for (const { name, provenance: p } of holdings[a]) {
        let r: Recipe | null = null;
        if (p.kind === 'derived') {
          const d = p.derivation;
          r = { output: name, inputs: inputsOf(d), formula: formulaOf(d, { output: false }) };
        } else if (p.kind === 'copied') {
          r = { output: name, inputs: [p.source], formula: `the same bytes as ${label(p.source)}` };
        }
        if (r) seen.set(`${r.output}<${r.inputs.join(',')}`, r);
      }
  return [...seen.values()];
}

/**
 * What `known` lets one derive, to a fixpoint (a derived value may feed another recipe), with the
 * recipe that gave each value; values already known are left out.
 */
function closure(known: ReadonlySet<ValueName>, recipes: Recipe[]): Map<ValueName, Recipe> {
  const got = new Map<ValueName, Recipe>();
  const has = (v: ValueName) => known.has(v) || got.has(v);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of recipes)
      if (!has(r.output) && r.inputs.every(has)) {
        got.set(r.output, r);
        grew = true;
      }
  }
  return got;
}

function derivableCell(r: Recipe, own: (v: ValueName) => string): KnowledgeCell {
  const from = r.inputs.map((v) => `${label(v)} (${own(v)})`).join(', ');
  return { state: 'derivable', how: `can compute it as ${r.formula} from ${from}` };
}

/** Why a column cannot get a value: the recipe it comes closest to, and what it lacks. */
function noneCell(
  value: ValueName,
  knows: (v: ValueName) => boolean,
  recipes: Recipe[],
  nothing: string,
): KnowledgeCell {
  const mine = recipes.filter((r) => r.output === value);
  const lacks = mine
    .map((r) => r.inputs.filter((v) => !knows(v)))
    .sort((x, y) => x.length - y.length)[0];
  // One level further, where what it lacks is itself computed: what that needs and it lacks
  // (DH_shared needs DH_private_1 or DH_private_2).
  const needs = (lacks ?? []).flatMap((v) => {
    const ways = recipes
      .filter((r) => r.output === v)
      .map((r) => r.inputs.filter((i) => !knows(i)))
      .filter((w) => w.length > 0);
    return ways.length === 0 ? [] : [`${label(v)} needs ${ways.map(list).join(' or ')}`];
  });
  const why = needs.length === 0 ? '' : ` (${needs.join('; ')})`;
  return {
    state: 'none',
    how: lacks ? `${nothing}; cannot compute it: lacks ${list(lacks)}${why}` : nothing,
  };
}

function describeHeld(trace: Trace, actor: Actor, value: ValueName, step: number): KnowledgeCell {
  const v = trace.steps[step]?.holdings[actor].find((h) => h.name === value);
  if (!v) throw new Error(`${actor} does not hold ${value}`);
  const p = v.provenance;
  let how: string;
  switch (p.kind) {
    case 'held':
      how = 'held before the procedure';
      break;
    case 'generated':
      how = `generated at step ${p.step}: ${p.how}`;
      break;
    case 'received':
      how = `received in message ${p.step} from ${p.from}`;
      break;
    case 'derived': {
      const d = p.derivation;
      how = `derived at step ${p.step} as ${formulaOf(d, { output: false })}`;
      break;
    }
    case 'copied':
      how = `taken at step ${p.step} from ${label(p.source)}: ${p.how}`;
      break;
  }
  const retired = v.retiredAt !== undefined && v.retiredAt <= step;
  return retired
    ? { state: 'holds', how: `${how}; retired at step ${v.retiredAt}`, retired: true }
    : { state: 'holds', how };
}

/** What one member has first-hand by a step: held (an actor), seen in clear or as ciphertext. */
interface View {
  holds: Map<ValueName, KnowledgeCell>;
  sees: Map<ValueName, KnowledgeCell>;
  ciphertext: Map<ValueName, KnowledgeCell>;
}

function actorView(trace: Trace, actor: Actor, at: number): View {
  const holds = new Map<ValueName, KnowledgeCell>();
  for (const h of trace.steps[at]?.holdings[actor] ?? [])
    holds.set(h.name, describeHeld(trace, actor, h.name, at));
  return { holds, sees: new Map(), ciphertext: new Map() };
}

function linkView(trace: Trace, link: LinkUnder, at: number, assumptions: Assumptions): View {
  const ciphered = link.protection === 'ciphered';
  // value → the messages on this link (up to the step) that carried it, with why in clear/ciphered
  const clear = new Map<ValueName, { n: number; why?: string }[]>();
  const cipher = new Map<ValueName, { n: number; why?: string }[]>();
  for (const { def } of trace.steps.slice(0, at + 1)) {
    if (def.kind !== 'message' || def.link !== link.id) continue;
    const e: { inClear: boolean; why?: string } = ciphered
      ? exposure(def, assumptions)
      : { inClear: true };
    const into = e.inClear ? clear : cipher;
    const entry = e.why !== undefined ? { n: def.n, why: e.why } : { n: def.n };
    // A parameter the sender does not hold never crosses the link.
    for (const { name, missing } of def.params)
      if (!missing) into.set(name, [...(into.get(name) ?? []), entry]);
  }
  const sees = new Map<ValueName, KnowledgeCell>();
  for (const [v, ms] of clear) {
    const why = ms.find((m) => m.why !== undefined)?.why;
    sees.set(v, {
      state: 'sees',
      how: `in clear in ${messages(ms.map((m) => m.n))}${why ? ` (${why})` : ''}`,
    });
  }
  const ciphertext = new Map<ValueName, KnowledgeCell>();
  for (const [v, ms] of cipher) {
    if (sees.has(v)) continue;
    const extra = ms
      .filter((m) => m.why !== undefined)
      .map((m) => `; message ${m.n} ${m.why}`)
      .join('');
    ciphertext.set(v, {
      state: 'ciphertext',
      how: `only as ciphertext in ${messages(ms.map((m) => m.n))} (${link.why}${extra})`,
    });
  }
  return { holds: new Map(), sees, ciphertext };
}

const knowing = (s: KnowledgeState | undefined) =>
  s === 'holds' || s === 'derivable' || s === 'sees';

/**
 * The knowledge matrix at `step`: one row per value that some column holds, sees, sees as
 * ciphertext or can compute by then, in VALUE_NAMES order; one cell per actor, per link
 * eavesdropper and per coalition.
 *
 * - An actor *holds* what its holdings at that step list (with the provenance).
 * - A passive eavesdropper on a link *sees* in clear every parameter of a message sent on it up to
 *   that step when the link is in clear (PC5; MME–MME under `s10: 'clear'`) or the message is
 *   exposed (the ESR under `esr: 'clear'`), and only *ciphertext* of the others.
 * - A coalition holds, sees or sees as ciphertext what any of its members does.
 * - Any column *can derive* a value it does not hold or see when it holds or sees every input of
 *   some derivation of that value anywhere in the trace, applied to a fixpoint. A coalition's cell
 *   is `pooled` when none of its members alone could get the value.
 */
export function knowledge(
  trace: Trace,
  step: number,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): KnowledgeRow[] {
  const at = Math.max(0, Math.min(step, trace.steps.length - 1));
  const recipes = recipesOf(trace);
  if (!trace.steps[at]) return [];

  const views = new Map<Member, View>();
  for (const actor of ACTORS) views.set(actor, actorView(trace, actor, at));
  for (const link of linksUnder(trace, assumptions))
    views.set(link.id, linkView(trace, link, at, assumptions));

  const cells = new Map<KnowledgeColumn, Map<ValueName, KnowledgeCell>>();
  for (const column of KNOWLEDGE_COLUMNS) {
    const members = membersOf(column);
    const single = members.length === 1;
    const named = (m: Member, cell: KnowledgeCell): KnowledgeCell =>
      single ? cell : { ...cell, how: `${isLink(m) ? `on ${m}` : m}: ${cell.how}` };
    const mine = new Map<ValueName, KnowledgeCell>();
    // First-hand, strongest first: held (a live copy before a retired one), seen, ciphertext.
    for (const kind of ['holds', 'sees', 'ciphertext'] as const)
      for (const m of members)
        for (const [v, cell] of views.get(m)?.[kind] ?? []) {
          const had = mine.get(v);
          if (!had || (had.retired && kind === 'holds' && !cell.retired))
            mine.set(v, named(m, cell));
        }
    const known = new Set([...mine].filter(([, c]) => knowing(c.state)).map(([v]) => v));
    const firstHand = new Map(mine);
    const own = (v: ValueName) => {
      const c = firstHand.get(v);
      if (!c || !knowing(c.state)) return 'derivable';
      const by = members.find((m) => {
        const view = views.get(m);
        return view?.holds.has(v) || view?.sees.has(v);
      });
      const held = c.state === 'holds';
      if (single || by === undefined) return held ? 'held' : 'seen in clear';
      return held ? `held by ${by}` : `seen in clear on ${by}`;
    };
    for (const [v, r] of closure(known, recipes)) {
      const cell = derivableCell(r, own);
      const alone = members.some((m) => knowing(cells.get(m)?.get(v)?.state));
      mine.set(v, single || alone ? cell : { ...cell, pooled: true });
    }
    cells.set(column, mine);
  }

  const rows: KnowledgeRow[] = [];
  for (const value of VALUE_NAMES) {
    if (!KNOWLEDGE_COLUMNS.some((c) => cells.get(c)?.has(value))) continue;
    const row = {} as Record<KnowledgeColumn, KnowledgeCell>;
    for (const c of KNOWLEDGE_COLUMNS) {
      const mine = cells.get(c);
      const cell = mine?.get(value);
      if (cell) {
        row[c] = cell;
        continue;
      }
      const nothing = isActor(c)
        ? 'does not hold it'
        : isLink(c)
          ? `not seen on this link by step ${at}`
          : `no member holds or sees it by step ${at}`;
      row[c] = noneCell(value, (v) => knowing(mine?.get(v)?.state), recipes, nothing);
    }
    rows.push({ value, cells: row });
  }
  return rows;
}

/**
 * What each coalition gets only by pooling, from a matrix: the values none of its members, alone,
 * holds, sees or can compute (e.g. KD-sess for MME_1 with a PC5 receiver).
 */
export function pooledGains(rows: KnowledgeRow[]): Record<Coalition, ValueName[]> {
  return Object.fromEntries(
    COALITION_IDS.map((c) => [c, rows.filter((r) => r.cells[c].pooled).map((r) => r.value)]),
  ) as Record<Coalition, ValueName[]>;
}
