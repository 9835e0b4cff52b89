import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { lastStep, simulate } from '../protocol/simulate';
import type { Trace } from '../protocol/types';
import { diffTraces, type Difference } from './compare';

const at = (list: Difference[], step: number, actor?: string, value?: string) =>
  list.filter(
    (d) =>
      d.step === step &&
      (actor === undefined || d.actor === actor) &&
      (value === undefined || d.value === value),
  );

/** The number of the step with the given procedure id in a trace (it varies with the trigger). */
const numberOf = (trace: Trace, id: string) => {
  const step = trace.steps.find((s) => s.def.id === id);
  if (!step) throw new Error(`no step ${id} in this scenario`);
  return step.def.n;
};

const BOTH_READINGS = allScenarios(['intended', 'literal']);

describe('diffTraces', () => {
  const calculated = simulate(DEFAULT_SCENARIO, 'cmp');
  const common = simulate({ ...DEFAULT_SCENARIO, scheme: 'common' }, 'cmp');
  const clauseLast = calculated.clauseLast;

  it('finds nothing between a trace and itself', () => {
    const d = diffTraces(calculated, calculated, clauseLast);
    expect(d.steps.size).toBe(0);
    expect(Object.values(d.values).every((s) => s.size === 0)).toBe(true);
    expect(d.structural).toEqual([]);
    expect(d.bytes).toEqual([]);
  });

  it('marks the keying material between calculated and common', () => {
    const d = diffTraces(calculated, common, clauseLast);
    expect(d.values.UE_1.has('Keying_material_1')).toBe(true);
    expect(d.values.UE_1.has('Keying_material_2')).toBe(true);
    expect(d.values.MME_1.has('Keying_material_1')).toBe(true);
    expect(d.values.UE_1.has('KD')).toBe(true);
    expect(d.values.UE_1.has('K_ASME_1')).toBe(false);
    // The NAS COUNTs feed the keying material in the calculated variant only; each is kept at
    // both ends (UE and its MME) and carried by no message.
    expect(d.values.UE_1.has('NAS_COUNT_1')).toBe(true);
    expect(d.values.MME_1.has('NAS_COUNT_1')).toBe(true);
    expect(d.values.UE_2.has('NAS_COUNT_2')).toBe(true);
    expect(d.values.MME_2.has('NAS_COUNT_2')).toBe(true);
    // "even following the same message flow": messages 1 to 6 are the same in both variants;
    // only step 7 differs (KD calculated, or established).
    expect([...d.steps]).toEqual([clauseLast]);
  });

  it('KDF against X25519: messages 1 and 4 carry the public keys, the MMEs receive them, KD comes from DH_shared', () => {
    const dh = simulate({ ...DEFAULT_SCENARIO, scheme: 'dh' }, 'cmp');
    const d = diffTraces(calculated, dh, clauseLast);
    // The same steps, but messages 1 and 4 carry one more parameter (step 7 reads the same; how
    // its KD is calculated differs, below).
    expect([...d.steps].sort((x, y) => x - y)).toEqual([1, 4]);
    const texts = d.structural.map((x) => x.text);
    expect(texts).toContain(
      'Message 1 (UE_1 → MME_1): carries Keying_material_1 (FFS, filled in by kdflow) on B only',
    );
    expect(texts).toContain(
      'Message 4 (UE_2 → MME_2): carries Keying_material_2 (FFS, filled in by kdflow) on B only',
    );
    expect(texts).toContain('DH_private_1 at UE_1: held on B only (generated at step 1)');
    expect(texts).toContain(
      'Keying_material_1 at MME_1: calculated at step 2 from K_ASME_1, NAS COUNT (msg 1) on A; received in message 1 from UE_1 on B',
    );
    expect(at(d.structural, clauseLast, 'UE_2', 'KD')[0]?.text).toBe(
      'KD at UE_2: calculated at step 7 from Keying_material_1, Keying_material_2, UE_1 ID, UE_2 ID on A; calculated at step 7 from DH_shared, UE_1 ID, UE_2 ID, Keying_material_1, Keying_material_2 on B',
    );
    // No private key, DH_shared or KD is marked at an MME at step 7: neither side has them there.
    for (const v of ['DH_private_1', 'DH_shared', 'KD'] as const)
      expect(d.values.MME_1.has(v), v).toBe(false);
    // Messages 2, 3, 5 and 6 carry the same parameters with other bytes.
    expect(d.bytes.filter((x) => x.text.startsWith('Message ')).map((x) => x.step)).toEqual(
      expect.arrayContaining([2, 3, 5, 6]),
    );
  });

  it('calls calculated against common structural: KD is calculated on one side, taken on the other', () => {
    const d = diffTraces(calculated, common, clauseLast);
    const [kd] = at(d.structural, clauseLast, 'UE_1', 'KD');
    expect(kd?.text).toBe(
      'KD at UE_1: calculated at step 7 from Keying_material_1, Keying_material_2, UE_1 ID, UE_2 ID on A; taken from Keying_material_2 at step 7 on B',
    );
    expect(d.kinds.UE_1.get('KD')).toBe('structural');
    // The NAS COUNT of message 1 is held at both ends on A only, and message 1 is the same.
    expect(at(d.structural, 1).map((x) => x.text)).toEqual(
      expect.arrayContaining([
        'NAS COUNT (msg 1) at UE_1: held on A only (generated at step 1)',
        'NAS COUNT (msg 1) at MME_1: held on A only (generated at step 1)',
      ]),
    );
    expect(at(d.structural, 1).every((x) => x.actor !== undefined)).toBe(true);
    expect(d.structural.some((x) => x.value?.startsWith('NAS_COUNT') && !x.actor)).toBe(false);
    expect(at(d.structural, 2, 'MME_1', 'KD')[0]?.text).toBe(
      'KD at MME_1: held on B only (generated at step 2)',
    );
    // The common KD travels as Keying_material_1: the same message, other bytes.
    expect(at(d.bytes, 2, undefined, 'Keying_material_1')).toHaveLength(1);
    // Nothing is listed as both.
    const keys = (l: Difference[]) => l.map((x) => `${x.step} ${x.actor} ${x.value}`);
    for (const k of keys(d.bytes)) expect(keys(d.structural)).not.toContain(k);
  });

  it(`gives only byte differences for the same scenario with another seed, in all ${BOTH_READINGS.length} cases`, () => {
    for (const scenario of BOTH_READINGS) {
      const a = simulate(scenario, 'cmp');
      const d = diffTraces(a, simulate(scenario, 'other'), a.clauseLast);
      expect(d.structural, JSON.stringify(scenario)).toEqual([]);
      expect(d.steps.size).toBe(0);
      expect(at(d.bytes, 0, 'UE_1', 'K_ASME_1')).toHaveLength(1);
      expect(d.kinds.UE_1.get('K_ASME_1')).toBe('bytes');
      expect(d.bytes.some((x) => x.value === 'KD' && x.actor === 'UE_2')).toBe(true);
    }
    // 96 runs: give a loaded machine time.
  }, 30_000);

  it('lists a difference once, at the step where it arises', () => {
    const d = diffTraces(
      calculated,
      simulate(DEFAULT_SCENARIO, 'other'),
      lastStep(DEFAULT_SCENARIO),
    );
    // K_ASME_1 is held at UE_1 through every step, with other bytes at each.
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

  it('marks messages 5 and 6 between the two readings, and the DKSI UE_1 lacks on PC5, as structural only', () => {
    const literal = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, 'cmp');
    const d = diffTraces(calculated, literal, clauseLast);
    // Under the literal reading UE_1 never gets the DKSI, so its PC5 message carries it missing.
    const pc5 = numberOf(literal, 'pc5-request');
    const dksi = (t: Trace) => t.steps[pc5]!.def.params.find((p) => p.name === 'DKSI');
    expect(dksi(calculated)).toEqual({ name: 'DKSI', basis: 'named' });
    expect(dksi(literal)).toEqual({ name: 'DKSI', basis: 'named', missing: true });
    // The PC5 MACs cover the DKSI: UE_1 cannot make its own XMAC of the Command, and the
    // Complete carries its MAC missing.
    const smc = numberOf(literal, 'security-mode-command');
    const complete = numberOf(literal, 'security-mode-complete');
    expect([...d.steps].sort((x, y) => x - y)).toEqual([5, 6, pc5, complete]);
    expect(d.values.UE_1.has('DKSI')).toBe(true);
    const structuralSteps = new Set(d.structural.map((x) => x.step));
    expect(structuralSteps.has(5) && structuralSteps.has(6)).toBe(true);
    for (const n of structuralSteps) expect([5, 6, pc5, smc, complete]).toContain(n);
    expect(d.structural.map((x) => x.text)).toContain(
      'Message 6 (MME_1 → UE_1): carries DKSI on A only',
    );
    expect(d.kinds.UE_1.get('DKSI')).toBe('structural');
    expect(d.bytes).toEqual([]);
  });

  it('lists the old KD of rekeying once, not again when it is retired', () => {
    const rekeying = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-drr' }, 'cmp');
    const d = diffTraces(calculated, rekeying, lastStep(DEFAULT_SCENARIO));
    const old = d.structural.filter((x) => x.actor === 'UE_1' && x.value === 'KD_old');
    expect(old.map((x) => [x.step, x.text])).toEqual([
      [0, 'KD (old) at UE_1: held on B only (held before the procedure)'],
    ]);
    // Step 0 is UE_1's wish on A, UE_2's request on PC5 on B.
    expect(at(d.structural, 0)[0]?.text).toBe(
      'Step 0: 0b. UE_1 wants to connect to UE_2 on A; 0a. UE_1 has received a Direct Rekeying Request (UE_2 → UE_1) on B',
    );
    // After the clause UE_1 opens PC5 on A, and answers UE_2's request on B.
    const smc = numberOf(rekeying, 'security-mode-command');
    expect(smc).toBe(numberOf(calculated, 'pc5-request'));
    expect(at(d.structural, smc)[0]?.text).toBe(
      `Step ${smc}: Direct Connection Request (UE_1 → UE_2) on A; Direct Security Mode Command (UE_1 → UE_2) on B`,
    );
  });

  it('0a-drr against 0a-dcr: the old values are on A only, listed at step 0 and not at their retirement', () => {
    const drr: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const a = simulate(drr, 'cmp');
    const b = simulate({ ...drr, trigger: '0a-dcr' }, 'cmp');
    const last = lastStep(drr);
    expect(last).toBe(a.steps.length - 1);
    expect(b.steps.length).toBe(a.steps.length);
    const d = diffTraces(a, b, last);
    const oldValues = ['KD_old', 'DKSI_old', 'KD_sess_old'] as const;
    const old = d.structural.filter(
      (x) => x.value !== undefined && (oldValues as readonly string[]).includes(x.value),
    );
    expect(old.map((x) => x.step)).toEqual(old.map(() => 0));
    expect(old).toHaveLength(oldValues.length * 2);
    // At the last step A has retired them (make-before-break) and B never had them.
    for (const ue of ['UE_1', 'UE_2'] as const) {
      for (const v of oldValues) expect(d.kinds[ue].get(v)).toBe('structural');
      expect(a.steps[last]!.holdings[ue].find((h) => h.name === 'KD_old')?.retiredAt).toBe(last);
      expect(
        a.steps[last - 1]!.holdings[ue].find((h) => h.name === 'KD_old')?.retiredAt,
      ).toBeUndefined();
    }
  });

  it('a run that ended holds what it ended with: 0b against 0a-dcr lists at step 10 only step 10 itself and what A makes there', () => {
    const a = simulate(DEFAULT_SCENARIO, 'cmp');
    const b = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-dcr' }, 'cmp');
    const beyond = lastStep(DEFAULT_SCENARIO);
    expect(beyond).toBeGreaterThan(lastStep(b.scenario));
    const d = diffTraces(a, b, beyond);
    // Without the clamp every value B holds would read "held on A only" at step 10.
    // What A's Complete makes at 10 (UE_1's MAC, UE_2's own XMAC) is news there; nothing else is.
    const there = at(d.structural, beyond);
    expect(there[0]?.text).toBe(`Step ${beyond}: on A only`);
    expect(new Set(there.slice(1).map((x) => `${x.actor}:${x.value}`))).toEqual(
      new Set(['UE_1:MAC_complete', 'UE_2:MAC_complete', 'UE_2:XMAC_complete']),
    );
    expect(d.values.UE_1.has('K_ASME_1')).toBe(false);
  });

  it('says when a message carries a value its sender lacks on one side only', () => {
    const intended = simulate(DEFAULT_SCENARIO, 'cmp');
    const literal = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, 'cmp');
    const pc5 = numberOf(literal, 'pc5-request');
    expect(at(diffTraces(intended, literal, pc5).structural, pc5).map((x) => x.text)).toContain(
      `Message ${pc5} (UE_1 → UE_2): DKSI is missing on B only: UE_1 does not hold it there`,
    );
  });
});
