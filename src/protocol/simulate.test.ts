import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { kdf } from './kdf';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from './scenario';
import {
  FC_K_INT,
  FC_KD,
  FC_KD_DH,
  FC_KEYING_MATERIAL,
  FC_MAC_COMMAND,
  FC_MAC_COMPLETE,
} from './scheme';
import { seededInputs } from './inputs';
import { lastStep, simulate } from './simulate';
import type { Actor, Trace, ValueName } from './types';
import { isIllustrative } from './values';
import { x25519PublicKey, x25519SharedSecret } from './x25519';

const SEED = 'demo';
const name = (s: Scenario) => `${s.scheme}/${s.trigger}/${s.peer}/refresh=${s.refresh}`;

function valueAt(trace: Trace, step: number, actor: Actor, value: ValueName): string | undefined {
  return trace.steps[step]?.holdings[actor].find((v) => v.name === value)?.hex;
}

/** The PC5 messages around the clause, by trigger: under 0a UE_2 asked first (step 0) and UE_1
 * answers after step 7; under 0b UE_1 asks after step 7 (TS 33.303 clause 6.5.5; domain-notes.md). */
const PC5: Record<Scenario['trigger'], { before: string[]; after: string[]; last: number }> = {
  '0a-drr': { before: ['0:UE_2->UE_1'], after: ['8:UE_1->UE_2', '9:UE_2->UE_1'], last: 9 },
  '0a-dcr': { before: ['0:UE_2->UE_1'], after: ['8:UE_1->UE_2', '9:UE_2->UE_1'], last: 9 },
  '0b': { before: [], after: ['8:UE_1->UE_2', '9:UE_2->UE_1', '10:UE_1->UE_2'], last: 10 },
};

describe('simulate: every scenario', () => {
  it('there are 36 distinct combinations: three schemes, three triggers, two peers, two refreshes', () => {
    expect(new Set(allScenarios().map(name)).size).toBe(36);
  });

  it.each(allScenarios().map((s) => [name(s), s] as const))('%s', (_n, scenario) => {
    const trace = simulate(scenario, SEED);
    const pc5 = PC5[scenario.trigger];
    expect(trace.steps.map((s) => s.def.n)).toEqual([...Array(pc5.last + 1).keys()]);
    expect(lastStep(scenario)).toBe(pc5.last);
    expect(trace.clauseLast).toBe(7);
    const messages = trace.steps.filter((s) => s.def.kind === 'message');
    expect(messages.map((m) => `${m.def.n}:${m.def.from}->${m.def.to}`)).toEqual([
      ...pc5.before,
      '1:UE_1->MME_1',
      '2:MME_1->MME_2',
      '3:MME_2->UE_2',
      '4:UE_2->MME_2',
      '5:MME_2->MME_1',
      '6:MME_1->UE_1',
      ...pc5.after,
    ]);
    // Nobody holds KD before step 7 but the MMEs in the common mode.
    for (const ue of ['UE_1', 'UE_2'] as const) {
      expect(valueAt(trace, 6, ue, 'KD')).toBeUndefined();
    }
    const kd1 = valueAt(trace, 7, 'UE_1', 'KD');
    const kd2 = valueAt(trace, 7, 'UE_2', 'KD');
    expect(kd1).toMatch(/^[0-9a-f]{64}$/);
    expect(kd1).toBe(kd2);
    // Both UEs name KD by the same DKSI, selected by UE_2.
    expect(valueAt(trace, 7, 'UE_1', 'DKSI')).toBe(valueAt(trace, 7, 'UE_2', 'DKSI'));

    const km1 = valueAt(trace, 7, 'MME_1', 'Keying_material_1');
    const km2 = valueAt(trace, 7, 'MME_2', 'Keying_material_2');
    if (scenario.scheme === 'common') {
      expect(km1).toBe(km2);
      expect(km1).toBe(kd1);
    } else {
      expect(km1).not.toBe(km2);
      expect(km1).not.toBe(kd1);
      expect(km2).not.toBe(kd1);
    }
  });
});

