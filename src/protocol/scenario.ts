/**
 * The scenario of clause 6.3.4.3.2's procedure: one choice per field of procedure/fields.ts, the
 * one list of fields and choices. Every combination is a valid run.
 */
import { FIELDS } from './procedure/fields';

type Field = (typeof FIELDS)[number];
type ValuesOf<K extends Field['key']> = Extract<Field, { key: K }>['choices'][number]['value'];

/**
 * The key establishment scheme (scheme.ts). `kdf`: each UE receives the opposite peer's keying
 * material and calculates KD (kdflow's KDF). `common`: MME_1 and MME_2 agree on one KD and send
 * it; Keying_material_1 = Keying_material_2 = KD. `dh`: as `kdf`, with X25519 public keys as the
 * keying material, so that the MMEs cannot compute KD.
 */
export type SchemeId = ValuesOf<'scheme'>;
/**
 * Step 0: alternative a, UE_1 has received a Direct Rekeying Request (`0a-drr`, the UEs are
 * connected) or a Direct Connection Request (`0a-dcr`, no link yet); or b, UE_1 wants to connect.
 */
export type Trigger = ValuesOf<'trigger'>;
/** How UE_1 names UE_2 in message 1. */
export type Peer = ValuesOf<'peer'>;
/** Whether UE_2 refreshes its connection identity in message 4 when it already has one. */
export type Refresh = ValuesOf<'refresh'>;
/**
 * How messages 5 and 6 are read. `literal`: they carry "the parameters received in message 2",
 * exactly as written. `intended`: message 5 carries what UE_2 sent in message 4 and message 6 what
 * MME_1 received in message 5, which is what the flow needs.
 */
export type Reading = ValuesOf<'reading'>;

export interface Scenario {
  scheme: SchemeId;
  trigger: Trigger;
  peer: Peer;
  refresh: Refresh;
  reading: Reading;
}

export type ScenarioKey = keyof Scenario;

/** The scenario's fields, in the order a scenario lists them (and the URL writes them). */
export const SCENARIO_KEYS: readonly ScenarioKey[] = FIELDS.map((f) => f.key);

const choicesOf = <K extends ScenarioKey>(key: K) =>
  FIELDS.find((f) => f.key === key)!.choices.map(
    (c) => c.value,
  ) as unknown as readonly Scenario[K][];

/** The choices of each scenario field, in the order a scenario lists its fields. */
export const SCENARIO_CHOICES: { readonly [K in ScenarioKey]: readonly Scenario[K][] } = {
  scheme: choicesOf('scheme'),
  trigger: choicesOf('trigger'),
  peer: choicesOf('peer'),
  refresh: choicesOf('refresh'),
  reading: choicesOf('reading'),
};
export const SCHEMES = SCENARIO_CHOICES.scheme;
export const TRIGGERS = SCENARIO_CHOICES.trigger;
export const READINGS = SCENARIO_CHOICES.reading;

export const DEFAULT_SCENARIO: Scenario = {
  scheme: 'kdf',
  trigger: '0b',
  peer: 'connection-identity',
  refresh: 'no',
  reading: 'intended',
};

export const DEFAULT_SEED = 'kdflow';

/**
 * The choice a given text names in a field: the choice itself, or what an old alias of it now
 * opens as (`trigger=0a` → `0a-drr`); undefined when it names none.
 */
export function readChoice<K extends ScenarioKey>(key: K, given: string): Scenario[K] | undefined {
  const field = FIELDS.find((f) => f.key === key);
  const aliases: Readonly<Record<string, string>> =
    field && 'aliases' in field ? field.aliases : {};
  const value = aliases[given] ?? given;
  return (SCENARIO_CHOICES[key] as readonly string[]).includes(value)
    ? (value as Scenario[K])
    : undefined;
}

/** A scenario with its keys always in field order (for reports and links). */
export function scenarioOf(s: Scenario): Scenario {
  return Object.fromEntries(SCENARIO_KEYS.map((k) => [k, s[k]])) as unknown as Scenario;
}

/** Every combination of the other fields under each of the given readings (intended by default). */
export function allScenarios(readings: readonly Reading[] = ['intended']): Scenario[] {
  let out: Partial<Scenario>[] = [{}];
  for (const key of SCENARIO_KEYS) {
    const choices: readonly string[] = key === 'reading' ? readings : SCENARIO_CHOICES[key];
    out = out.flatMap((s) => choices.map((c) => ({ ...s, [key]: c })));
  }
  // The reading varies slowest, so that each reading's cases come together.
  return (out as Scenario[]).sort(
    (x, y) => readings.indexOf(x.reading) - readings.indexOf(y.reading),
  );
}

/** A scenario in one line, its choices in field order: `kdf/0b/exp-code/no/intended`. */
export function scenarioName(s: Scenario): string {
  return SCENARIO_KEYS.map((k) => s[k]).join('/');
}

/** A scenario in one line, each field by its picker's label and short choice. */
export function describeScenario(s: Scenario): string {
  return FIELDS.map(
    (f) => `${f.label} ${f.choices.find((c) => c.value === s[f.key])?.short ?? s[f.key]}`,
  ).join(' · ');
}

/** Step 0 alternative a, in either form: UE_1 has received a PC5 request from UE_2. */
export const receivedRequest = (s: Scenario): boolean => s.trigger !== '0b';
/** Alternative a after a Direct Rekeying Request: the UEs hold a KD, DKSI and KD-sess in use. */
export const rekeying = (s: Scenario): boolean => s.trigger === '0a-drr';

/**
 * UE_2 sends a new connection identity in message 4 "if there was not one in message 3 or it wants
 * to refresh its connection identity": with an EXP code there never was one, so it must.
 */
export function sendsNewConnectionIdentity(scenario: Scenario): boolean {
  return scenario.peer === 'exp-code' || scenario.refresh === 'yes';
}
