import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { unmetFindings, unmetNeeds } from './needs';
import { reviewFindings } from './review';

const name = (s: Scenario) => Object.values(s).join('/');
const kdAt = (s: Scenario, ue: 'UE_1' | 'UE_2') =>
  simulate(s, 'needs').steps[7]!.holdings[ue].some((v) => v.name === 'KD');

describe('the strict reading: what the text itself delivers', () => {
  it.each(allScenarios(['strict']).map((s) => [name(s), s] as const))('%s', (_n, scenario) => {
    const trace = simulate(scenario, 'needs');
    // Every message of the clause carries only what the text names.
    for (const step of trace.steps.filter((s) => s.def.part === 'clause'))
      for (const p of step.def.params) expect(p.basis, `${step.def.n} ${p.name}`).toBe('named');
    const unmet = unmetNeeds(trace).filter((u) => u.value === 'KD');
    // "3. MME_2 sends UE_2 the connection identity or EXP code": no keying material, so UE_2
    // cannot establish KD in either variant; it is told at message 3, the last to reach it.
    const ue2 = unmet.find((u) => u.actor === 'UE_2');
    expect(ue2).toMatchObject({ step: 7, lastMessage: 3 });
    expect(ue2?.missing).toContain('Keying_material_1');
    expect(kdAt(scenario, 'UE_2')).toBe(false);
    // "6. MME_1 sends UE_1 the parameters received in message 2": calculated (the KDF or the
    // X25519 scheme), UE_1 lacks Keying_material_2; common, message 2's Keying_material_1 is the
    // common KD, so UE_1 has it.
    const ue1 = unmet.find((u) => u.actor === 'UE_1');
    if (scenario.scheme !== 'common') {
      expect(ue1).toMatchObject({ step: 7, lastMessage: 6 });
      expect(ue1?.missing).toContain('Keying_material_2');
      expect(kdAt(scenario, 'UE_1')).toBe(false);
    } else {
      expect(ue1).toBeUndefined();
      expect(kdAt(scenario, 'UE_1')).toBe(true);
    }
    // The review reports it as a defect at message 3, said once (not again at step 7).
    const found = reviewFindings(trace);
    expect(found).toContainEqual(
      expect.objectContaining({
        id: 'never-gets/UE_2/KD',
        step: 3,
        severity: 'defect',
        source: 'computed',
      }),
    );
    expect(found.map((f) => f.id)).not.toContain('uses-missing/7/UE_2/KD');
    expect(found.map((f) => f.id)).not.toContain('never-reaches/UE_2/KD');
  });

  it('the intended and literal readings fill in what the text leaves FFS: both UEs make KD', () => {
    for (const scenario of allScenarios(['intended', 'literal'])) {
      expect(unmetNeeds(simulate(scenario, 'needs')), name(scenario)).toEqual([]);
      expect(kdAt(scenario, 'UE_1') && kdAt(scenario, 'UE_2')).toBe(true);
    }
  });

  it('says what is missing and where it should have come', () => {
    const [finding] = unmetFindings(
      simulate({ ...DEFAULT_SCENARIO, reading: 'strict' }, 'needs'),
    ).filter((f) => f.actor === 'UE_2');
    expect(finding?.text).toMatch(
      /^UE_2 cannot make KD at step 7: it never gets Keying_material_1.*\(message 3, the last to reach it before, does not carry/,
    );
  });
});

describe('severity comes from the text, not the reading', () => {
  it('a finding has the same severity in every reading it appears in', () => {
    const seen = new Map<string, string>();
    for (const scenario of allScenarios(['intended', 'literal', 'strict']))
      for (const f of reviewFindings(simulate(scenario, 'sev'))) {
        const key = `${f.id} ${scenario.scheme} ${scenario.trigger} ${scenario.peer} ${scenario.refresh}`;
        const before = seen.get(key);
        if (before !== undefined) expect(f.severity, key).toBe(before);
        seen.set(key, f.severity);
      }
  });

  it('the wrong message references of 5 and 6 are defects in every reading', () => {
    for (const reading of ['intended', 'literal', 'strict'] as const) {
      const found = reviewFindings(simulate({ ...DEFAULT_SCENARIO, reading }, 'sev'));
      for (const id of ['fit/message-2-in-5', 'fit/message-2-in-6'])
        expect(found.find((f) => f.id === id)?.severity, `${reading} ${id}`).toBe('defect');
    }
  });
});
