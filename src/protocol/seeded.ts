import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from './bytes';

const SALT = utf8('kdflow/seeded-values/v1');

/**
 * Deterministic bytes for a named value under a text seed: HKDF-SHA-256 (RFC 5869) with the seed
 * as input keying material and the value's name as info. Each name draws its own stream, so adding
 * a value never shifts the others, and the same seed gives the same hex on every machine.
 */
export function seededBytes(seed: string, name: string, length: number): Uint8Array {
  return hkdf(sha256, utf8(seed), SALT, utf8(name), length);
}

/** A deterministic integer in [0, bound) for a named value; bound ≤ 256. */
export function seededSmallInt(seed: string, name: string, bound: number): number {
  return (seededBytes(seed, name, 1)[0] ?? 0) % bound;
}
