/**
 * The one store of the page. State and actions live together and every write goes through
 * `update`, so that validation and the URL follow from one place. The trace is not stored: it is
 * derived from the scenario and seed by `traceOf`, which memoises the last few runs.
 */
import { createStore } from 'zustand/vanilla';
import { SCENARIO_KEYS, type Scenario } from '../protocol/scenario';
import { runOf, type AttackerId } from '../protocol/attacks';
import { lastStep, replay } from '../protocol/simulate';
import {
  formatInput,
  INPUT_NAMES,
  parseInput,
  randomInputs,
  seededInputs,
  type InputName,
  type Inputs,
} from '../protocol/inputs';
import type { Trace } from '../protocol/types';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../protocol/procedure/links';
import {
  DEFAULT_LINK,
  defaultComparison,
  seedProblem,
  type FieldError,
  type InputOverrides,
  type LinkState,
} from './deepLink';

export const PLAY_SPEEDS_MS = [2000, 1200, 700, 400] as const;

export interface KdflowState extends Omit<LinkState, 'assumptions' | 'attacker'> {
  /** Who knows what's protection assumptions, always all of them (the link leaves defaults out). */
  assumptions: Assumptions;
  /** The attacker replayed: the page shows its run and its outcome (`none`: the honest run). */
  attacker: AttackerId;
  /** The seed input's text as typed; may be invalid, in which case `seed` keeps the last good one. */
  seedDraft: string;
  seedError: string | null;
  /** Problems found in the URL the page was opened with (or navigated to). */
  linkErrors: FieldError[];
  playing: boolean;
  playIntervalMs: number;
  /** Each input field's text as typed, where it differs from the value in use. */
  inputDrafts: Partial<Record<InputName, string>>;
  /** Why a typed input cannot be used; the last good value stays in use meanwhile. */
  inputErrors: Partial<Record<InputName, string>>;
  /** Presenter mode: only the figure, the two UEs' keys and the step's caption, in large type. */
  presenting: boolean;
  /** The keyboard shortcuts dialog. */
  helpOpen: boolean;
}

export interface KdflowActions {
  setScenario(patch: Partial<Scenario>): void;
  /** Turns the side-by-side view on (with the other variant) or off. */
  toggleCompare(): void;
  setComparison(patch: Partial<Scenario>): void;
  /** Switches who knows what's protection assumptions (the MME–MME link, the ESR). */
  setAssumptions(patch: Partial<Assumptions>): void;
  /** Replays the run with an attacker profile (or none). */
  setAttacker(attacker: AttackerId): void;
  typeSeed(text: string): void;
  goTo(step: number): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  togglePlay(): void;
  setPlayInterval(ms: number): void;
  /** One play speed faster or slower, stopping at the ends of PLAY_SPEEDS_MS. */
  faster(): void;
  slower(): void;
  setPresenting(on: boolean): void;
  setHelpOpen(open: boolean): void;
  /** Edits one input: a good value is used at once, a bad one is kept as typed with its problem. */
  typeInput(name: InputName, text: string): void;
  /** Fresh random values for every input, from crypto.getRandomValues. */
  randomizeInputs(): void;
  /** Back to the values the seed gives. */
  resetInputs(): void;
  /** Replaces the state with one read from a URL, with the problems found in it. */
  load(state: LinkState, errors: FieldError[]): void;
  dismissLinkErrors(): void;
}

export type KdflowStore = KdflowState & KdflowActions;

/** A step number within the scenario's steps (their count is the procedure's). */
const clampStep = (n: number, scenario: Scenario) =>
  Math.min(lastStep(scenario), Math.max(0, Math.trunc(n)));

/** The play interval one speed up (+1: shorter) or down (-1), from the nearest listed speed. */
function nextSpeed(ms: number, by: 1 | -1): number {
  const at = PLAY_SPEEDS_MS.findIndex((s) => s <= ms);
  const index = at === -1 ? PLAY_SPEEDS_MS.length - 1 : at;
  const to = Math.min(PLAY_SPEEDS_MS.length - 1, Math.max(0, index + by));
  return PLAY_SPEEDS_MS[to] ?? ms;
}

export function initialState(
  link: LinkState = DEFAULT_LINK,
  errors: FieldError[] = [],
): KdflowState {
  return {
    ...link,
    assumptions: link.assumptions ?? DEFAULT_ASSUMPTIONS,
    attacker: link.attacker ?? 'none',
    seedDraft: link.seed,
    seedError: null,
    linkErrors: errors,
    playing: false,
    playIntervalMs: PLAY_SPEEDS_MS[1],
    inputDrafts: {},
    inputErrors: {},
    presenting: false,
    helpOpen: false,
  };
}

