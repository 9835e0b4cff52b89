import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../protocol/procedure/links';
import { DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { LINK_IDS, type Trace } from '../protocol/types';
import { propertyCell, PROPERTY_IDS, PROPERTY_INFO, schemeProperties } from './properties';

const run = (patch: Partial<Scenario> = {}) =>
  simulate({ ...DEFAULT_SCENARIO, ...patch }, 'kdflow');
const S10_CLEAR: Assumptions = { ...DEFAULT_ASSUMPTIONS, s10: 'clear' };
const ESR_CIPHERED: Assumptions = { ...DEFAULT_ASSUMPTIONS, esr: 'ciphered' };

/** A row as `property[/party]` → result, for tables written by hand. */
function results(trace: Trace, assumptions: Assumptions = DEFAULT_ASSUMPTIONS) {
  return Object.fromEntries(
    schemeProperties(trace, assumptions).map((c) => [
      c.of ? `${c.property}/${c.of}` : c.property,
      c.result,
    ]),
  );
}

/** Messages and octets per link, counted straight from the trace (the cells must agree). */
function traffic(trace: Trace) {
  const out: Record<string, string> = {};
  for (const link of LINK_IDS) {
    const msgs = trace.steps.filter((s) => s.def.kind === 'message' && s.def.link === link);
    out[`messages/${link}`] = String(msgs.length);
    let octets = 0;
    for (const { def, holdings } of msgs)
      for (const p of def.params)
        if (!p.missing) octets += holdings[def.from!].find((h) => h.name === p.name)!.bytes.length;
    out[`octets/${link}`] = String(octets);
  }
  return out;
}

describe('the property matrix, default scenario (0b, intended reading, S10 protected, ESR clear)', () => {
  it('kdf', () => {
    const t = run({ scheme: 'kdf' });
    expect(results(t)).toEqual({
      // MME_1 derives Keying_material_1 (K_ASME_1, the NAS COUNT it keeps) and receives
      // Keying_material_2 and UE_2 ID in message 5; it holds UE_1 ID: every input of the KD
      // derivation, so it can compute KD (and MME_2 likewise from message 2).
      'network-computes-kd': 'yes',
      // S10 is protected and the NAS links ciphered; PC5 carries only nonces, DKSI and MACs.
      'eavesdropper-computes-kd': 'none',
      // With K_ASME_2 the recorded message 3 opens (NAS keys come from K_ASME): Keying_material_1
      // and UE_1 ID; with K_ASME_1 message 6: Keying_material_2 and UE_2 ID. KD follows.
      'forward-secrecy': 'no',
      // KD comes from the two NAS COUNTs, each kept alike by a UE and its MME (steps 1 and 3),
      // under the K_ASMEs held before: all four actors "generate" what fixes KD.
      'key-control': 'UE_1,MME_1,MME_2,UE_2',
      // Each UE's NAS COUNT is new in this run (illustrative use of it as freshness).
      'ue-freshness/UE_1': 'yes',
      'ue-freshness/UE_2': 'yes',
      // The continuation: UE_1 checks the Command's MAC at 9, UE_2 the Complete's at 10.
      'key-confirmation/UE_1': '9',
      'key-confirmation/UE_2': '10',
      // KD = KDF(KM_1 ‖ KM_2, UE_1 ID, UE_2 ID).
      'identity-binding': 'yes',
      ...traffic(t),
    });
    // Two messages on each NAS link and on S10 (1, 6 / 3, 4 / 2, 5), three on PC5 (8–10).
    expect(traffic(t)).toMatchObject({
      'messages/NAS-1': '2',
      'messages/NAS-2': '2',
      'messages/MME-MME': '2',
      'messages/PC5': '3',
    });
  });

  it('common', () => {
    const t = run({ scheme: 'common' });
    expect(results(t)).toEqual({
      // MME_1 draws KD at step 2 and holds it; MME_2 takes it from Keying_material_1 (message 2).
      'network-computes-kd': 'yes',
      'eavesdropper-computes-kd': 'none',
      // KD itself is Keying_material_1 in message 3, which K_ASME_2 opens.
      'forward-secrecy': 'no',
      // The only value generated in the run that KD comes from is KD, drawn by MME_1.
      'key-control': 'MME_1',
      'ue-freshness/UE_1': 'no',
      'ue-freshness/UE_2': 'no',
      'key-confirmation/UE_1': '9',
      'key-confirmation/UE_2': '10',
      // A random KD: no identity enters it.
      'identity-binding': 'no',
      ...traffic(t),
    });
  });

  it('dh', () => {
    const t = run({ scheme: 'dh' });
    expect(results(t)).toEqual({
      // The MMEs carry both public keys (messages 1, 2 / 4, 5) but KD needs DH_shared, which
      // needs a private key, and no message carries DH_private_1 or DH_private_2: neither MME,
      // nor both together, can compute it.
      'network-computes-kd': 'no',
      // An eavesdropper sees less than an MME, which cannot compute KD.
      'eavesdropper-computes-kd': 'none',
      // Given the K_ASMEs, the recorded NAS messages open: both public keys, both identities.
      // DH_shared still needs a private key, deleted after the run: KD cannot be recomputed.
      'forward-secrecy': 'yes',
      // KD comes from DH_shared, from the two private keys each UE drew (steps 1 and 4).
      'key-control': 'UE_1,UE_2',
      // Each UE's private key is new in this run.
      'ue-freshness/UE_1': 'yes',
      'ue-freshness/UE_2': 'yes',
      // The same continuation as the other schemes.
      'key-confirmation/UE_1': '9',
      'key-confirmation/UE_2': '10',
      // KD = KDF(DH_shared, UE_1 ID, UE_2 ID, Keying_material_1, Keying_material_2).
      'identity-binding': 'yes',
      ...traffic(t),
    });
    // Each public key is 32 octets, carried once more than in the KDF scheme's messages: UE_1's
    // in message 1 and UE_2's in message 4 (the KDF scheme's MMEs compute theirs).
    const kdfTraffic = traffic(run({ scheme: 'kdf' }));
    expect(Number(traffic(t)['octets/NAS-1']) - Number(kdfTraffic['octets/NAS-1'])).toBe(32);
    expect(Number(traffic(t)['octets/NAS-2']) - Number(kdfTraffic['octets/NAS-2'])).toBe(32);
    expect(traffic(t)['octets/MME-MME']).toBe(kdfTraffic['octets/MME-MME']);
    // The cell says why: the private keys, and that no message carries them.
    const blind = propertyCell(schemeProperties(t), 'network-computes-kd')!;
    expect(blind.text).toMatch(/lacks DH_shared \(DH_shared needs DH_private_1 or DH_private_2\)/);
    // It links the KD derivation, the DH_shared one it needs, and the private key's drawing.
    expect(blind.because).toEqual([
      expect.objectContaining({ kind: 'derivation', use: 'kd', step: 7, actor: 'UE_1' }),
      expect.objectContaining({ kind: 'derivation', use: 'dh-shared-1', step: 7 }),
      expect.objectContaining({
        kind: 'step',
        step: 1,
        text: expect.stringMatching(/UE_1 generates DH_private_1 at step 1: .*never leaves UE_1/),
      }),
    ]);
    // It rests on kdflow's scheme, not on the text.
    expect(blind.illustrative).toBe(true);
  });

  it('cells point at their steps, derivations and assumptions', () => {
    const calc = schemeProperties(run({ scheme: 'kdf' }));
    const kd = propertyCell(calc, 'network-computes-kd')!;
    expect(kd.because).toContainEqual(
      expect.objectContaining({ kind: 'derivation', use: 'kd', step: 7, output: 'KD' }),
    );
    expect(kd.because).toContainEqual(
      expect.objectContaining({
        kind: 'step',
        step: 5,
        text: expect.stringMatching(/MME_1 receives Keying_material_2 in message 5/),
      }),
    );
    // The illustrative scheme is what lets the MMEs compute KD.
    expect(kd.illustrative).toBe(true);
    // What keeps the S10 eavesdropper out is an assumption.
    expect(propertyCell(calc, 'eavesdropper-computes-kd')!.because).toEqual([
      expect.objectContaining({ kind: 'assumption', key: 's10', value: 'protected' }),
    ]);
    const common = schemeProperties(run({ scheme: 'common' }));
    // common: MME_1 holds KD because it draws it at step 2 (inherent in the variant, not
    // illustrative).
    const held = propertyCell(common, 'network-computes-kd')!;
    expect(held.because[0]).toMatchObject({ kind: 'step', step: 2 });
    expect(held.text).toMatch(/MME_1 holds KD/);
    expect(held.illustrative).toBe(false);
    expect(propertyCell(common, 'key-control')!.because).toEqual([
      expect.objectContaining({ kind: 'step', step: 2 }),
    ]);
  });
});

describe('assumptions flip the cells that rest on them', () => {
  it('calculated, S10 in clear: its eavesdropper sees both keying materials and both IDs', () => {
    // Message 2 carries Keying_material_1 and UE_1 ID, message 5 Keying_material_2 and UE_2 ID:
    // in clear, every input of KD.
    const row = schemeProperties(run({ scheme: 'kdf' }), S10_CLEAR);
    const spy = propertyCell(row, 'eavesdropper-computes-kd')!;
    expect(spy.result).toBe('MME-MME');
    expect(spy.because.map((j) => (j.kind === 'assumption' ? j.key : j.step))).toEqual([
      2,
      's10',
      5,
    ]);
    // Forward secrecy stays `no`, but now rests on message 2 in clear, not message 3 opened.
    const fs = propertyCell(row, 'forward-secrecy')!;
    expect(fs.result).toBe('no');
    expect(fs.text).toMatch(/Keying_material_1 \(message 2, in clear\)/);
    expect(fs.because).toContainEqual(
      expect.objectContaining({ kind: 'assumption', key: 's10', value: 'clear' }),
    );
    const protectedFs = propertyCell(schemeProperties(run({ scheme: 'kdf' })), 'forward-secrecy')!;
    expect(protectedFs.text).toMatch(/Keying_material_1 \(message 3, read with K_ASME_2\)/);
  });

  it('common, S10 in clear: message 2 shows KD itself as Keying_material_1', () => {
    const t = run({ scheme: 'common' });
    expect(results(t, S10_CLEAR)).toEqual({ ...results(t), 'eavesdropper-computes-kd': 'MME-MME' });
  });

  it('ESR ciphered flips nothing: message 1 carries no secret input of KD', () => {
    // kdf and common: only the connection identity; dh: UE_1's public key too, which is public.
    for (const scheme of ['kdf', 'common', 'dh'] as const) {
      const t = run({ scheme });
      expect(results(t, ESR_CIPHERED)).toEqual(results(t));
    }
  });

  it('dh, S10 in clear: the eavesdropper sees both public keys and still cannot compute KD', () => {
    // Where the KDF scheme's S10 eavesdropper gets KD (above), the X25519 one gets the public
    // keys only: DH_shared needs a private key.
    const t = run({ scheme: 'dh' });
    expect(results(t, S10_CLEAR)).toEqual(results(t));
    expect(results(run({ scheme: 'kdf' }), S10_CLEAR)['eavesdropper-computes-kd']).toBe('MME-MME');
  });
});

describe('other readings and triggers', () => {
  it('literal reading: UE_1 never gets the DKSI, so neither UE has key confirmation', () => {
    // Messages 5 and 6 carry "the parameters received in message 2": UE_1 still gets
    // Keying_material_2 (filled in) and computes KD, but the MACs cover the DKSI it lacks: it
    // cannot check the Command (9) and sends no Complete (10).
    for (const scheme of ['kdf', 'common'] as const) {
      const r = results(run({ scheme, reading: 'literal' }));
      expect(r['key-confirmation/UE_1']).toBe('none');
      expect(r['key-confirmation/UE_2']).toBe('none');
      expect(r['network-computes-kd']).toBe('yes');
      expect(r['identity-binding']).toBe(scheme === 'kdf' ? 'yes' : 'no');
    }
    const row = schemeProperties(run({ reading: 'literal' }));
    expect(propertyCell(row, 'key-confirmation', 'UE_1')!.text).toMatch(/lacks DKSI/);
    // Message 6 now repeats message 2's parameters too: more octets on UE_1's NAS link.
    expect(propertyCell(row, 'octets', 'NAS-1')!.result).toBe(
      traffic(run({ reading: 'literal' }))['octets/NAS-1'],
    );
  });

  it('strict reading, calculated: no UE establishes KD, and the cells say so', () => {
    // Message 3 names no keying material and message 6 none for UE_1.
    const r = results(run({ reading: 'strict' }));
    for (const p of ['network-computes-kd', 'forward-secrecy', 'key-control', 'identity-binding'])
      expect(r[p]).toBe('no-kd');
    expect(r['key-confirmation/UE_1']).toBe('none');
    expect(r['key-confirmation/UE_2']).toBe('none');
    expect(propertyCell(schemeProperties(run({ reading: 'strict' })), 'key-control')!.text).toMatch(
      /No UE establishes KD in this run: UE_1 lacks Keying_material_2/,
    );
  });

  it('strict reading, common: UE_1 gets KD in message 6, the network drew it', () => {
    const r = results(run({ scheme: 'common', reading: 'strict' }));
    expect(r).toMatchObject({
      'network-computes-kd': 'yes',
      'forward-secrecy': 'no',
      'key-control': 'MME_1',
      'key-confirmation/UE_1': 'none',
      'key-confirmation/UE_2': 'none',
    });
  });

  it('0a-drr: the PC5 request of step 0 counts on PC5, and confirmation comes a step earlier', () => {
    // UE_2 sends the rekeying request (step 0); UE_1 then sends the Command (8), UE_2 the
    // Complete (9): UE_2 confirms at 8, UE_1 at 9. KD is computed as under 0b.
    const t = run({ trigger: '0a-drr' });
    expect(results(t)).toMatchObject({
      'network-computes-kd': 'yes',
      'key-control': 'UE_1,MME_1,MME_2,UE_2',
      'key-confirmation/UE_1': '9',
      'key-confirmation/UE_2': '8',
      'messages/PC5': '3',
      ...traffic(t),
    });
  });
});

describe('the shape of a row', () => {
  it('one cell per property, or per UE or link where PROPERTY_INFO says so', () => {
    const row = schemeProperties(run());
    for (const p of PROPERTY_IDS) {
      const n = row.filter((c) => c.property === p).length;
      const per = PROPERTY_INFO[p].per;
      expect(n, p).toBe(per === 'peer' ? 2 : per === 'link' ? LINK_IDS.length : 1);
    }
    // Every justification points at a step of the trace or names an assumption.
    for (const c of row)
      for (const j of c.because)
        if (j.kind !== 'assumption') expect(j.step).toBeLessThan(run().steps.length);
  });

  it('is computed once per trace and assumptions', () => {
    const t = run();
    expect(schemeProperties(t)).toBe(schemeProperties(t, { ...DEFAULT_ASSUMPTIONS }));
    expect(schemeProperties(t, S10_CLEAR)).not.toBe(schemeProperties(t));
  });
});
