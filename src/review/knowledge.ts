/**
 * "Who knows what" (issue 4 §5): at a step, for every value, what each actor holds or could
 * compute, and what a passive eavesdropper on each link sees. What protects each link is the
 * procedure's (procedure/links.ts): NAS and MME–MME traffic only as ciphertext, PC5 in clear; a
 * message the procedure marks `exposed` (the ESR, an initial NAS message sent integrity protected
 * but not ciphered) is seen in clear on its link. Pure: reads a trace, never the DOM.
 */
import { PROCEDURE } from '../protocol/procedure';
import {
  ACTORS,
  LINK_IDS,
  VALUE_NAMES,
  type Actor,
  type Link,
  type Trace,
  type ValueName,
} from '../protocol/types';
import { VALUE_INFO } from '../protocol/values';

export const LINKS = LINK_IDS;

const linkSpec = (link: Link) => PROCEDURE.links.find((l) => l.id === link);

/** The four actors, then a passive eavesdropper on each link. */
export const KNOWLEDGE_COLUMNS = [...ACTORS, ...LINKS] as const;
export type KnowledgeColumn = (typeof KNOWLEDGE_COLUMNS)[number];

/** What the eavesdropper columns stand for. */
export const LINK_LABEL = Object.fromEntries(
  LINKS.map((l) => [l, linkSpec(l)?.label ?? l]),
) as Record<Link, string>;

export type KnowledgeState = 'holds' | 'derivable' | 'sees' | 'ciphertext' | 'none';

export interface KnowledgeCell {
  state: KnowledgeState;
  /** How the column learned it (or could), in one line. */
  how: string;
  /** A held value the actor no longer uses (the old KD after rekeying). */
  retired?: true;
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
          const params = d.params.map((x) => x.name);
          r = {
            output: name,
            inputs: [...d.keyNames, ...params],
            formula: `KDF(${d.keyNames.map(label).join(' ‖ ')}, ${params.map(label).join(', ')})`,
          };
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
  return {
    state: 'none',
    how: lacks ? `${nothing}; cannot compute it: lacks ${list(lacks)}` : nothing,
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
      how = `derived at step ${p.step} as KDF(${d.keyNames.map(label).join(' ‖ ')}, ${list(d.params.map((x) => x.name))})`;
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

/**
 * The knowledge matrix at `step`: one row per value that some column holds, sees, sees as
 * ciphertext or can compute by then, in VALUE_NAMES order; one cell per actor and per link
 * eavesdropper.
 *
 * - An actor *holds* what its holdings at that step list (with the provenance), and *can derive* a
 *   value it does not hold when it holds every input of some derivation of that value anywhere in
 *   the trace (applied to a fixpoint).
 * - A passive eavesdropper on a link *sees* in clear every parameter of a PC5 message sent up to
 *   that step, and only *ciphertext* of those on NAS or MME–MME. It can derive, by the same rule,
 *   from what it sees in clear.
 */
export function knowledge(trace: Trace, step: number): KnowledgeRow[] {
  const at = Math.max(0, Math.min(step, trace.steps.length - 1));
  const recipes = recipesOf(trace);
  const holdings = trace.steps[at]?.holdings;
  if (!holdings) return [];

  const cells = new Map<ValueName, Partial<Record<KnowledgeColumn, KnowledgeCell>>>();
  const put = (v: ValueName, c: KnowledgeColumn, cell: KnowledgeCell) =>
    cells.set(v, { ...cells.get(v), [c]: cell });

  for (const actor of ACTORS) {
    const held = new Set(holdings[actor].map((h) => h.name));
    for (const v of held) put(v, actor, describeHeld(trace, actor, v, at));
    const own = (v: ValueName) => (held.has(v) ? 'held' : 'derivable');
    for (const [v, r] of closure(held, recipes)) put(v, actor, derivableCell(r, own));
  }

  for (const link of LINKS) {
    const spec = linkSpec(link);
    const ciphered = spec?.protection === 'ciphered';
    // value → the messages on this link (up to the step) that carried it, in clear or not
    const clear = new Map<ValueName, number[]>();
    const cipher = new Map<ValueName, number[]>();
    for (const { def } of trace.steps.slice(0, at + 1)) {
      if (def.kind !== 'message' || def.link !== link) continue;
      const into = ciphered && def.exposed === undefined ? cipher : clear;
      // A parameter the sender does not hold never crosses the link.
      for (const { name, missing } of def.params)
        if (!missing) into.set(name, [...(into.get(name) ?? []), def.n]);
    }
    const seen = new Set(clear.keys());
    for (const [v, ns] of clear) {
      const exposedBy = ns.map((n) => trace.steps[n]?.def.exposed).find((e) => e !== undefined);
      put(v, link, {
        state: 'sees',
        how: `in clear in ${messages(ns)}${exposedBy ? ` (${exposedBy})` : ''}`,
      });
    }
    for (const [v, ns] of cipher)
      if (!seen.has(v))
        put(v, link, {
          state: 'ciphertext',
          how: `only as ciphertext in ${messages(ns)} (${spec?.why ?? 'protected'})`,
        });
    const own = (v: ValueName) => (seen.has(v) ? 'seen in clear' : 'derivable');
    for (const [v, r] of closure(seen, recipes)) put(v, link, derivableCell(r, own));
  }

  const rows: KnowledgeRow[] = [];
  for (const value of VALUE_NAMES) {
    const known = cells.get(value);
    if (!known) continue;
    const row = {} as Record<KnowledgeColumn, KnowledgeCell>;
    for (const c of KNOWLEDGE_COLUMNS) {
      const cell = known[c];
      if (cell) {
        row[c] = cell;
        continue;
      }
      const isActor = (ACTORS as readonly string[]).includes(c);
      const knows = (v: ValueName) => {
        const k = cells.get(v)?.[c]?.state;
        return k === 'holds' || k === 'derivable' || k === 'sees';
      };
      row[c] = noneCell(
        value,
        knows,
        recipes,
        isActor ? 'does not hold it' : `not seen on this link by step ${at}`,
      );
    }
    rows.push({ value, cells: row });
  }
  return rows;
}
