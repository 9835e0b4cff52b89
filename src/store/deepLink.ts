/**
 * The page's state as a URL query: `scheme` (old links' `mode` still opens), `trigger`, `peer`, `refresh`, `reading`, `seed`, `step`,
 * and for the side-by-side view `compare=on` with the second scenario as `b.scheme`, `b.trigger`, ….
 * Who knows what's assumptions (`s10`, `esr`) are written only when they differ from the defaults,
 * and the attacker replayed (`attacker`) only when there is one.
 * Parsing never throws: a bad field is reported by name and falls back to its default, the rest
 * is kept.
 */
import { ATTACKER_IDS, type AttackerId } from '../protocol/attacks';
import { formatInput, INPUT_NAMES, parseInput, type InputName } from '../protocol/inputs';
import {
  ASSUMPTION_CHOICES,
  ASSUMPTION_KEYS,
  DEFAULT_ASSUMPTIONS,
  readAssumption,
  type Assumptions,
} from '../protocol/procedure/links';
import {
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  readChoice,
  SCENARIO_CHOICES,
  SCENARIO_KEYS,
  type Scenario,
} from '../protocol/scenario';
import { FIELDS as PROCEDURE_FIELDS } from '../protocol/procedure/fields';
import { lastStep } from '../protocol/simulate';
export const SEED_MAX_LENGTH = 200;

export interface LinkState {
  scenario: Scenario;
  seed: string;
  step: number;
  /** The second scenario of the side-by-side view, or null when it is off. */
  compare: Scenario | null;
  /** Inputs edited away from the seed's values, as canonical text (hex, or a number). */
  inputs: InputOverrides;
  /**
   * Who knows what's protection assumptions (the MME–MME link, the ESR). Absent when every one is
   * its default, so that a link without them and one naming the defaults read the same.
   */
  assumptions?: Assumptions;
  /** The attacker replayed (attacks.ts); absent for none. */
  attacker?: AttackerId;
}

export type InputOverrides = Partial<Record<InputName, string>>;

export type Field =
  | keyof Scenario
  | `b.${keyof Scenario}`
  | `in.${InputName}`
  | keyof Assumptions
  | 'attacker'
  | 'compare'
  | 'seed'
  | 'step';

export interface FieldError {
  field: Field;
  /** The offending text exactly as given (shown verbatim, never interpreted). */
  given: string;
  message: string;
}

export const DEFAULT_LINK: LinkState = {
  scenario: DEFAULT_SCENARIO,
  seed: DEFAULT_SEED,
  step: 0,
  compare: null,
  inputs: {},
};

/**
 * The scenario a new comparison starts with: the pCR's other variant (the KDF scheme's for the
 * X25519 one, the same variant under kdflow's other scheme).
 */
export function defaultComparison(a: Scenario): Scenario {
  return { ...a, scheme: a.scheme === 'kdf' ? 'common' : 'kdf' };
}

/** Why a seed cannot be used, or null when it can. Shared by the URL and the seed input. */
export function seedProblem(seed: string): string | null {
  if (seed.trim() === '') return 'must not be empty';
  if ([...seed].length > SEED_MAX_LENGTH) return `must be at most ${SEED_MAX_LENGTH} characters`;
  return null;
}

/** Why a step is out of range for the scenario (its steps are the procedure's), or null. */
export function stepProblem(text: string, scenario: Scenario): string | null {
  const last = lastStep(scenario);
  if (!/^\d+$/.test(text)) return `must be a whole number from 0 to ${last}`;
  if (Number(text) > last) return `must be from 0 to ${last} in this scenario`;
  return null;
}

const CHOICES = SCENARIO_CHOICES;

/** A field's name in the query and its former names (`b.scheme`, `b.mode`). */
function namesOf(field: Field): string[] {
  const [prefix, key] = field.startsWith('b.') ? ['b.', field.slice(2)] : ['', field];
  const former = PROCEDURE_FIELDS.find((f) => f.key === key);
  return [
    field,
    ...(former && 'formerKeys' in former ? former.formerKeys : []).map((k) => prefix + k),
  ];
}
const SCENARIO_FIELDS = SCENARIO_KEYS;