describe('the X25519 scheme: network-blind', () => {
  const dh = allScenarios(['intended', 'literal']).filter((s) => s.scheme === 'dh');

  it.each(dh.map((s) => [`${name(s)}/${s.reading}`, s] as const))(
    '%s: KD recomputed by hand from the inputs, and no MME ever holds a private key, DH_shared or KD',
    (_n, scenario) => {
      const trace = simulate(scenario, SEED);
      const i = seededInputs(SEED);
      // Each public key is X25519(private, 9); each UE's secret is X25519(own, peer's public).
      const km1 = x25519PublicKey(i.DH_private_1);
      const km2 = x25519PublicKey(i.DH_private_2);
      const shared = x25519SharedSecret(i.DH_private_1, km2);
      expect(toHex(x25519SharedSecret(i.DH_private_2, km1))).toBe(toHex(shared));
      const kd = kdf(shared, FC_KD_DH, [i.UE_1_ID, i.UE_2_ID, km1, km2]);
      const last = trace.steps.length - 1;
      for (const ue of ['UE_1', 'UE_2'] as const) {
        expect(valueAt(trace, 7, ue, 'KD'), ue).toBe(toHex(kd));
        expect(valueAt(trace, 7, ue, 'DH_shared'), ue).toBe(toHex(shared));
      }
      expect(valueAt(trace, 7, 'UE_1', 'Keying_material_1')).toBe(toHex(km1));
      expect(valueAt(trace, 7, 'UE_2', 'Keying_material_2')).toBe(toHex(km2));
      // The MMEs carry both public keys, each vouching for its own UE's…
      expect(valueAt(trace, 2, 'MME_2', 'Keying_material_1')).toBe(toHex(km1));
      expect(valueAt(trace, 5, 'MME_1', 'Keying_material_2')).toBe(toHex(km2));
      // …and at no step hold what would give them KD.
      for (const step of trace.steps)
        for (const mme of ['MME_1', 'MME_2'] as const)
          for (const v of ['DH_private_1', 'DH_private_2', 'DH_shared', 'KD'] as const)
            expect(valueAt(trace, step.def.n, mme, v), `${v} at ${mme}, step ${step.def.n}`).toBe(
              undefined,
            );
      // A private key never leaves its UE: no message carries it.
      for (const step of trace.steps)
        for (const p of step.def.params) expect(p.name).not.toMatch(/^DH_private|^DH_shared/);
      expect(valueAt(trace, last, 'UE_2', 'DH_private_1')).toBeUndefined();
      expect(valueAt(trace, last, 'UE_1', 'DH_private_2')).toBeUndefined();
    },
  );

  it('carries each public key where the text carries keying material, over NAS and MME–MME', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, scheme: 'dh' }, SEED);
    const carried = (n: number) => trace.steps[n]!.def.params.map((p) => `${p.name}:${p.basis}`);
    // 1 and 4: each UE sends its public key to its MME over integrity-protected NAS (FFS).
    expect(carried(1)).toContain('Keying_material_1:ffs');
    expect(carried(4)).toContain('Keying_material_2:ffs');
    // 2 and 5: the text's own keying material, now the public keys; once each.
    expect(carried(2)).toContain('Keying_material_1:named');
    expect(carried(5).filter((p) => p.startsWith('Keying_material_2'))).toEqual([
      'Keying_material_2:named',
    ]);
    expect(carried(3)).toContain('Keying_material_1:ffs');
    expect(carried(6)).toContain('Keying_material_2:named');
  });

  it('differs from the KDF scheme in every key but keeps the same messages', () => {
    const kdfRun = simulate({ ...DEFAULT_SCENARIO, scheme: 'kdf' }, SEED);
    const dhRun = simulate({ ...DEFAULT_SCENARIO, scheme: 'dh' }, SEED);
    expect(dhRun.steps.map((s) => s.def.id)).toEqual(kdfRun.steps.map((s) => s.def.id));
    expect(valueAt(dhRun, 7, 'UE_1', 'KD')).not.toBe(valueAt(kdfRun, 7, 'UE_1', 'KD'));
    expect(dhRun.scheme?.id).toBe('dh');
  });
});

describe('the literal reading of messages 5 and 6', () => {
  it.each(allScenarios(['literal']).map((s) => [name(s), s] as const))(
    '%s still runs, and UE_1 never gets the DKSI',
    (_n, scenario) => {
      const trace = simulate(scenario, SEED);
      expect(trace.steps).toHaveLength(PC5[scenario.trigger].last + 1);
      expect(valueAt(trace, 7, 'UE_1', 'DKSI')).toBeUndefined();
      expect(valueAt(trace, 7, 'UE_1', 'new_connection_identity')).toBeUndefined();
      expect(valueAt(trace, 7, 'UE_2', 'DKSI')).toBeDefined();
      // Message 5 returns what message 2 carried; message 6 carries it on to UE_1.
      const m2 = trace.steps[2]!.def.params.map((p) => p.name);
      expect(trace.steps[5]!.def.params.map((p) => p.name)).toEqual([
        ...m2,
        'Keying_material_2',
        'UE_2_ID',
      ]);
      expect(trace.steps[6]!.def.params.map((p) => p.name)).toEqual([
        ...m2,
        'Keying_material_2',
        'UE_2_ID',
      ]);
      // Honest PC5 labels: UE_1 names the DKSI at 8 but never had it, so it is carried as missing.
      expect(trace.steps[8]!.def.params).toContainEqual(
        expect.objectContaining({ name: 'DKSI', missing: true }),
      );
    },
  );

  it('records that MME_1 is said to use a message it never received', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, SEED);
    expect(trace.steps[6]!.actions).toContainEqual(
      expect.objectContaining({ kind: 'refer', actor: 'MME_1', message: 2 }),
    );
  });
});

