import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { allScenarios } from './scenario';
import { simulate } from './simulate';
import { opensslCommand, sFields, xxdCommand } from './reproduce';
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
