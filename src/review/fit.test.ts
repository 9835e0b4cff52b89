import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { checkFit, FIT_RULES, stepText } from './fit';

describe('fit rules', () => {
  it.each(FIT_RULES.map((r) => [r.id, r] as const))('%s quotes its step verbatim', (_id, r) => {
    expect(stepText(r.step)).toContain(r.quote);
  });

  it('flag “the calculated KD” in the common variant only', () => {
    const ids = (scheme: 'common' | 'kdf') =>
      checkFit({ ...DEFAULT_SCENARIO, scheme }).map((f) => f.id);
    expect(ids('common')).toContain('fit/calculated-kd');
    expect(ids('kdf')).not.toContain('fit/calculated-kd');
  });

  it('every rule bites in some scenario', () => {
    const fired = new Set(
      allScenarios(['intended', 'literal']).flatMap((s) => checkFit(s).map((f) => f.id)),
    );
    expect([...fired].sort()).toEqual(FIT_RULES.map((r) => r.id).sort());
  });

  it('every open point asks the meeting a question; every defect of wording carries its fix', () => {
    for (const r of FIT_RULES) {
      if (r.severity === 'open-point') expect(r.question, r.id).toMatch(/\?$/);
      if (r.fix) expect(r.fix.quote, r.id).toContain(r.fix.del);
    }
    expect(FIT_RULES.filter((r) => r.severity === 'defect').every((r) => r.fix)).toBe(true);
  });
});
