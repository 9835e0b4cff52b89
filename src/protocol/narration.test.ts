import { describe, expect, it } from 'vitest';
import { PREAMBLE, STEP_SENTENCES } from './clause';
import { narrate } from './narration';
import { allScenarios } from './scenario';
import { lastStep, simulate } from './simulate';
import type { ValueName } from './types';

const CASES = allScenarios(['intended', 'literal', 'strict']);
const caseName = (s: (typeof CASES)[number]) =>
  `${s.scheme} ${s.trigger} ${s.peer} refresh=${s.refresh} ${s.reading}`;

/** How the narration spells the values it names. */
const SPOKEN: [string, ValueName][] = [
  ['Keying_material_1', 'Keying_material_1'],
  ['Keying_material_2', 'Keying_material_2'],
  ['Nonce_1', 'Nonce_1'],
  ['Nonce_2', 'Nonce_2'],
  ['KD-sess', 'KD_sess'],
  ['K_ASME_1', 'K_ASME_1'],
  ['K_ASME_2', 'K_ASME_2'],
];

describe('narrate', () => {
  it('has a narration for every step of every trace, and none past its last step', () => {
    for (const scenario of CASES) {
      const trace = simulate(scenario, 'kdflow');
      for (const step of trace.steps) expect(narrate(scenario, step.def.n)).not.toBe('');
      expect(narrate(scenario, lastStep(scenario) + 1)).toBe('');
    }
  });

  describe.each(CASES.map((s) => [caseName(s), s] as const))('%s', (_, scenario) => {
    const trace = simulate(scenario, 'kdflow');
    const holds = (n: number, value: ValueName) =>
      Object.values(trace.steps[n]!.holdings).some((vs) => vs.some((v) => v.name === value));
    const ueHolds = (n: number, ue: 'UE_1' | 'UE_2', value: ValueName) =>
      trace.steps[n]!.holdings[ue].some((v) => v.name === value);

    it.each(trace.steps.map((s) => [s.def.n]))('step %i is told in its own words', (n) => {
      const text = narrate(scenario, n);
      expect(text.length).toBeGreaterThan(40);
      // Separate from the verbatim clause: no sentence of the clause is repeated.
      for (const s of [...PREAMBLE, ...(STEP_SENTENCES[n] ?? [])])
        expect(text).not.toContain(s.text);
      // Every value it names is held by someone once the step is done.
      for (const [spoken, name] of SPOKEN)
        if (new RegExp(`${spoken}(?![\\w-])`).test(text)) expect(holds(n, name), spoken).toBe(true);
    });

    it('says where the DKSI ends up, as the trace has it', () => {
      const uesHoldDksi = ueHolds(7, 'UE_1', 'DKSI') && ueHolds(7, 'UE_2', 'DKSI');
      expect(narrate(scenario, 7).includes('named by the DKSI')).toBe(uesHoldDksi);
      expect(narrate(scenario, 6).includes('never reaches it')).toBe(!ueHolds(6, 'UE_1', 'DKSI'));
    });

    it('says calculated or established as the trace does', () => {
      const kd = trace.steps[7]!.holdings.UE_1.find((v) => v.name === 'KD');
      const text = narrate(scenario, 7);
      // Read strictly, UE_1 may have no KD at all: then the narration says it cannot make one.
      if (kd === undefined) expect(text).toMatch(/cannot|neither device can/);
      else expect(text.includes('not calculated')).toBe(kd.provenance.kind !== 'derived');
      if (kd?.provenance.kind === 'derived') expect(text).toContain('illustrative');
    });

    it('mentions a new connection identity exactly where the trace has one', () => {
      const told = (n: number) =>
        /new connection identity|refreshes its connection identity/.test(narrate(scenario, n));
      expect(told(4)).toBe(ueHolds(4, 'UE_2', 'new_connection_identity'));
      expect(told(6)).toBe(ueHolds(6, 'UE_1', 'new_connection_identity'));
    });

    it('tells of the old KD being retired only when rekeying, at the last step', () => {
      // Make-before-break: the old KD and KD-sess stay in use until the new KD-sess is agreed.
      const last = trace.steps.length - 1;
      const retired = trace.steps[last]!.holdings.UE_1.some((v) => v.retiredAt === last);
      expect(retired).toBe(scenario.trigger === '0a-drr');
      expect(narrate(scenario, last).includes('retire')).toBe(retired);
      for (const step of trace.steps.slice(0, last))
        expect(narrate(scenario, step.def.n)).not.toMatch(/\bretired\b/);
    });
  });

  it('is empty for a step that does not exist', () => {
    expect(narrate(CASES[0]!, 99)).toBe('');
  });
});