/** Reads a query string (with or without the leading `?`). */
export function parseQuery(search: string): { state: LinkState; errors: FieldError[] } {
  const q = new URLSearchParams(search);
  const errors: FieldError[] = [];
  const one = (field: Field): string | undefined => {
    const all = namesOf(field).flatMap((name) => q.getAll(name));
    if (all.length > 1) {
      errors.push({
        field,
        given: all.join(', '),
        message: `given ${all.length} times; give it once`,
      });
      return undefined;
    }
    return all[0];
  };

  /** Reads the scenario fields with the given prefix over a base scenario. */
  const scenarioFields = (prefix: '' | 'b.', base: Scenario): Scenario => {
    const scenario = { ...base };
    for (const key of SCENARIO_FIELDS) {
      const field = `${prefix}${key}` as Field;
      const given = one(field);
      if (given === undefined) continue;
      const choices: readonly string[] = CHOICES[key];
      const value = readChoice(key, given);
      if (value !== undefined) (scenario as Record<typeof key, string>)[key] = value;
      else errors.push({ field, given, message: `must be one of ${choices.join(', ')}` });
    }
    return scenario;
  };
  const scenario = scenarioFields('', DEFAULT_SCENARIO);

  // compare=on turns the side-by-side view on; b.* fields give the second scenario, which
  // otherwise starts as the first with the other variant.
  let compare: Scenario | null = null;
  const givenCompare = one('compare');
  if (givenCompare === 'on') compare = scenarioFields('b.', defaultComparison(scenario));
  else if (givenCompare !== undefined && givenCompare !== 'off')
    errors.push({ field: 'compare', given: givenCompare, message: 'must be on or off' });

  let seed = DEFAULT_SEED;
  const givenSeed = one('seed');
  if (givenSeed !== undefined) {
    const problem = seedProblem(givenSeed);
    if (problem === null) seed = givenSeed;
    else errors.push({ field: 'seed', given: givenSeed, message: problem });
  }

  let step = 0;
  const givenStep = one('step');
  if (givenStep !== undefined) {
    const problem = stepProblem(givenStep, scenario);
    if (problem === null) step = Number(givenStep);
    else errors.push({ field: 'step', given: givenStep, message: problem });
  }
  // in.<name>=<value> gives an edited input; a bad one is reported and the seed's value used.
  const inputs: InputOverrides = {};
  for (const name of INPUT_NAMES) {
    const given = one(`in.${name}`);
    if (given === undefined) continue;
    const parsed = parseInput(name, given);
    if (parsed.ok) inputs[name] = formatInput(name, parsed.bytes);
    else errors.push({ field: `in.${name}`, given, message: parsed.problem });
  }
  // s10=protected|clear and esr=clear|ciphered: a bad one is reported and its default used.
  const assumptions: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const key of ASSUMPTION_KEYS) {
    const given = one(key);
    if (given === undefined) continue;
    const value = readAssumption(key, given);
    if (value !== undefined) (assumptions as Record<typeof key, string>)[key] = value;
    else
      errors.push({
        field: key,
        given,
        message: `must be one of ${ASSUMPTION_CHOICES[key].join(', ')}`,
      });
  }
  const state: LinkState = { scenario, seed, step, compare, inputs };
  if (!isDefaultAssumptions(assumptions)) state.assumptions = assumptions;
  // attacker=<profile>: a bad one is reported and no attacker replayed.
  const givenAttacker = one('attacker');
  if (givenAttacker !== undefined) {
    if ((ATTACKER_IDS as readonly string[]).includes(givenAttacker)) {
      if (givenAttacker !== 'none') state.attacker = givenAttacker as AttackerId;
    } else
      errors.push({
        field: 'attacker',
        given: givenAttacker,
        message: `must be one of ${ATTACKER_IDS.join(', ')}`,
      });
  }
  return { state, errors };
}

/** Whether every assumption is its default (a link then leaves them out). */
export function isDefaultAssumptions(a: Assumptions | undefined): boolean {
  return a === undefined || ASSUMPTION_KEYS.every((k) => a[k] === DEFAULT_ASSUMPTIONS[k]);
}

/**
 * Writes the state as a query string in a fixed order: every scenario field, the seed and the
 * step; the comparison, edited inputs and assumptions only when used.
 */
export function toQuery(
  state: Omit<LinkState, 'compare' | 'inputs' | 'assumptions' | 'attacker'> & {
    compare?: Scenario | null;
    inputs?: InputOverrides;
    assumptions?: Assumptions | undefined;
    attacker?: AttackerId | undefined;
  },
): string {
  const q = new URLSearchParams([
    ...SCENARIO_FIELDS.map((key) => [key, state.scenario[key]]),
    ['seed', state.seed],
    ['step', String(state.step)],
  ]);
  if (state.compare) {
    q.set('compare', 'on');
    for (const key of SCENARIO_FIELDS) q.set(`b.${key}`, state.compare[key]);
  }
  for (const name of INPUT_NAMES) {
    const value = state.inputs?.[name];
    if (value !== undefined) q.set(`in.${name}`, value);
  }
  const { assumptions } = state;
  if (assumptions && !isDefaultAssumptions(assumptions))
    for (const key of ASSUMPTION_KEYS) q.set(key, assumptions[key]);
  if (state.attacker && state.attacker !== 'none') q.set('attacker', state.attacker);
  return `?${q.toString()}`;
}
