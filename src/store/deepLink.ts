/**
 * The page's state as a URL query: `mode`, `trigger`, `peer`, `refresh`, `reading`, `seed`, `step`. Parsing
 * never throws: a bad field is reported by name and falls back to its default, the rest is kept.
 */
import {
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  MODES,
  PEERS,
  READINGS,
  REFRESHES,
  TRIGGERS,
  type Scenario,
} from '../protocol/scenario';

export const LAST_STEP = 7;
export const SEED_MAX_LENGTH = 200;

export interface LinkState {
  scenario: Scenario;
  seed: string;
  step: number;
}

export type Field = keyof Scenario | 'seed' | 'step';

export interface FieldError {
  field: Field;
  /** The offending text exactly as given (shown verbatim, never interpreted). */
  given: string;
  message: string;
}

export const DEFAULT_LINK: LinkState = { scenario: DEFAULT_SCENARIO, seed: DEFAULT_SEED, step: 0 };

/** Why a seed cannot be used, or null when it can. Shared by the URL and the seed input. */
export function seedProblem(seed: string): string | null {
  if (seed.trim() === '') return 'must not be empty';
  if ([...seed].length > SEED_MAX_LENGTH) return `must be at most ${SEED_MAX_LENGTH} characters`;
  return null;
}

/** Why a step is out of range, or null. */
export function stepProblem(text: string): string | null {
  if (!/^\d+$/.test(text)) return `must be a whole number from 0 to ${LAST_STEP}`;
  if (Number(text) > LAST_STEP) return `must be from 0 to ${LAST_STEP}`;
  return null;
}

const CHOICES = {
  mode: MODES,
  trigger: TRIGGERS,
  peer: PEERS,
  refresh: REFRESHES,
  reading: READINGS,
} as const;
const SCENARIO_FIELDS = Object.keys(CHOICES) as (keyof Scenario)[];

/** Reads a query string (with or without the leading `?`). */
export function parseQuery(search: string): { state: LinkState; errors: FieldError[] } {
  const q = new URLSearchParams(search);
  const errors: FieldError[] = [];
  const one = (field: Field): string | undefined => {
    const all = q.getAll(field);
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

  const scenario: Scenario = { ...DEFAULT_SCENARIO };
  for (const field of SCENARIO_FIELDS) {
    const given = one(field);
    if (given === undefined) continue;
    const choices: readonly string[] = CHOICES[field];
    if (choices.includes(given)) (scenario as Record<typeof field, string>)[field] = given;
    else errors.push({ field, given, message: `must be one of ${choices.join(', ')}` });
  }

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
    const problem = stepProblem(givenStep);
    if (problem === null) step = Number(givenStep);
    else errors.push({ field: 'step', given: givenStep, message: problem });
  }
  return { state: { scenario, seed, step }, errors };
}

/** Writes the state as a query string, every field present, in a fixed order. */
export function toQuery(state: LinkState): string {
  const q = new URLSearchParams({
    mode: state.scenario.mode,
    trigger: state.scenario.trigger,
    peer: state.scenario.peer,
    refresh: state.scenario.refresh,
    reading: state.scenario.reading,
    seed: state.seed,
    step: String(state.step),
  });
  return `?${q.toString()}`;
}
