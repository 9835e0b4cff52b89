/**
 * parseQuery on thousands of generated and mutated query strings: it never throws, reports each
 * bad field by name, and keeps every good field. The oracle below is written from the rules, not
 * from parseQuery.
 */
import { describe, expect, it } from 'vitest';
import { ATTACKER_IDS } from '../protocol/attacks';
import { INPUT_NAMES, parseInput, type InputName } from '../protocol/inputs';
import { FIELDS } from '../protocol/procedure/fields';
import { ASSUMPTION_CHOICES, DEFAULT_ASSUMPTIONS } from '../protocol/procedure/links';
import {
  DEFAULT_SCENARIO,
  SCENARIO_CHOICES,
  SCENARIO_KEYS,
  type Scenario,
} from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { parseQuery, toQuery, DEFAULT_LINK } from './deepLink';
import { fuzzQueries } from './fuzzQueries';

/** Each scenario field's choices, from the procedure's fields. */
const CHOICES: Record<string, readonly string[]> = SCENARIO_CHOICES;
/** Old names that still open as a choice (`trigger=0a` → `0a-drr`), from the procedure's fields. */
const ALIASES: Record<string, Readonly<Record<string, string>>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, 'aliases' in f ? f.aliases : {}]),
);

/** Former names of scenario fields that still open (`mode` → `scheme`, `b.mode` → `b.scheme`). */
const FORMER: Record<string, string> = Object.fromEntries(
  FIELDS.flatMap((f) =>
    'formerKeys' in f
      ? f.formerKeys.flatMap((k) => [
          [k, f.key],
          [`b.${k}`, `b.${f.key}`],
        ])
      : [],
  ),
);

/** The query with every former field name written as the present one, in its place. */
function present(query: string): URLSearchParams {
  return new URLSearchParams(
    [...new URLSearchParams(query)].map(([k, v]) => [FORMER[k] ?? k, v] as [string, string]),
  );
}

/** The choice a field's text names, by the choices and aliases, or undefined. */
function choiceOf(key: string, text: string): string | undefined {
  const value = ALIASES[key]?.[text] ?? text;
  return CHOICES[key]!.includes(value) ? value : undefined;
}

/**
 * The first scenario the rules give a query: each field given once with a good choice (or an
 * alias of one), else its default. Its last step is the step field's upper bound.
 */
function scenarioOf(q: URLSearchParams): Scenario {
  const scenario: Record<string, string> = { ...DEFAULT_SCENARIO };
  for (const key of SCENARIO_KEYS) {
    const all = q.getAll(key);
    const value = all.length === 1 ? choiceOf(key, all[0]!) : undefined;
    if (value !== undefined) scenario[key] = value;
  }
  return scenario as unknown as Scenario;
}

/** The fields the rules say are bad in a query, independently of parseQuery. */
function badFields(query: string): Set<string> {
  const q = present(query);
  const bad = new Set<string>();
  const compareOn = q.getAll('compare').length === 1 && q.get('compare') === 'on';
  const last = lastStep(scenarioOf(q));
  for (const key of new Set(q.keys())) {
    const all = q.getAll(key);
    const known =
      key in CHOICES ||
      key === 'seed' ||
      key === 'step' ||
      key === 'compare' ||
      key in ASSUMPTION_CHOICES ||
      key === 'attacker' ||
      (key.startsWith('b.') && key.slice(2) in CHOICES) ||
      (key.startsWith('in.') && (INPUT_NAMES as string[]).includes(key.slice(3)));
    if (!known) continue; // unknown keys are ignored
    if (key.startsWith('b.') && !compareOn) continue; // b.* only matter when comparing
    if (all.length > 1) {
      bad.add(key);
      continue;
    }
    const v = all[0] ?? '';
    const name = key.startsWith('b.') ? key.slice(2) : key;
    if (name in CHOICES && choiceOf(name, v) === undefined) bad.add(key);
    if (key === 'seed' && (v.trim() === '' || [...v].length > 200)) bad.add(key);
    if (key === 'step' && !(/^\d+$/.test(v) && Number(v) <= last)) bad.add(key);
    if (key === 'compare' && v !== 'on' && v !== 'off') bad.add(key);
    if (key === 'attacker' && !(ATTACKER_IDS as readonly string[]).includes(v)) bad.add(key);
    if (key in ASSUMPTION_CHOICES) {
      const choices: readonly string[] = ASSUMPTION_CHOICES[key as keyof typeof ASSUMPTION_CHOICES];
      if (!choices.includes(v)) bad.add(key);
    }
    // The rules of each input are parseInput's, unit-tested on their own.
    if (key.startsWith('in.') && !parseInput(key.slice(3) as InputName, v).ok) bad.add(key);
  }
  return bad;
}

describe('parseQuery under fuzzing', () => {
  const queries = fuzzQueries(5000, 'unit');

  it('never throws, and names exactly the bad fields', () => {
    for (const query of queries) {
      const { errors } = parseQuery(query);
      const named = new Set(errors.map((e) => e.field));
      expect([...named].sort(), query).toEqual([...badFields(query)].sort());
    }
  });

  it('keeps every good field and gives a state that round-trips', () => {
    for (const query of queries) {
      const { state, errors } = parseQuery(query);
      const q = present(query);
      const bad = new Set(errors.map((e) => e.field));
      for (const key of SCENARIO_KEYS) {
        const given = q.getAll(key);
        const expected =
          given.length === 1 && !bad.has(key)
            ? choiceOf(key, given[0]!)
            : DEFAULT_LINK.scenario[key];
        expect(state.scenario[key], query).toBe(expected);
      }
      expect(state.scenario, query).toEqual(scenarioOf(q));
      // An assumption given once and good is kept; otherwise its default (and none is written).
      for (const key of ['s10', 'esr'] as const) {
        const given = q.getAll(key);
        const kept = given.length === 1 && !bad.has(key) ? given[0] : DEFAULT_ASSUMPTIONS[key];
        expect(state.assumptions?.[key] ?? DEFAULT_ASSUMPTIONS[key], query).toBe(kept);
      }
      expect(state.step, query).toBeLessThanOrEqual(lastStep(state.scenario));
      expect(parseQuery(toQuery(state))).toEqual({ state, errors: [] });
    }
  });
});
