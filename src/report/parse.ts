/**
 * Reads a report file back into the page's state. A file is taken only if it is exactly a run
 * kdflow would make: its fields are checked one by one (with the URL's rules), then the run is
 * computed again from them and every recorded value must match. A hand-edited or corrupt file is
 * refused with the first thing that is wrong, named; nothing is ever half loaded.
 */
import { formatInput, INPUT_NAMES, parseInput, type InputName } from '../protocol/inputs';
import { lastStep } from '../protocol/simulate';
import { readChoice, SCENARIO_CHOICES, type Scenario } from '../protocol/scenario';
import { seedProblem, stepProblem, type InputOverrides, type LinkState } from '../store/deepLink';
import { traceOf } from '../store/store';
import { buildReport, REPORT_FORMAT, REPORT_VERSION } from './report';
import { firstDifference, quote } from './verify';

/** Files above this size are refused before they are read: a report is about 100 kB. */
export const REPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ReportReading = { ok: true; state: LinkState } | { ok: false; problem: string };

/** Why a file of this size is refused, or null. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= REPORT_MAX_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `the file is too large (${mb(bytes)}); a kdflow report is at most ${mb(REPORT_MAX_BYTES)}`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Refused extends Error {}
function refuse(problem: string): never {
  throw new Refused(problem);
}

const CHOICES = SCENARIO_CHOICES;

/** What changed since an earlier report version, said to the person whose file it is. */
const EARLIER: Readonly<Record<number, string>> = {
  1: 'before the flow was corrected (trigger 0a split in two, 0a ending at step 9)',
  2: 'before the X25519 scheme (its “mode” is now “scheme”, and its derivations name their function)',
};

function readScenario(v: unknown, field: string): Scenario {
  const fields = Object.entries(CHOICES) as [keyof Scenario, readonly string[]][];
  if (!isObject(v))
    refuse(
      `${field} must be an object with ${fields.map(([k]) => k).join(', ')}; it is ${quote(v)}`,
    );
  const out = {} as Record<keyof Scenario, string>;
  for (const [key, choices] of fields) {
    const given = v[key];
    const value = typeof given === 'string' ? readChoice(key, given) : undefined;
    if (value === undefined)
      refuse(`${field}.${key} must be one of ${choices.join(', ')}; it is ${quote(given)}`);
    out[key] = value;
  }
  return out as Scenario;
}

function readEdited(v: unknown): InputOverrides {
  if (!isObject(v)) refuse(`editedInputs must be an object; it is ${quote(v)}`);
  const known: readonly string[] = INPUT_NAMES;
  const out: InputOverrides = {};
  for (const [name, text] of Object.entries(v)) {
    if (!known.includes(name))
      refuse(`editedInputs has ${quote(name)}, which is not an input of kdflow`);
    if (typeof text !== 'string') refuse(`editedInputs.${name} must be text; it is ${quote(text)}`);
    const parsed = parseInput(name as InputName, text);
    if (!parsed.ok) refuse(`editedInputs.${name}: ${parsed.problem}`);
    out[name as InputName] = formatInput(name as InputName, parsed.bytes);
  }
  return out;
}

function readState(data: unknown): LinkState {
  if (!isObject(data))
    refuse(
      `it is not a kdflow report: it is JSON, but not an object with "format": "${REPORT_FORMAT}"`,
    );
  const d = data;
  if (!('format' in d)) refuse('it is not a kdflow report: it has no "format" field');
  if (d.format !== REPORT_FORMAT)
    refuse(`it is not a kdflow report: "format" is ${quote(d.format)}, not "${REPORT_FORMAT}"`);
  if (typeof d.version === 'number' && Number.isInteger(d.version) && d.version > REPORT_VERSION)
    refuse(
      `it was written by a newer kdflow (report version ${d.version}); this page reads version ${REPORT_VERSION}`,
    );
  if (typeof d.version === 'number' && Number.isInteger(d.version) && d.version < REPORT_VERSION)
    refuse(
      `it was written by an earlier kdflow (report version ${d.version}), ${EARLIER[d.version] ?? EARLIER[1]}; open its link (old links still open) or export the run again`,
    );
  if (d.version !== REPORT_VERSION)
    refuse(`version must be ${REPORT_VERSION}; it is ${quote(d.version)}`);
  const scenario = readScenario(d.scenario, 'scenario');
  const seed = d.seed;
  if (typeof seed !== 'string') refuse(`seed must be text; it is ${quote(seed)}`);
  const badSeed = seedProblem(seed);
  if (badSeed !== null) refuse(`seed ${badSeed}`);
  const step = d.step;
  const badStep =
    typeof step === 'number' && Number.isInteger(step)
      ? stepProblem(String(step), scenario)
      : `must be a whole number from 0 to ${lastStep(scenario)}`;
  if (badStep !== null || typeof step !== 'number') refuse(`step ${badStep}; it is ${quote(step)}`);
  const compare = d.compare === null ? null : readScenario(d.compare, 'compare');
  return { scenario, seed, step, compare, inputs: readEdited(d.editedInputs) };
}

/**
 * Reads a report's text: the state it records, or the first problem, said so that a person can
 * fix or replace the file (it names the field, or the step, actor and value that differ).
 * Never throws.
 */
export function parseReport(text: string): ReportReading {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge !== null) return { ok: false, problem: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: `it is not JSON (${why})` };
  }
  try {
    const state = readState(data);
    const run = buildReport(state, traceOf(state.scenario, state.seed, state.inputs));
    const d = data as Json;
    const diff = firstDifference(
      { inputs: d.inputs, steps: d.steps },
      { inputs: run.inputs, steps: run.steps },
    );
    if (diff !== null)
      return {
        ok: false,
        problem: `it does not match the run it describes: at ${diff.where}, the file has ${diff.file} where this run gives ${diff.run}. The file was edited or is corrupt`,
      };
    return { ok: true, state };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, problem: err.message };
    throw err;
  }
}
