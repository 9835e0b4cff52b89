import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from './bytes';

/**
 * Builds the KDF input string S of TS 33.220 Annex B.2.0:
 * S = FC || P0 || L0 || P1 || L1 || … || Pn || Ln, where FC is one octet and Li is the length of
 * Pi in octets, encoded as two octets, big-endian.
 */
export function kdfInput(fc: number, params: readonly Uint8Array[]): Uint8Array {
  if (!Number.isInteger(fc) || fc < 0 || fc > 0xff)
    throw new RangeError(`FC must be one octet: ${fc}`);
  const parts: Uint8Array[] = [Uint8Array.of(fc)];
  for (const p of params) {
    // TS 33.220 B.2.0: Li is the two-octet length of Pi, so no Pi may exceed 65535 octets.
    if (p.length > 0xffff) throw new RangeError(`parameter longer than 65535 octets: ${p.length}`);
    parts.push(p, Uint8Array.of(p.length >> 8, p.length & 0xff));
  }
  return concatBytes(...parts);
}

/**
 * The generic 3GPP key derivation function of TS 33.220 Annex B.2: HMAC-SHA-256(Key, S) with S
 * built by {@link kdfInput}. Returns the full 256-bit output; callers that need a shorter key take
 * the least significant bits, as TS 33.401 A.7 does.
 */
export function kdf(key: Uint8Array, fc: number, params: Uint8Array[]): Uint8Array {
  return hmac(sha256, key, kdfInput(fc, params));
}

/** HMAC-SHA-256(Key, S) for an S given whole: the form the published vectors use. */
export function hmacSha256(key: Uint8Array, s: Uint8Array): Uint8Array {
  return hmac(sha256, key, s);
}
