import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes';
import { allScenarios } from './scenario';
import { simulate } from './simulate';
import {
  opensslCommand,
  sFields,
  x25519OpensslCommand,
  x25519PublicKeyOpensslCommand,
  xxdCommand,
} from './reproduce';
import { ALICE, BOB, SHARED } from './x25519.vectors';
import type { Derivation } from './types';

function derivations(): Derivation[] {
  const out = new Map<string, Derivation>();
  for (const scenario of allScenarios())
    for (const step of simulate(scenario, 'reproduce').steps)
      for (const values of Object.values(step.holdings))
        for (const v of values)
          if (v.provenance.kind === 'derived')
            out.set(toHex(v.provenance.derivation.s) + v.name, v.provenance.derivation);
  return [...out.values()];
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

const run = (command: string) =>
  /([0-9a-f]{64})\s*$/.exec(execFileSync('sh', ['-c', command], { encoding: 'utf8' }))?.[1];

describe('reproducing a derivation', () => {
  const all = derivations();
  it('finds Keying_material, KD, KD-sess, K_int and the PC5 MAC derivations to check', () => {
    expect(new Set(all.map((d) => d.output))).toEqual(
      new Set([
        'Keying_material_1',
        'Keying_material_2',
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
    for (const d of all)
      expect(
        sFields(d)
          .map((f) => f.hex)
          .join(''),
      ).toBe(toHex(d.s));
  });

  it.runIf(hasOpenssl)('the openssl commands print the output, byte for byte', () => {
    for (const d of all.slice(0, 6)) {
      expect(run(opensslCommand(d))).toBe(toHex(d.out));
      expect(run(xxdCommand(d))).toBe(toHex(d.out));
    }
  });
});

describe('reproducing X25519 with openssl', () => {
  // The commands write their DER files in the current folder: run them in a scratch one.
  const runIn = (command: string) =>
    execFileSync('sh', ['-c', command], { encoding: 'utf8', cwd: tmpdir() }).trim();

  it.runIf(hasOpenssl)('openssl pkeyutl -derive prints the §6.1 shared secret', () => {
    expect(runIn(x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public)))).toBe(SHARED);
    expect(runIn(x25519OpensslCommand(fromHex(BOB.private), fromHex(ALICE.public)))).toBe(SHARED);
  });

  it.runIf(hasOpenssl)('openssl pkey prints the §6.1 public key', () => {
    expect(runIn(x25519PublicKeyOpensslCommand(fromHex(ALICE.private)))).toBe(ALICE.public);
  });

  it('wraps the raw keys in the DER that openssl reads (RFC 8410)', () => {
    const cmd = x25519OpensslCommand(fromHex(ALICE.private), fromHex(BOB.public));
    expect(cmd).toMatch(/^printf '(\\\d{3})+' > x25519-private\.der && /);
    expect(cmd).toContain('openssl pkeyutl -derive -keyform DER -inkey x25519-private.der');
  });
});