describe('the illustrative calculated scheme', () => {
  it('recomputes Keying_material_i and KD from the seeded inputs with the KDF', () => {
    const trace = simulate(DEFAULT_SCENARIO, SEED);
    const inp = seededInputs(SEED);
    const km1 = kdf(inp.K_ASME_1, FC_KEYING_MATERIAL, [inp.NAS_COUNT_1]);
    const km2 = kdf(inp.K_ASME_2, FC_KEYING_MATERIAL, [inp.NAS_COUNT_2]);
    const kd = kdf(new Uint8Array([...km1, ...km2]), FC_KD, [inp.UE_1_ID, inp.UE_2_ID]);
    expect(valueAt(trace, 1, 'UE_1', 'Keying_material_1')).toBe(toHex(km1));
    expect(valueAt(trace, 4, 'UE_2', 'Keying_material_2')).toBe(toHex(km2));
    expect(valueAt(trace, 7, 'UE_1', 'KD')).toBe(toHex(kd));
  });

  it('gives each UE the opposite peer’s keying material in messages 3 and 6', () => {
    const trace = simulate(DEFAULT_SCENARIO, SEED);
    const km1AtUe2 = trace.steps[3]?.holdings.UE_2.find((v) => v.name === 'Keying_material_1');
    expect(km1AtUe2?.provenance).toEqual({ kind: 'received', step: 3, from: 'MME_2' });
    const km2AtUe1 = trace.steps[6]?.holdings.UE_1.find((v) => v.name === 'Keying_material_2');
    expect(km2AtUe1?.provenance).toEqual({ kind: 'received', step: 6, from: 'MME_1' });
  });

  it('depends on every input: another seed gives another KD', () => {
    const a = valueAt(simulate(DEFAULT_SCENARIO, 'a'), 7, 'UE_1', 'KD');
    const b = valueAt(simulate(DEFAULT_SCENARIO, 'b'), 7, 'UE_1', 'KD');
    expect(a).not.toBe(b);
  });
});

describe('scenario options', () => {
  const m4 = (s: Partial<Scenario>) =>
    simulate({ ...DEFAULT_SCENARIO, ...s }, SEED).steps[4]?.def.params.map((p) => p.name);

  it('UE_2 sends a new connection identity when asked to refresh, or when none came in message 3', () => {
    expect(m4({ peer: 'connection-identity', refresh: 'no' })).toEqual(['DKSI']);
    expect(m4({ peer: 'connection-identity', refresh: 'yes' })).toEqual([
      'new_connection_identity',
      'DKSI',
    ]);
    expect(m4({ peer: 'exp-code', refresh: 'no' })).toEqual(['new_connection_identity', 'DKSI']);
  });

  it('message 1 names UE_2 by connection identity or EXP code', () => {
    const m1 = (peer: Scenario['peer']) =>
      simulate({ ...DEFAULT_SCENARIO, peer }, SEED).steps[1]?.def.params[0]?.name;
    expect(m1('connection-identity')).toBe('connection_identity');
    expect(m1('exp-code')).toBe('EXP_code');
  });

  it('is deterministic: the same seed gives the same bytes', () => {
    expect(JSON.stringify(simulate(DEFAULT_SCENARIO, 'x'))).toBe(
      JSON.stringify(simulate(DEFAULT_SCENARIO, 'x')),
    );
  });

  it('pins the default seed’s KD so that a change to the scheme is noticed', () => {
    expect(valueAt(simulate(DEFAULT_SCENARIO, SEED), 7, 'UE_2', 'KD')).toMatchInlineSnapshot(
      `"fa1ce615cf8d8b9321f2f7932079e47bf881300301cce8d8477e256453c60688"`,
    );
  });
});

