import { fromHex, toHex } from './bytes';
import { seededBytes, seededSmallInt } from './seeded';

/** How each input is written and checked. Every input is bytes; `int` ones are one octet. */
export interface InputSpec {
  label: string;
  kind: 'hex' | 'int';
  /** Octets, for hex inputs. */
  octets: number;
  /** For int inputs: the range. */
  min?: number;
  max?: number;
  /** The rule, said to a user whose text breaks it. */
  rule: string;
}

const hex = (label: string, octets: number, what = ''): InputSpec => ({
  label,
  kind: 'hex',
  octets,
  rule: `${octets * 2} hex digits (${octets} octets)${what}`,
});

/** The inputs of one run, in the order the editor shows them. */
export const INPUT_SPECS = {
  K_ASME_1: hex('K_ASME_1', 32),
  K_ASME_2: hex('K_ASME_2', 32),
  UE_1_ID: hex('UE_1 ID', 3),
  UE_2_ID: hex('UE_2 ID', 3),
  EXP_code: hex('EXP code', 8),
  connection_identity: hex('connection identity', 4),
  new_connection_identity: hex('new connection identity', 4),
  NAS_COUNT_1: hex('NAS COUNT (msg 1)', 4, ', the first octet 00: a COUNT is 24 bits'),
  NAS_COUNT_2: hex('NAS COUNT (msg 3)', 4, ', the first octet 00: a COUNT is 24 bits'),
  DKSI: {
    label: 'DKSI',
    kind: 'int',
    octets: 1,
    min: 0,
    max: 6,
    rule: 'a whole number from 0 to 6 (7 means “no key”)',
  },
  Nonce_1: hex('Nonce_1', 16),
  Nonce_2: hex('Nonce_2', 16),
  common_KD: hex('common KD (common variant)', 32),
  DH_private_1: hex('DH_private_1 (X25519 scheme)', 32),
  DH_private_2: hex('DH_private_2 (X25519 scheme)', 32),
  KD_old: hex('KD in use before (0a)', 32),
  DKSI_old: {
    label: 'DKSI in use before (0a)',
    kind: 'int',
    octets: 1,
    min: 0,
    max: 6,
    rule: 'a whole number from 0 to 6',
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUT_SPECS;
export const INPUT_NAMES = Object.keys(INPUT_SPECS) as InputName[];

/** The random-looking inputs of one run. */
export type Inputs = Record<InputName, Uint8Array>;

/** Checks a typed input: its bytes, or what is wrong with it. Never throws. */
export function parseInput(
  name: InputName,
  text: string,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } {
  const spec: InputSpec = INPUT_SPECS[name];
  const t = text.trim();
  const fail = (why: string) => ({
    ok: false as const,
    problem: `${spec.label} must be ${spec.rule}; ${why}`,
  });
  if (t === '') return fail('it is empty');
  if (spec.kind === 'int') {
    if (!/^\d+$/.test(t)) return fail(`“${t}” is not a whole number`);
    const n = Number(t);
    if (n < (spec.min ?? 0) || n > (spec.max ?? 255)) return fail(`${t} is out of range`);
    return { ok: true, bytes: Uint8Array.of(n) };
  }
  const bad = /[^0-9a-fA-F]/.exec(t);
  if (bad) return fail(`“${bad[0]}” is not a hex digit`);
  if (t.length !== spec.octets * 2) return fail(`it has ${t.length}`);
  const bytes = fromHex(t.toLowerCase());
  if (name.startsWith('NAS_COUNT') && bytes[0] !== 0) return fail('the first octet is not 00');
  return { ok: true, bytes };
}

/** How an input is written in its field and in the URL. */
export function formatInput(name: InputName, bytes: Uint8Array): string {
  return INPUT_SPECS[name].kind === 'int' ? String(bytes[0] ?? 0) : toHex(bytes);
}

/** A NAS COUNT is 24 bits (overflow || SQN) carried in 32: the top octet is zero. */
function nasCount(bytes: Uint8Array): Uint8Array {
  const c = Uint8Array.from(bytes);
  c[0] = 0;
  return c;
}

/** Draws every input from the seed; the same seed gives the same bytes everywhere. */
export function seededInputs(seed: string): Inputs {
  const draw = (name: InputName): Uint8Array => {
    const spec: InputSpec = INPUT_SPECS[name];
    // DKSI is 3 bits like NAS KSI; 7 means "no key", so UE_2 picks from 0–6.
    if (spec.kind === 'int') return Uint8Array.of(seededSmallInt(seed, name, (spec.max ?? 6) + 1));
    const bytes = seededBytes(seed, name === 'common_KD' ? 'common_KD' : name, spec.octets);
    return name.startsWith('NAS_COUNT') ? nasCount(bytes) : bytes;
  };
  return Object.fromEntries(INPUT_NAMES.map((n) => [n, draw(n)])) as Inputs;
}

/** Fresh random inputs from the platform's CSPRNG (crypto.getRandomValues). */
export function randomInputs(random: (b: Uint8Array) => Uint8Array): Inputs {
  const draw = (name: InputName): Uint8Array => {
    const spec: InputSpec = INPUT_SPECS[name];
    const bytes = random(new Uint8Array(spec.octets));
    if (spec.kind === 'int') return Uint8Array.of((bytes[0] ?? 0) % ((spec.max ?? 6) + 1));
    return name.startsWith('NAS_COUNT') ? nasCount(bytes) : bytes;
  };
  return Object.fromEntries(INPUT_NAMES.map((n) => [n, draw(n)])) as Inputs;
}
