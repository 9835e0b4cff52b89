/**
 * Generated and mutated query strings for fuzzing the deep-link parser (unit tests) and the page
 * (e2e). Deterministic for a given tag: a failure can be replayed.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { ATTACKER_IDS } from '../protocol/attacks';
import { utf8 } from '../protocol/bytes';
import { FIELDS as PROCEDURE_FIELDS } from '../protocol/procedure/fields';
import { ASSUMPTION_CHOICES } from '../protocol/procedure/links';
import { allScenarios, SCENARIO_CHOICES, SCENARIO_KEYS } from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';

/** The scenario fields' former names that still open (`mode`), from the procedure's fields. */
const FORMER: Record<string, string> = Object.fromEntries(
  PROCEDURE_FIELDS.flatMap((f) => ('formerKeys' in f ? f.formerKeys.map((k) => [k, f.key]) : [])),
);

const FIELDS = [
  ...SCENARIO_KEYS,
  ...Object.keys(FORMER),
  'seed',
  'step',
  'compare',
  'b.scheme',
  'b.trigger',
  'b.reading',
  'in.K_ASME_1',
  'in.DKSI',
  'in.UE_1_ID',
  's10',
  'esr',
  'attacker',
  'unknown',
];
/** Each scenario field's old names that still open (`trigger=0a`), from the procedure's fields. */
const ALIASES: Record<string, string[]> = Object.fromEntries(
  PROCEDURE_FIELDS.map((f) => [f.key, 'aliases' in f ? Object.keys(f.aliases) : []]),
);
/** The last steps the scenarios have (0a ends at 9, 0b at 10), from the procedure. */
const LAST_STEPS = [...new Set(allScenarios().map(lastStep))].map(String);
const GOOD: Record<string, readonly string[]> = {
  // The scenario fields' choices and aliases, from the procedure.
  ...Object.fromEntries(
    SCENARIO_KEYS.map((key) => [key, [...SCENARIO_CHOICES[key], ...(ALIASES[key] ?? [])]]),
  ),
  // A former name takes its field's choices and aliases.
  ...Object.fromEntries(
    Object.entries(FORMER).map(([former, key]) => [
      former,
      [...SCENARIO_CHOICES[key as keyof typeof SCENARIO_CHOICES], ...(ALIASES[key] ?? [])],
    ]),
  ),
  seed: ['demo', 'a b', '🔑'],
  step: ['0', '5', ...LAST_STEPS],
  compare: ['on', 'off'],
  'b.scheme': ['common'],
  'b.trigger': [...SCENARIO_CHOICES.trigger, ...(ALIASES.trigger ?? [])],
  'b.reading': ['literal'],
  'in.K_ASME_1': ['ab'.repeat(32)],
  'in.DKSI': ['3'],
  'in.UE_1_ID': ['a1b2c3'],
  // Who knows what's assumptions, from the procedure's links.
  s10: ASSUMPTION_CHOICES.s10,
  esr: ASSUMPTION_CHOICES.esr,
  attacker: ATTACKER_IDS,
  unknown: ['x'],
};
const NASTY = [
  '',
  ' ',
  '%',
  '%E0%A4%A',
  '%zz',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '-1',
  '1e3',
  '11',
  '7.5',
  'NaN',
  'COMMON',
  '0A',
  '\u202e',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '../../etc/passwd',
  '{{7*7}}',
  '${7*7}',
  '#59;',
  'x'.repeat(300),
  '9'.repeat(40),
];

/** A small deterministic PRNG: SHA-256 in counter mode over the tag. */
function rng(tag: string): () => number {
  let counter = 0;
  let pool: Uint8Array = new Uint8Array(0);
  let at = 0;
  return () => {
    if (at + 4 > pool.length) {
      pool = sha256(utf8(`${tag}/${counter++}`));
      at = 0;
    }
    const v =
      ((pool[at]! << 24) | (pool[at + 1]! << 16) | (pool[at + 2]! << 8) | pool[at + 3]!) >>> 0;
    at += 4;
    return v / 2 ** 32;
  };
}

export function fuzzQueries(count: number, tag: string): string[] {
  const r = rng(tag);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 6);
    for (let j = 0; j < n; j++) {
      const field = pick(FIELDS);
      const roll = r();
      let value: string;
      if (roll < 0.45) value = pick(GOOD[field] ?? ['x']);
      else if (roll < 0.8) value = pick(NASTY);
      else {
        // random bytes, percent-encoded or raw
        const len = Math.floor(r() * 12);
        value = Array.from({ length: len }, () =>
          String.fromCharCode(Math.floor(r() * 0x3000)),
        ).join('');
      }
      const encoded = r() < 0.85 ? encodeURIComponent(value) : value.replace(/[&#=]/g, '');
      parts.push(`${field}=${encoded}`);
      if (r() < 0.08) parts.push(`${field}=${encodeURIComponent(pick(GOOD[field] ?? ['x']))}`);
    }
    out.push(`?${parts.join('&')}`);
  }
  return out;
}
