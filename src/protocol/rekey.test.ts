import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { kdf } from './kdf';
import { rekeyContrast, type RekeyColumn, type RekeyRow } from './rekey';
import { allScenarios, DEFAULT_SCENARIO } from './scenario';
import { FC_KD_SESS } from './scheme';
import { seededBytes } from './seeded';
import { lastStep, simulate } from './simulate';

const rekeying = allScenarios(['intended', 'literal']).filter((s) => s.trigger === '0a-drr');

describe('rekeyContrast', () => {
  it('is null for trigger 0b and for 0a-dcr: no KD was in use before', () => {
    expect(rekeyContrast(simulate({ ...DEFAULT_SCENARIO, trigger: '0b' }, 'rk'))).toBeNull();
    expect(rekeyContrast(simulate({ ...DEFAULT_SCENARIO, trigger: '0a-dcr' }, 'rk'))).toBeNull();
  });

  for (const scenario of rekeying) {
    const name = `${scenario.scheme}/${scenario.peer}/refresh=${scenario.refresh}/${scenario.reading}`;
    it(`${name}: a fresh KD and DKSI here, a fresh KD-sess only under Direct Rekeying`, () => {
      const trace = simulate(scenario, `rk-${name}`);
      const c = rekeyContrast(trace);
      if (!c) throw new Error('no contrast for 0a-drr');
      const at = (row: RekeyRow, column: RekeyColumn) => {
        const cell = c.rows.find((r) => r.row === row)?.cells[column];
        if (!cell) throw new Error(`no cell ${row}/${column}`);
        return cell;
      };
      const step0 = (n: string) => trace.steps[0]?.holdings.UE_1.find((v) => v.name === n)?.hex;

      // Before: what both UEs held at step 0.
      expect(at('KD', 'before').hex).toBe(step0('KD_old'));
      expect(at('DKSI', 'before').hex).toBe(step0('DKSI_old'));
      expect(at('KD_sess', 'before').hex).toBe(step0('KD_sess_old'));
      expect(at('Nonce_1', 'before').hex).not.toBeNull();

      // This procedure: a new KD under a new DKSI, and so a new KD-sess.
      expect(at('KD', 'procedure').hex).toBe(
        trace.steps[7]?.holdings.UE_2.find((v) => v.name === 'KD')?.hex,
      );
      expect(at('KD', 'procedure').changed).toBe(true);
      expect(at('KD', 'procedure').hex).not.toBe(at('KD', 'before').hex);
      expect(at('DKSI', 'procedure').changed).toBe(true);
      expect(at('DKSI', 'procedure').hex).not.toBe(at('DKSI', 'before').hex);
      expect(at('KD_sess', 'procedure').changed).toBe(true);

      // Direct Rekeying alone: the same KD and DKSI, fresh nonces, a new KD-sess.
      expect(at('KD', 'sess-only')).toMatchObject({ hex: step0('KD_old'), changed: false });
      expect(at('DKSI', 'sess-only')).toMatchObject({ hex: step0('DKSI_old'), changed: false });
      expect(at('Nonce_1', 'sess-only').changed).toBe(true);
      expect(at('Nonce_2', 'sess-only').changed).toBe(true);
      expect(at('KD_sess', 'sess-only').changed).toBe(true);
      expect(at('KD_sess', 'sess-only').hex).not.toBe(at('KD_sess', 'procedure').hex);

      // KD-sess' recomputed here with the bare KDF: KDF(KD_old, FC, Nonce_1', Nonce_2').
      const n1 = seededBytes(trace.seed, 'Nonce_1_rekey', 16);
      const n2 = seededBytes(trace.seed, 'Nonce_2_rekey', 16);
      expect(at('Nonce_1', 'sess-only').hex).toBe(toHex(n1));
      expect(at('Nonce_2', 'sess-only').hex).toBe(toHex(n2));
      const kdOld = trace.steps[0]?.holdings.UE_1.find((v) => v.name === 'KD_old')?.bytes;
      if (!kdOld) throw new Error('no KD_old');
      expect(at('KD_sess', 'sess-only').hex).toBe(toHex(kdf(kdOld, FC_KD_SESS, [n1, n2])));
      expect(toHex(c.sessOnly.out)).toBe(at('KD_sess', 'sess-only').hex);

      // Make-before-break: the old KD, DKSI and KD-sess are retired at both UEs at the last step,
      // once the new KD-sess is agreed, and not at 7 where the new KD is first held.
      for (const actor of ['UE_1', 'UE_2'] as const)
        for (const value of ['KD_old', 'DKSI_old', 'KD_sess_old'] as const)
          expect(c.retired).toContainEqual({ actor, value, step: lastStep(scenario) });
      expect(c.retired).toHaveLength(6);
    });
  }
});
