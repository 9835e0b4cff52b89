import { describe, expect, it } from 'vitest';
import { ATTACKER_IDS, ATTACKERS } from '../protocol/attacks';
import { DEFAULT_SCENARIO, SCHEMES, type Scenario } from '../protocol/scenario';
import { replay, simulate } from '../protocol/simulate';
import { attackOutcome } from './attackOutcome';

const outcome = (attacker: (typeof ATTACKER_IDS)[number], patch: Partial<Scenario> = {}) => {
  const scenario = { ...DEFAULT_SCENARIO, ...patch };
  return attackOutcome(attacker, replay(attacker, scenario, 'attack'));
};
const short = (o: ReturnType<typeof outcome>) => ({
  sameKd: o.sameKd,
  knows: [o.knows.UE_1, o.knows.UE_2],
  detectedAt: o.detectedAt,
});

describe('every attacker × scheme (0b, intended reading): outcomes derived by hand', () => {
  // The honest run: the UEs agree on KD, nobody else is asked, and every MAC verifies.
  it.each(SCHEMES)('none, %s: same KD, nobody else, never detected', (scheme) => {
    expect(short(outcome('none', { scheme }))).toEqual({
      sameKd: true,
      knows: [false, false],
      detectedAt: null,
    });
  });

  it('curious MME_1 with a PC5 receiver: knows KD under kdf and common, not under dh; never detected', () => {
    // kdf: MME_1 computes Keying_material_1 from K_ASME_1 and the NAS COUNT it keeps, receives
    // Keying_material_2 and UE_2 ID in message 5, and holds UE_1 ID: every input of KD.
    expect(short(outcome('curious-mme', { scheme: 'kdf' }))).toEqual({
      sameKd: true,
      knows: [true, true],
      detectedAt: null,
    });
    // common: MME_1 drew KD itself at step 2.
    expect(short(outcome('curious-mme', { scheme: 'common' }))).toMatchObject({
      knows: [true, true],
    });
    // dh: KD needs DH_shared, which needs a private key no message carries; PC5 adds only
    // nonces, the DKSI and MACs.
    expect(short(outcome('curious-mme', { scheme: 'dh' }))).toEqual({
      sameKd: true,
      knows: [false, false],
      detectedAt: null,
    });
  });

  it.each(SCHEMES)(
    'malicious MME_1, %s: two KDs, both known to it, detected at the Direct Security Mode Command (9)',
    (scheme) => {
      // MME_1 puts its own keying material in message 2 (so UE_2, through MME_2 and message 3,
      // uses it) and in message 6 (so UE_1 does): each UE calculates (kdf, dh) or takes (common)
      // a KD from one true and one substituted value, so the two KDs differ, and MME_1, which
      // holds what it substituted and, under dh, the private keys behind it, computes both.
      // Not relaying on PC5, it cannot hide the split: under 0b UE_2 sends the Command at 9
      // with a MAC under its KD, and UE_1's own computation of it (under the other KD) differs.
      const o = outcome('malicious-mme1', { scheme });
      expect(short(o)).toEqual({ sameKd: false, knows: [true, true], detectedAt: 9 });
      expect(o.kd.UE_1).toMatch(/^[0-9a-f]{64}$/);
      expect(o.kd.UE_2).toMatch(/^[0-9a-f]{64}$/);
      expect(o.why.join(' ')).toMatch(
        /UE_1’s check of the Direct Security Mode Command fails at step 9/,
      );
    },
  );

  it('S10 eavesdropper (the link in clear): knows KD under kdf and common, not under dh; never detected', () => {
    // kdf: message 2 shows Keying_material_1 and UE_1 ID, message 5 Keying_material_2 and UE_2 ID.
    expect(short(outcome('s10-eavesdropper', { scheme: 'kdf' })).knows).toEqual([true, true]);
    // common: message 2 carries KD itself as Keying_material_1.
    expect(short(outcome('s10-eavesdropper', { scheme: 'common' })).knows).toEqual([true, true]);
    // dh: both public keys, and no private one.
    expect(short(outcome('s10-eavesdropper', { scheme: 'dh' }))).toEqual({
      sameKd: true,
      knows: [false, false],
      detectedAt: null,
    });
  });

  it('K_ASME leak after the run: knows KD under kdf and common, not under dh (forward secrecy)', () => {
    // kdf: K_ASME_2 opens message 3 (Keying_material_1), K_ASME_1 message 6: KD follows.
    expect(short(outcome('kasme-leak', { scheme: 'kdf' })).knows).toEqual([true, true]);
    // common: KD itself is in message 3.
    expect(short(outcome('kasme-leak', { scheme: 'common' })).knows).toEqual([true, true]);
    // dh: the recorded messages give public keys only; the private keys are deleted.
    expect(short(outcome('kasme-leak', { scheme: 'dh' })).knows).toEqual([false, false]);
    for (const scheme of SCHEMES) expect(outcome('kasme-leak', { scheme }).detectedAt).toBeNull();
  });
});

describe('the replays', () => {
  it('a passive attacker replays the honest run, byte for byte', () => {
    const honest = simulate(DEFAULT_SCENARIO, 'attack');
    for (const a of ATTACKERS.filter((p) => !p.attack)) {
      const t = replay(a.id, DEFAULT_SCENARIO, 'attack');
      expect(t.steps.map((s) => s.holdings)).toEqual(honest.steps.map((s) => s.holdings));
    }
  });

  it('the malicious MME_1 substitutes exactly messages 2 and 6, marked as such', () => {
    for (const scheme of SCHEMES) {
      const t = replay('malicious-mme1', { ...DEFAULT_SCENARIO, scheme }, 'attack');
      const marked = t.steps.flatMap((s) =>
        s.def.params.filter((p) => p.substituted).map((p) => `${s.def.n}:${p.name}`),
      );
      expect(marked, scheme).toEqual(['2:Keying_material_1', '6:Keying_material_2']);
      // What UE_2 received in message 3 is what MME_1 substituted, not UE_1's.
      const at = (n: number, actor: 'UE_1' | 'UE_2' | 'MME_1', v: string) =>
        t.steps[n]!.holdings[actor].find((h) => h.name === v)?.hex;
      expect(at(3, 'UE_2', 'Keying_material_1')).toBe(at(3, 'MME_1', 'MITM_keying_material_1'));
      expect(at(6, 'UE_1', 'Keying_material_2')).toBe(at(6, 'MME_1', 'MITM_keying_material_2'));
      // The attacker's copies are the UEs' KDs.
      expect(at(7, 'MME_1', 'KD_UE_1')).toBe(at(7, 'UE_1', 'KD'));
      expect(at(7, 'MME_1', 'KD_UE_2')).toBe(at(7, 'UE_2', 'KD'));
      expect(t.attack).toEqual({ id: 'malicious-mme1', actor: 'MME_1' });
    }
  });

  it('under 0a the split shows at step 8, where UE_2 checks UE_1’s Command', () => {
    for (const scheme of SCHEMES)
      expect(outcome('malicious-mme1', { scheme, trigger: '0a-dcr' }).detectedAt).toBe(8);
  });

  it('every profile says what it assumes', () => {
    expect(ATTACKERS.map((a) => a.id)).toEqual([...ATTACKER_IDS]);
    for (const a of ATTACKERS) expect(a.assumes.length).toBeGreaterThan(20);
  });
});
