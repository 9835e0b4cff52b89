import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { x25519PublicKey, x25519ScalarMult, x25519SharedSecret } from './x25519';
import { ALICE, BOB, SCALAR_MULT, SHARED } from './x25519.vectors';

describe('X25519 against RFC 7748', () => {
  for (const v of SCALAR_MULT)
    it(v.name, () => {
      expect(toHex(x25519ScalarMult(fromHex(v.k), fromHex(v.u)))).toBe(v.out);
    });

  it('§5.2 iterated: after 1 and 1,000 iterations', () => {
    let k = fromHex(`09${'00'.repeat(31)}`);
    let u = k;
    const after: Record<number, string> = {};
    for (let i = 1; i <= 1000; i++) {
      [k, u] = [x25519ScalarMult(k, u), k];
      if (i === 1 || i === 1000) after[i] = toHex(k);
    }
    expect(after).toEqual({
      1: '422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079',
      1000: '684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51',
    });
  });

  it('§6.1: public keys, and the same shared secret on both sides', () => {
    expect(toHex(x25519PublicKey(fromHex(ALICE.private)))).toBe(ALICE.public);
    expect(toHex(x25519PublicKey(fromHex(BOB.private)))).toBe(BOB.public);
    expect(toHex(x25519SharedSecret(fromHex(ALICE.private), fromHex(BOB.public)))).toBe(SHARED);
    expect(toHex(x25519SharedSecret(fromHex(BOB.private), fromHex(ALICE.public)))).toBe(SHARED);
  });

  it('refuses keys of the wrong length, naming which', () => {
    expect(() => x25519PublicKey(new Uint8Array(31))).toThrow(
      /private key must be 32 octets, not 31/,
    );
    expect(() => x25519SharedSecret(fromHex(ALICE.private), new Uint8Array(33))).toThrow(
      /peer’s public key must be 32 octets/,
    );
  });
});
