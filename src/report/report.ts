/**
 * The report of a run (issue #6, "Export report"): everything an implementer needs to use one run
 * as a test vector, as a plain JSON value. Built only from the page's state and the trace, with no
 * clock and no randomness, so the same run always gives the same bytes and a re-export of a
 * re-imported report is identical to the file it came from.
 */
import { toHex } from '../protocol/bytes';
import { CLAUSE_NUMBER, CLAUSE_TITLE } from '../protocol/clause';
import { INPUT_NAMES, type InputName } from '../protocol/inputs';
import { formulaOf } from '../protocol/formula';
import { SCENARIO_KEYS, scenarioOf, type Scenario } from '../protocol/scenario';
import type { Basis } from '../protocol/types';
import {
  ACTORS,
  type Actor,
  type Derivation,
  type HeldValue,
  type Provenance,
  type Trace,
  type TraceStep,
  type ValueName,
} from '../protocol/types';
import type { InputOverrides, LinkState } from '../store/deepLink';
import { inputsOf } from '../store/store';

export const REPORT_FORMAT = 'kdflow-report';
/**
 * 2: trigger 0a split into 0a-drr and 0a-dcr (0a ends at 9), bases and `missing` on parameters.
 * 3: the scenario's `mode` became `scheme` (kdf, common, dh); derivations say their `function`,
 * and X25519 ones have no FC or S; the X25519 scheme's private keys are inputs.
 */
export const REPORT_VERSION = 3;

const fcHex = (fc: number) => `0x${fc.toString(16).padStart(2, '0').toUpperCase()}`;

/**
 * What in this run is kdflow's and not the text's: each illustrative derivation the run used, as
 * its formula with its FC (from the scheme's data), and the steps of the PC5 continuation.
 */
export function illustrativeNote(trace: Trace): string {
  const used = new Map<string, Derivation>();
  for (const step of trace.steps)
    for (const values of Object.values(step.holdings))
      for (const v of values)
        if (v.provenance.kind === 'derived' && v.provenance.derivation.illustrative)
          used.set(v.provenance.derivation.use, v.provenance.derivation);
  const formulas = [...used.values()].map((d) => formulaOf(d, { fc: 'hex', concat: ' || ' }));
  const fcs = [
    ...new Set([...used.values()].flatMap((d) => (d.fn === 'kdf' ? [fcHex(d.fc)] : []))),
  ];
  const pc5 = trace.steps.filter((s) => s.def.part === 'continuation').map((s) => s.def.n);
  const scheme =
    formulas.length === 0
      ? ''
      : `Not standardised: FC ${fcs.join(', ')} and the formulas ${formulas.join('; ')} are kdflow’s illustrative scheme, where the TR leaves them FFS. `;
  const continuation =
    pc5.length === 0
      ? ''
      : `Steps ${pc5[0]}–${pc5[pc5.length - 1]} (PC5) are kdflow’s illustrative continuation after the clause.`;
  return `${scheme}${continuation}`.trim();
}
export const REPORT_KDF =
  'KDF(Key, S) = HMAC-SHA-256(Key, S), S = FC || P0 || L0 || P1 || L1 || … (TS 33.220 Annex B.2); Li is the two-octet length of Pi.';

export interface ReportProvenance {
  kind: Provenance['kind'];
  step?: number;
  from?: Actor;
  source?: ValueName;
  how?: string;
}

export interface ReportValue {
  name: ValueName;
  hex: string;
  provenance: ReportProvenance;
  retiredAt?: number;
}

/**
 * A derivation in the report: a KDF use with its FC and S, or an X25519 one, whose key is the
 * scalar and whose one parameter, if any, the peer's public key (none: the base point 9).
 */
export type ReportDerivation = {
  actor: Actor;
  output: ValueName;
  keyNames: ValueName[];
  key: string;
  params: { name: ValueName; hex: string }[];
  out: string;
  /** kdflow's choice (an unallocated FC, a made-up formula), as the scheme says. */
  illustrative: boolean;
} & (
  | {
      function: 'kdf';
      /** The function code, one octet in hex. */
      fc: string;
      s: string;
    }
  | { function: 'x25519' }
);