describe('each carried parameter has a basis', () => {
  const params = (s: Partial<Scenario>, step: number) =>
    simulate({ ...DEFAULT_SCENARIO, ...s }, SEED).steps[step]?.def.params;

  it('message 4’s DKSI is inferred: the text says UE_2 “selects” it, not that it sends it', () => {
    expect(params({}, 4)).toContainEqual({ name: 'DKSI', basis: 'inferred' });
  });

  it('what the text names is named, what kdflow adds under “Other parameters are FFS” is ffs', () => {
    expect(params({ peer: 'exp-code' }, 2)).toEqual([
      { name: 'EXP_code', basis: 'named' },
      { name: 'Keying_material_1', basis: 'named' },
      { name: 'UE_1_ID', basis: 'ffs' },
    ]);
  });

  it('0a’s request at step 0 is UE_2’s PC5 message with Nonce_1, inferred', () => {
    for (const trigger of ['0a-drr', '0a-dcr'] as const) {
      const step0 = simulate({ ...DEFAULT_SCENARIO, trigger }, SEED).steps[0]!;
      expect(step0.def).toMatchObject({ kind: 'message', from: 'UE_2', to: 'UE_1' });
      expect(step0.def.params).toEqual([{ name: 'Nonce_1', basis: 'inferred' }]);
      expect(valueAt(simulate({ ...DEFAULT_SCENARIO, trigger }, SEED), 0, 'UE_1', 'Nonce_1')).toBe(
        valueAt(simulate({ ...DEFAULT_SCENARIO, trigger }, SEED), 0, 'UE_2', 'Nonce_1'),
      );
    }
    expect(simulate(DEFAULT_SCENARIO, SEED).steps[0]!.def.kind).toBe('trigger');
  });
});

describe('the NAS COUNT', () => {
  it.each(allScenarios(['intended', 'literal']).map((s) => [name(s), s] as const))(
    '%s: is carried by no message',
    (_n, scenario) => {
      for (const step of simulate(scenario, SEED).steps)
        for (const p of step.def.params) expect(p.name).not.toMatch(/^NAS_COUNT/);
    },
  );

  it('is held at both ends of each NAS link, the UE and its MME, with the same bytes', () => {
    const trace = simulate(DEFAULT_SCENARIO, SEED);
    const last = trace.steps.length - 1;
    expect(valueAt(trace, last, 'UE_1', 'NAS_COUNT_1')).toBeDefined();
    expect(valueAt(trace, last, 'UE_1', 'NAS_COUNT_1')).toBe(
      valueAt(trace, last, 'MME_1', 'NAS_COUNT_1'),
    );
    expect(valueAt(trace, last, 'UE_2', 'NAS_COUNT_2')).toBe(
      valueAt(trace, last, 'MME_2', 'NAS_COUNT_2'),
    );
    // …and neither end ever received it.
    for (const actor of ['UE_1', 'MME_1'] as const)
      expect(
        trace.steps[last]!.holdings[actor].find((v) => v.name === 'NAS_COUNT_1')?.provenance.kind,
      ).toBe('generated');
    expect(valueAt(trace, last, 'UE_2', 'NAS_COUNT_1')).toBeUndefined();
  });
});

describe('make-before-break under 0a-drr', () => {
  const OLD = ['KD_old', 'DKSI_old', 'KD_sess_old'] as const;
  const retiredAt = (trace: Trace, step: number, actor: Actor, v: ValueName) =>
    trace.steps[step]!.holdings[actor].find((h) => h.name === v)?.retiredAt;

  it('both UEs hold the old KD, DKSI and KD-sess from step 0, in use until the last step', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-drr' }, SEED);
    const last = trace.steps.length - 1;
    for (const ue of ['UE_1', 'UE_2'] as const)
      for (const v of OLD) {
        expect(valueAt(trace, 0, ue, v)).toBeDefined();
        for (let step = 0; step < last; step++)
          expect(retiredAt(trace, step, ue, v), `${ue} ${v} at ${step}`).toBeUndefined();
        expect(retiredAt(trace, last, ue, v)).toBe(last);
      }
  });

  it('0a-dcr and 0b have no old values: there was no direct link yet', () => {
    for (const trigger of ['0a-dcr', '0b'] as const) {
      const trace = simulate({ ...DEFAULT_SCENARIO, trigger }, SEED);
      const last = trace.steps.length - 1;
      for (const ue of ['UE_1', 'UE_2'] as const)
        for (const v of OLD) expect(valueAt(trace, last, ue, v)).toBeUndefined();
    }
  });
});

describe('isIllustrative', () => {
  it('marks kdflow’s own choices (the DKSI format, the scheme’s derivations), not the inputs', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-drr' }, SEED);
    const held = trace.steps[trace.steps.length - 1]!.holdings;
    const mark = (actor: Actor, v: ValueName) =>
      isIllustrative(held[actor].find((h) => h.name === v)!);
    expect(mark('UE_1', 'DKSI')).toBe(true);
    expect(mark('UE_1', 'DKSI_old')).toBe(true);
    expect(mark('UE_1', 'KD')).toBe(true);
    expect(mark('UE_1', 'KD_sess')).toBe(true);
    expect(mark('UE_1', 'K_ASME_1')).toBe(false);
    expect(mark('UE_1', 'Nonce_1')).toBe(false);
  });
});

