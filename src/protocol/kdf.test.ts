import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { hmacSha256, kdf, kdfInput } from './kdf';
import vectors from './kdf-vectors.json';

interface Vector {
  name: string;
  key_hex: string;
  s_hex: string;
  expected_hex: string;
  params?: Record<string, string>;
}

/** Splits S = FC || P0 || L0 || … || Pn || Ln back into FC and the Pi, reading from the end. */
function splitS(s: Uint8Array): { fc: number; params: Uint8Array[] } {
  const params: Uint8Array[] = [];
  let end = s.length;
  while (end > 1) {
    const len = ((s[end - 2] ?? 0) << 8) | (s[end - 1] ?? 0);
    const start = end - 2 - len;
    if (start < 1) throw new Error('S does not parse as FC || (Pi || Li)*');
    params.unshift(s.slice(start, end - 2));
    end = start;
  }
  return { fc: s[0] ?? -1, params };
}

const table = vectors as Vector[];

describe('HMAC-SHA-256 over the whole S, every shared vector', () => {
  it.each(table.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    expect(toHex(hmacSha256(fromHex(v.key_hex), fromHex(v.s_hex)))).toBe(v.expected_hex);
  });
});

describe('kdf(key, FC, [P0..Pn]) on the vectors that are KDF uses', () => {
  const kdfVectors = table.filter((v) => v.params?.['FC'] !== undefined);
  it('has KDF-shaped vectors to check', () => expect(kdfVectors.length).toBeGreaterThanOrEqual(3));
  it.each(kdfVectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const s = fromHex(v.s_hex);
    const { fc, params } = splitS(s);
    expect(fc.toString(16).padStart(2, '0')).toBe(v.params?.['FC']);
    expect(toHex(kdfInput(fc, params))).toBe(v.s_hex);
    expect(toHex(kdf(fromHex(v.key_hex), fc, params))).toBe(v.expected_hex);
  });
});

describe('kdfInput encoding (TS 33.220 B.2.0)', () => {
  it('writes each Li as two big-endian octets', () => {
    const p = new Uint8Array(0x0102);
    const s = kdfInput(0x7f, [p]);
    expect(s.length).toBe(1 + 0x0102 + 2);
    expect(toHex(s.slice(-2))).toBe('0102');
  });
  it('rejects an FC that is not one octet and a Pi longer than 65535', () => {
    expect(() => kdfInput(256, [])).toThrow(RangeError);
    expect(() => kdfInput(1, [new Uint8Array(0x10000)])).toThrow(RangeError);
  });
});

describe('the vendored vectors', () => {
  const shared = fileURLToPath(
    new URL('../../../shared/reference/kdf-vectors.json', import.meta.url),
  );
  it.runIf(existsSync(shared))('match ../shared/reference/kdf-vectors.json', () => {
    expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(vectors);
  });
});
