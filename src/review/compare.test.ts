import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { diffTraces } from './compare';

describe('diffTraces', () => {
  const calculated = simulate(DEFAULT_SCENARIO, 'cmp');
  const common = simulate({ ...DEFAULT_SCENARIO, mode: 'common' }, 'cmp');

  it('finds nothing between a trace and itself', () => {
    const d = diffTraces(calculated, calculated, 7);
    expect(d.steps.size).toBe(0);
    expect(Object.values(d.values).every((s) => s.size === 0)).toBe(true);
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

  it('marks messages 5 and 6 between the two readings', () => {
    const literal = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, 'cmp');
    const d = diffTraces(calculated, literal, 7);
    expect([...d.steps].sort()).toEqual([5, 6]);
    expect(d.values.UE_1.has('DKSI')).toBe(true);
  });
});
