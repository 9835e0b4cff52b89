import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { diffTraces, type Difference } from './compare';

const at = (list: Difference[], step: number, actor?: string, value?: string) =>
  list.filter(
    (d) =>
      d.step === step &&
      (actor === undefined || d.actor === actor) &&
      (value === undefined || d.value === value),
  );

describe('diffTraces', () => {
  const calculated = simulate(DEFAULT_SCENARIO, 'cmp');
  const common = simulate({ ...DEFAULT_SCENARIO, mode: 'common' }, 'cmp');

  it('finds nothing between a trace and itself', () => {
    const d = diffTraces(calculated, calculated, 7);
    expect(d.steps.size).toBe(0);
    expect(Object.values(d.values).every((s) => s.size === 0)).toBe(true);
    expect(d.structural).toEqual([]);
    expect(d.bytes).toEqual([]);
  });

  it('marks the keying material between calculated and common', () => {
    const d = diffTraces(calculated, common, 7);
    expect(d.values.UE_1.has('Keying_material_1')).toBe(true);
    expect(d.values.UE_1.has('Keying_material_2')).toBe(true);
    expect(d.values.MME_1.has('Keying_material_1')).toBe(true);
    expect(d.values.UE_1.has('KD')).toBe(true);
    expect(d.values.UE_1.has('K_ASME_1')).toBe(false);
    // Messages 1 and 3 carry a NAS COUNT only in the calculated variant.
    expect(d.steps.has(1)).toBe(true);
    expect(d.steps.has(3)).toBe(true);
  });

  it('calls calculated against common structural: KD is calculated on one side, taken on the other', () => {
    const d = diffTraces(calculated, common, 7);
    const [kd] = at(d.structural, 7, 'UE_1', 'KD');
    expect(kd?.text).toBe(
      'KD at UE_1: calculated at step 7 from Keying_material_1, Keying_material_2, UE_1 ID, UE_2 ID on A; taken from Keying_material_2 at step 7 on B',
    );
    expect(d.kinds.UE_1.get('KD')).toBe('structural');
    expect(at(d.structural, 1).map((x) => x.text)).toContain(
      'Message 1 (UE_1 → MME_1): carries NAS COUNT (msg 1) (FFS, filled in by kdflow) on A only',
    );
    expect(at(d.structural, 2, 'MME_1', 'KD')[0]?.text).toBe(
      'KD at MME_1: held on B only (generated at step 2)',
    );
    // The common KD travels as Keying_material_1: the same message, other bytes.
    expect(at(d.bytes, 2, undefined, 'Keying_material_1')).toHaveLength(1);
    // Nothing is listed as both.
    const keys = (l: Difference[]) => l.map((x) => `${x.step} ${x.actor} ${x.value}`);
    for (const k of keys(d.bytes)) expect(keys(d.structural)).not.toContain(k);
  });

  it('gives only byte differences for the same scenario with another seed, in all 32 cases', () => {
    for (const scenario of allScenarios(['intended', 'literal'])) {
      const d = diffTraces(simulate(scenario, 'cmp'), simulate(scenario, 'other'), 7);
      expect(d.structural, JSON.stringify(scenario)).toEqual([]);
      expect(d.steps.size).toBe(0);
      expect(at(d.bytes, 0, 'UE_1', 'K_ASME_1')).toHaveLength(1);
      expect(d.kinds.UE_1.get('K_ASME_1')).toBe('bytes');
      expect(d.bytes.some((x) => x.value === 'KD' && x.actor === 'UE_2')).toBe(true);
    }
  });

  it('lists a difference once, at the step where it arises', () => {
    const d = diffTraces(calculated, simulate(DEFAULT_SCENARIO, 'other'), 10);
    // K_ASME_1 is held at UE_1 through all 11 steps, with other bytes at each.
    const kasme = d.bytes.filter((x) => x.actor === 'UE_1' && x.value === 'K_ASME_1');
    expect(kasme.map((x) => x.step)).toEqual([0]);
    expect(new Set(d.bytes.map((x) => x.text)).size).toBe(d.bytes.length);
    // Keying_material_1 arrives at MME_2 in message 2: the message says it, not MME_2 again.
    expect(at(d.bytes, 2, 'MME_2', 'Keying_material_1')).toEqual([]);
    expect(at(d.bytes, 2, undefined, 'Keying_material_1').map((x) => x.text)).toContain(
      'Message 2 (MME_1 → MME_2): carries Keying_material_1 with other bytes (A ' +
        `${calculated.steps[2]!.holdings.MME_1.find((v) => v.name === 'Keying_material_1')!.hex.slice(0, 8)}…, B ` +
        `${simulate(DEFAULT_SCENARIO, 'other')
          .steps[2]!.holdings.MME_1.find((v) => v.name === 'Keying_material_1')!
          .hex.slice(0, 8)}…)`,
    );
  });

  it('marks messages 5 and 6 between the two readings, as structural only', () => {
    const literal = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, 'cmp');
    const d = diffTraces(calculated, literal, 7);
    expect([...d.steps].sort()).toEqual([5, 6]);
    expect(d.values.UE_1.has('DKSI')).toBe(true);
    expect(new Set(d.structural.map((x) => x.step))).toEqual(new Set([5, 6]));
    expect(d.structural.map((x) => x.text)).toContain(
      'Message 6 (MME_1 → UE_1): carries DKSI on A only',
    );
    expect(d.kinds.UE_1.get('DKSI')).toBe('structural');
    expect(d.bytes).toEqual([]);
  });

  it('lists the old KD of rekeying once, not again when it is retired', () => {
    const rekeying = simulate({ ...DEFAULT_SCENARIO, trigger: '0a' }, 'cmp');
    const d = diffTraces(calculated, rekeying, 10);
    const old = d.structural.filter((x) => x.actor === 'UE_1' && x.value === 'KD_old');
    expect(old.map((x) => [x.step, x.text])).toEqual([
      [0, 'KD (old) at UE_1: held on B only (held before the procedure)'],
    ]);
    expect(at(d.structural, 8)[0]?.text).toBe(
      'Step 8: Direct Connection Request (UE_1 → UE_2) on A; Direct Rekeying Request (UE_1 → UE_2) on B',
    );
  });
});
