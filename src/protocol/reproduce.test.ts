import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { hasOpenssl, runInScratch } from './openssl.testkit';
import { allScenarios } from './scenario';
import { simulate } from './simulate';
import {
  derivationCommand,
  opensslCommand,
  sFields,
  x25519OpensslCommand,
  x25519PublicKeyOpensslCommand,
  xxdCommand,
} from './reproduce';
import { ALICE, BOB, SHARED } from './x25519.vectors';
import type { Derivation, KdfDerivation } from './types';

/** Every distinct derivation of every scenario's run, X25519 ones included. */
function derivations(): Derivation[] {
  const out = new Map<string, Derivation>();
  for (const scenario of allScenarios())
    for (const step of simulate(scenario, 'reproduce').steps)
      for (const values of Object.values(step.holdings))
        for (const v of values)
          if (v.provenance.kind === 'derived')
            out.set(
              `${v.provenance.derivation.use} ${toHex(v.provenance.derivation.out)}`,
              v.provenance.derivation,
            );
  return [...out.values()];
}
const kdfUses = (all: Derivation[]) => all.filter((d): d is KdfDerivation => d.fn === 'kdf');

const run = (command: string) => /([0-9a-f]{64})$/.exec(runInScratch(command))?.[1];

describe('reproducing a derivation', () => {
  const all = derivations();
  it('finds Keying_material, DH_shared, KD, KD-sess, K_int and the PC5 MAC derivations to check', () => {
    expect(new Set(all.map((d) => d.output))).toEqual(
      new Set([
        'Keying_material_1',
        'Keying_material_2',
        'DH_shared',
        'KD',
        'KD_sess',
        'K_int',
        'MAC_command',
        'XMAC_command',
        'MAC_complete',
        'XMAC_complete',
      ]),
    );
  });

  it('breaks S into FC, Pi and Li that concatenate back to S', () => {
    for (const d of kdfUses(all))
      expect(
        sFields(d)
          .map((f) => f.hex)
          .join(''),
      ).toBe(toHex(d.s));
  });

  it.runIf(hasOpenssl)('the openssl commands print the output, byte for byte', () => {
    for (const d of kdfUses(all).slice(0, 6)) {
      expect(run(opensslCommand(d))).toBe(toHex(d.out));
      expect(run(xxdCommand(d))).toBe(toHex(d.out));
    }
  });

  it.runIf(hasOpenssl)(
    'the inspector’s command of each X25519 derivation (public keys, both shared secrets) prints its output',
    () => {
      const x = all.filter((d) => d.fn === 'x25519');
      // Both public keys and DH_shared at each UE, in one run at least.
      expect(new Set(x.map((d) => `${d.use}`))).toEqual(
        new Set(['keying-material-1', 'keying-material-2', 'dh-shared-1', 'dh-shared-2']),
      );
      for (const d of x.slice(0, 8)) expect(run(derivationCommand(d))).toBe(toHex(d.out));
      // A KDF use gets the HMAC command.
      const [k] = kdfUses(all);
      expect(derivationCommand(k!)).toBe(opensslCommand(k!));
    },
  );
});

describe('reproducing X25519 with openssl', () => {
  // The commands write their DER files in the current folder: run them in a scratch one.

  it.runIf(hasOpenssl)('openssl pkeyutl -derive prints the §6.1 shared secret', () => {
    expect(runInScratch(x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public)))).toBe(
      SHARED,
    );
    expect(runInScratch(x25519OpensslCommand(fromHex(BOB.private), fromHex(ALICE.public)))).toBe(
      SHARED,
    );
  });

  it.runIf(hasOpenssl)('openssl pkey prints the §6.1 public key', () => {
    expect(runInScratch(x25519PublicKeyOpensslCommand(fromHex(ALICE.private)))).toBe(ALICE.public);
  });

  it('wraps the raw keys in the DER that openssl reads (RFC 8410)', () => {
    const cmd = x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public));
    expect(cmd).toMatch(/^printf '(\\\d{3})+' > x25519-private\.der && /);
    expect(cmd).toContain('openssl pkeyutl -derive -keyform DER -inkey x25519-private.der');
  });
});