export function createKdflowStore(init: KdflowState = initialState()) {
  return createStore<KdflowStore>()((set, get) => {
    const update = (patch: Partial<KdflowState>) => set(patch);
    return {
      ...init,
      setScenario: (patch) => {
        const scenario = { ...get().scenario, ...patch };
        update({ scenario, step: clampStep(get().step, scenario) });
      },
      toggleCompare: () => {
        const { compare, scenario } = get();
        update({ compare: compare ? null : defaultComparison(scenario) });
      },
      setComparison: (patch) => {
        const { compare, scenario } = get();
        update({ compare: { ...(compare ?? defaultComparison(scenario)), ...patch } });
      },
      setAssumptions: (patch) => update({ assumptions: { ...get().assumptions, ...patch } }),
      setAttacker: (attacker) => update({ attacker }),
      typeSeed: (text) => {
        const problem = seedProblem(text);
        update(
          problem === null
            ? { seedDraft: text, seed: text, seedError: null }
            : { seedDraft: text, seedError: problem },
        );
      },
      goTo: (step) => update({ step: clampStep(step, get().scenario) }),
      next: () => {
        const { step, playing, scenario } = get();
        update({
          step: clampStep(step + 1, scenario),
          playing: playing && step + 1 < lastStep(scenario),
        });
      },
      previous: () => update({ step: clampStep(get().step - 1, get().scenario), playing: false }),
      first: () => update({ step: 0, playing: false }),
      last: () => update({ step: lastStep(get().scenario), playing: false }),
      togglePlay: () => {
        const { playing, step, scenario } = get();
        // Play from the start when at the end, as a media player does.
        const atEnd = step >= lastStep(scenario);
        update(playing ? { playing: false } : { playing: true, step: atEnd ? 0 : step });
      },
      setPlayInterval: (ms) => update({ playIntervalMs: ms }),
      faster: () => update({ playIntervalMs: nextSpeed(get().playIntervalMs, 1) }),
      slower: () => update({ playIntervalMs: nextSpeed(get().playIntervalMs, -1) }),
      setPresenting: (on) => update({ presenting: on }),
      setHelpOpen: (open) => update({ helpOpen: open }),
      typeInput: (name, text) => {
        const { inputs, inputDrafts, inputErrors } = get();
        const parsed = parseInput(name, text);
        const drafts = { ...inputDrafts, [name]: text };
        const problems = { ...inputErrors };
        if (parsed.ok) {
          delete problems[name];
          update({
            inputs: { ...inputs, [name]: formatInput(name, parsed.bytes) },
            inputDrafts: drafts,
            inputErrors: problems,
          });
        } else
          update({ inputDrafts: drafts, inputErrors: { ...problems, [name]: parsed.problem } });
      },
      randomizeInputs: () => {
        const fresh = randomInputs((b) => crypto.getRandomValues(b));
        const inputs = Object.fromEntries(
          INPUT_NAMES.map((n) => [n, formatInput(n, fresh[n])]),
        ) as InputOverrides;
        update({ inputs, inputDrafts: {}, inputErrors: {} });
      },
      resetInputs: () => update({ inputs: {}, inputDrafts: {}, inputErrors: {} }),
      load: (state, errors) =>
        update({
          ...state,
          assumptions: state.assumptions ?? DEFAULT_ASSUMPTIONS,
          attacker: state.attacker ?? 'none',
          seedDraft: state.seed,
          seedError: null,
          linkErrors: errors,
          playing: false,
          inputDrafts: {},
          inputErrors: {},
        }),
      dismissLinkErrors: () => update({ linkErrors: [] }),
    };
  });
}

const cache = new Map<string, Trace>();

/** The seed's inputs with the edited ones put over them. */
export function inputsOf(seed: string, overrides: InputOverrides): Inputs {
  const inputs = seededInputs(seed);
  for (const name of INPUT_NAMES) {
    const text = overrides[name];
    if (text === undefined) continue;
    const parsed = parseInput(name, text);
    if (parsed.ok) inputs[name] = parsed.bytes;
  }
  return inputs;
}

/**
 * The trace for a scenario, seed and edited inputs, memoised so that selectors return a stable
 * object.
 */
export function traceOf(
  scenario: Scenario,
  seed: string,
  overrides: InputOverrides = {},
  attacker: AttackerId = 'none',
): Trace {
  // A passive attacker replays the honest run: the same trace object as no attacker.
  const replayed = runOf(attacker);
  const key = JSON.stringify([
    ...SCENARIO_KEYS.map((k) => scenario[k]),
    seed,
    INPUT_NAMES.map((n) => overrides[n] ?? null),
    replayed,
  ]);
  let trace = cache.get(key);
  if (!trace) {
    trace = replay(replayed, scenario, seed, inputsOf(seed, overrides));
    if (cache.size >= 32) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, trace);
  }
  return trace;
}
