import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { x25519OpensslCommand, x25519PublicKeyOpensslCommand } from './reproduce';
import { x25519PublicKey, x25519ScalarMult, x25519SharedSecret } from './x25519';

/** RFC 7748 §5.2, the two single scalar multiplications. */
const SCALAR_MULT = [
  {
    name: '§5.2 vector 1',
    k: 'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
    u: 'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
    out: 'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
  },
  {
    // u has its top bit set: X25519 masks it (RFC 7748 §5).
    name: '§5.2 vector 2',
    k: '4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d',
    u: 'e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493',
    out: '95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957',
  },
];

/** RFC 7748 §6.1, Alice and Bob. */
const ALICE = {
  private: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
  public: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
};
const BOB = {
  private: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
  public: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
};
const SHARED = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';

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

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

describe('reproducing X25519 with openssl', () => {
  const run = (command: string) =>
    execFileSync('sh', ['-c', command], { encoding: 'utf8', cwd: process.env['TMPDIR'] ?? '/tmp' })
      .trim()
      .split('\n')
      .at(-1);

  it.runIf(hasOpenssl)('openssl pkeyutl -derive prints the §6.1 shared secret', () => {
    expect(run(x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public)))).toBe(SHARED);
    expect(run(x25519OpensslCommand(fromHex(BOB.private), fromHex(ALICE.public)))).toBe(SHARED);
  });

  it.runIf(hasOpenssl)('openssl pkey prints the §6.1 public key', () => {
    expect(run(x25519PublicKeyOpensslCommand(fromHex(ALICE.private)))).toBe(ALICE.public);
  });

  it('wraps the raw keys in the DER that openssl reads (RFC 8410)', () => {
    const cmd = x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public));
    expect(cmd).toMatch(/^printf '(\\\d{3})+' > x25519-private\.der && /);
    expect(cmd).toContain('openssl pkeyutl -derive -keyform DER -inkey x25519-private.der');
  });
});