export interface ReportStep {
  n: number;
  /** The clause's own step, or kdflow's continuation after it. */
  part: TraceStep['def']['part'];
  kind: TraceStep['def']['kind'];
  title: string;
  from?: Actor;
  to?: Actor;
  link?: string;
  actors: Actor[];
  /** What a message carries, with the bytes its sender sent (null when the sender lacks it). */
  params: { name: ValueName; basis: Basis; missing?: true; hex: string | null }[];
  summary: string;
  reading?: string;
  holdings: Record<Actor, ReportValue[]>;
  derivations: ReportDerivation[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  clause: string;
  illustrative: string;
  kdf: string;
  scenario: Scenario;
  seed: string;
  /** The step the page was on. */
  step: number;
  /** The second scenario of the side-by-side view, or null. */
  compare: Scenario | null;
  /** Inputs edited away from the seed's values, as written in their fields and in `in.*`. */
  editedInputs: InputOverrides;
  /** Every input in use (edited or drawn from the seed), in hex. */
  inputs: Record<InputName, string>;
  steps: ReportStep[];
}

/** A scenario with its keys always in the same order. */
export { scenarioOf };

function provenanceOf(p: Provenance): ReportProvenance {
  switch (p.kind) {
    case 'held':
      return { kind: p.kind };
    case 'generated':
      return { kind: p.kind, step: p.step, how: p.how };
    case 'received':
      return { kind: p.kind, step: p.step, from: p.from };
    case 'derived':
      return { kind: p.kind, step: p.step };
    case 'copied':
      return { kind: p.kind, step: p.step, source: p.source, how: p.how };
  }
}

function valueOf(v: HeldValue): ReportValue {
  const out: ReportValue = { name: v.name, hex: v.hex, provenance: provenanceOf(v.provenance) };
  if (v.retiredAt !== undefined) out.retiredAt = v.retiredAt;
  return out;
}

function derivationOf(actor: Actor, d: Derivation): ReportDerivation {
  const common = {
    actor,
    output: d.output,
    keyNames: [...d.keyNames],
    key: toHex(d.key),
    params: d.params.map((p) => ({ name: p.name, hex: toHex(p.bytes) })),
    out: toHex(d.out),
    illustrative: d.illustrative,
  };
  return d.fn === 'kdf'
    ? { ...common, function: 'kdf', fc: d.fc.toString(16).padStart(2, '0'), s: toHex(d.s) }
    : { ...common, function: 'x25519' };
}

function stepOf({ def, holdings }: TraceStep): ReportStep {
  const sent = (name: ValueName) =>
    def.from ? (holdings[def.from].find((v) => v.name === name)?.hex ?? null) : null;
  const derivations: ReportDerivation[] = [];
  for (const actor of ACTORS)
    for (const v of holdings[actor])
      if (v.provenance.kind === 'derived' && v.provenance.step === def.n)
        derivations.push(derivationOf(actor, v.provenance.derivation));
  return {
    n: def.n,
    part: def.part,
    kind: def.kind,
    title: def.title,
    ...(def.from === undefined ? {} : { from: def.from }),
    ...(def.to === undefined ? {} : { to: def.to }),
    ...(def.link === undefined ? {} : { link: def.link }),
    actors: [...def.actors],
    // What a message carries; a calculation carries nothing (what it gives is in the holdings).
    params: (def.kind === 'message' ? def.params : []).map((p) => ({
      name: p.name,
      basis: p.basis,
      ...(p.missing ? { missing: true as const } : {}),
      hex: sent(p.name),
    })),
    summary: def.summary,
    ...(def.reading === undefined ? {} : { reading: def.reading }),
    holdings: Object.fromEntries(ACTORS.map((a) => [a, holdings[a].map(valueOf)])) as Record<
      Actor,
      ReportValue[]
    >,
    derivations,
  };
}

/**
 * The report of one run: the page's state (scenario, seed, step, comparison, edited inputs), every
 * input in use, and for every step of the run the message, what each actor holds and every derivation
 * with its key, S and output in hex. `trace` must be the trace of `state` (`traceOf`).
 */
export function buildReport(state: LinkState, trace: Trace): Report {
  const inUse = inputsOf(state.seed, state.inputs);
  const edited: InputOverrides = {};
  for (const name of INPUT_NAMES) {
    const text = state.inputs[name];
    if (text !== undefined) edited[name] = text;
  }
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    clause: `3GPP TR 33.cde clause ${CLAUSE_NUMBER} “${CLAUSE_TITLE}”, as changed by the pCR`,
    illustrative: illustrativeNote(trace),
    kdf: REPORT_KDF,
    scenario: scenarioOf(state.scenario),
    seed: state.seed,
    step: state.step,
    compare: state.compare ? scenarioOf(state.compare) : null,
    editedInputs: edited,
    inputs: Object.fromEntries(INPUT_NAMES.map((n) => [n, toHex(inUse[n])])) as Record<
      InputName,
      string
    >,
    steps: trace.steps.map(stepOf),
  };
}

/** The report file: 2-space indent and a trailing newline, keys in the order built above. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * `kdflow-report-<scenario>-<seed>`: the seed made filename-safe (letters, digits, `.`, `_`, `-`;
 * anything else becomes `-`), cut to 40 characters; an unusable seed leaves only the scenario.
 */
export function reportBaseName(state: Pick<LinkState, 'scenario' | 'seed'>): string {
  const s = state.scenario;
  const seed = state.seed
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40)
    .replace(/[-.]+$/, '');
  const parts = [
    'kdflow-report',
    ...SCENARIO_KEYS.map((k) => (k === 'refresh' ? `refresh-${s[k]}` : s[k])),
  ];
  return [...parts, ...(seed === '' ? [] : [seed])].join('-');
}