describe('the PC5 security mode messages are integrity protected (illustrative MACs)', () => {
  const held = (trace: Trace, step: number, actor: Actor, v: ValueName) =>
    trace.steps[step]!.holdings[actor].find((h) => h.name === v);
  const derivedFrom = (trace: Trace, step: number, actor: Actor, v: ValueName) => {
    const p = held(trace, step, actor, v)?.provenance;
    return p?.kind === 'derived' ? p.derivation : undefined;
  };

  it.each(['0b', '0a-drr', '0a-dcr'] as const)(
    '%s: each receiver verifies the MAC with its own derivation, from K_int, from KD-sess, from KD',
    (trigger) => {
      const trace = simulate({ ...DEFAULT_SCENARIO, trigger }, SEED);
      const stepOf = (id: string) => trace.steps.find((s) => s.def.id === id)!.def;
      for (const [id, mac, xmac, fc] of [
        ['security-mode-command', 'MAC_command', 'XMAC_command', FC_MAC_COMMAND],
        ['security-mode-complete', 'MAC_complete', 'XMAC_complete', FC_MAC_COMPLETE],
      ] as const) {
        const { n, from, to } = stepOf(id);
        // The sender makes the MAC and the message carries it…
        expect(derivedFrom(trace, n, from!, mac)?.keyNames).toEqual(['K_int']);
        expect(trace.steps[n]!.def.params.map((p) => p.name)).toContain(mac);
        expect(held(trace, n, to!, mac)?.provenance).toEqual({ kind: 'received', step: n, from });
        // …the receiver makes its own, at the same step, from keys it derived from KD…
        const own = derivedFrom(trace, n, to!, xmac)!;
        expect(own.keyNames).toEqual(['K_int']);
        expect(held(trace, n, to!, xmac)?.provenance).toMatchObject({ kind: 'derived', step: n });
        expect(derivedFrom(trace, n, to!, 'K_int')?.keyNames).toEqual(['KD_sess']);
        expect(derivedFrom(trace, n, to!, 'KD_sess')?.keyNames).toEqual(['KD']);
        // …and compares: the trace records it, and the bytes agree.
        expect(trace.steps[n]!.actions).toContainEqual({
          kind: 'verify',
          actor: to,
          value: mac,
          against: xmac,
          result: 'match',
        });
        expect(held(trace, n, to!, xmac)?.hex).toBe(held(trace, n, to!, mac)?.hex);
        // The MAC recomputes with the KDF from what the receiver holds.
        const bytes = (v: ValueName) => held(trace, n, to!, v)!.bytes;
        expect(
          toHex(kdf(bytes('K_int'), fc, [bytes('DKSI'), bytes('Nonce_1'), bytes('Nonce_2')])),
        ).toBe(held(trace, n, to!, mac)?.hex);
        expect(toHex(kdf(bytes('KD_sess'), FC_K_INT, [bytes('Integrity_algorithm')]))).toBe(
          held(trace, n, to!, 'K_int')?.hex,
        );
        expect(own.illustrative).toBe(true);
        expect(own.doc).toContain('not the standard’s MAC');
      }
      // The Command's MAC is not the Complete's: each message has an FC of its own.
      const last = trace.steps.length - 1;
      expect(held(trace, last, 'UE_1', 'MAC_command')?.hex).not.toBe(
        held(trace, last, 'UE_1', 'MAC_complete')?.hex,
      );
    },
  );

  it('under the literal reading UE_1 cannot make or check a MAC: it never received the DKSI', () => {
    for (const trigger of ['0b', '0a-dcr'] as const) {
      const trace = simulate({ ...DEFAULT_SCENARIO, trigger, reading: 'literal' }, SEED);
      const verifies = trace.steps.flatMap((s) => s.actions.filter((a) => a.kind === 'verify'));
      expect(verifies.map((a) => a.kind === 'verify' && a.result)).toEqual(['missing', 'missing']);
      const last = trace.steps.length - 1;
      expect(held(trace, last, 'UE_1', 'KD_sess')).toBeDefined();
      for (const v of ['XMAC_command', 'XMAC_complete', 'MAC_command', 'MAC_complete'] as const)
        if (held(trace, last, 'UE_1', v))
          expect(held(trace, last, 'UE_1', v)?.provenance.kind).toBe('received');
    }
  });
});
