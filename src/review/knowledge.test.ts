import { describe, expect, it } from 'vitest';
import { toHex } from '../protocol/bytes';
import { PROCEDURE } from '../protocol/procedure';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { lastStep, simulate } from '../protocol/simulate';
import {
  ACTORS,
  type Derivation,
  type HeldValue,
  type Holdings,
  type Provenance,
  type StepDef,
  type Trace,
  type ValueName,
} from '../protocol/types';
import {
  ASSUMPTION_CHOICES,
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
} from '../protocol/procedure/links';
import {
  COALITIONS,
  exposedMessages,
  KNOWLEDGE_COLUMNS,
  knowledge,
  LINKS,
  linksUnder,
  pooledGains,
  type KnowledgeRow,
} from './knowledge';

const cell = (rows: KnowledgeRow[], value: ValueName, column: (typeof KNOWLEDGE_COLUMNS)[number]) =>
  rows.find((r) => r.value === value)?.cells[column] ?? { state: 'none', how: '(no row)' };

/** The step of a trace with the given procedure id (its number varies with the trigger). */
const stepOf = (trace: Trace, id: string) => {
  const step = trace.steps.find((s) => s.def.id === id);
  if (!step) throw new Error(`no step ${id} in this scenario`);
  return step.def;
};

const OLD_VALUES = ['KD_old', 'DKSI_old', 'KD_sess_old'] as const;
const NAS_COUNTS = ['NAS_COUNT_1', 'NAS_COUNT_2'] as const;

describe('knowledge at the last step, in every scenario and reading', () => {
  for (const scenario of allScenarios(['intended', 'literal'])) {
    const name = `${scenario.scheme}/${scenario.trigger}/${scenario.peer}/refresh=${scenario.refresh}/${scenario.reading}`;
    it(name, () => {
      const trace = simulate(scenario, 'knowledge');
      const rows = knowledge(trace, lastStep(scenario));
      // The network holds KD or can compute it, but under the X25519 scheme: each MME carries
      // both public keys, and neither private key reaches it, so neither can it compute
      // DH_shared, nor KD from it.
      for (const mme of ['MME_1', 'MME_2'] as const)
        if (scenario.scheme === 'dh') {
          for (const v of ['KD', 'DH_shared', 'DH_private_1', 'DH_private_2'] as const)
            expect(cell(rows, v, mme).state, `${v} at ${mme}`).toBe('none');
          expect(cell(rows, 'Keying_material_1', mme).state).toBe('holds');
        } else expect(['holds', 'derivable']).toContain(cell(rows, 'KD', mme).state);
      // A PC5 eavesdropper sees the nonces and the DKSI in clear, never KD or KD-sess.
      for (const v of ['Nonce_1', 'Nonce_2'] as const)
        expect(cell(rows, v, 'PC5').state).toBe('sees');
      // Under the literal reading UE_1 never learns the DKSI, so message 8 cannot carry it.
      expect(cell(rows, 'DKSI', 'PC5').state).toBe(
        scenario.reading === 'intended' ? 'sees' : 'none',
      );
      expect(cell(rows, 'KD', 'PC5').state).toBe('none');
      expect(cell(rows, 'KD_sess', 'PC5').state).toBe('none');
      expect(cell(rows, 'KD_sess', 'PC5').how).toContain('lacks KD');
      // NAS-2 and MME–MME never show anything in clear, nor anything derived from it.
      for (const link of ['NAS-2', 'MME-MME'] as const)
        for (const r of rows) expect(['ciphertext', 'none']).toContain(r.cells[link].state);
      // On NAS-1 only the ESR's contents are seen in clear (integrity protected, not ciphered).
      const esr = stepOf(trace, 'esr');
      const inClear = rows.filter((r) => r.cells['NAS-1'].state === 'sees').map((r) => r.value);
      expect(inClear.sort()).toEqual(esr.params.map((p) => p.name).sort());
      for (const r of rows) expect(r.cells['NAS-1'].state).not.toBe('derivable');
      // A NAS COUNT is kept at both ends and never carried: no link shows it, even as ciphertext.
      for (const v of NAS_COUNTS)
        for (const link of LINKS) expect(cell(rows, v, link).state).toBe('none');
      // Both UEs hold KD-sess; no MME holds it or could compute it (the nonces stay on PC5).
      for (const mme of ['MME_1', 'MME_2'] as const)
        expect(cell(rows, 'KD_sess', mme).state).toBe('none');
      // Every row has every column, and every non-empty cell says how.
      for (const r of rows)
        for (const c of KNOWLEDGE_COLUMNS)
          if (r.cells[c].state !== 'none') expect(r.cells[c].how).not.toBe('');
    });
  }

  it('says how: received, derived, in clear and as ciphertext', () => {
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const rows = knowledge(trace, lastStep(DEFAULT_SCENARIO));
    expect(cell(rows, 'Keying_material_1', 'MME_2').how).toBe('received in message 2 from MME_1');
    expect(cell(rows, 'KD', 'UE_1').how).toMatch(
      new RegExp(`^derived at step ${trace.clauseLast} as KDF\\(Keying_material_1`),
    );
    expect(cell(rows, 'KD', 'MME_1')).toMatchObject({ state: 'derivable' });
    expect(cell(rows, 'Nonce_1', 'PC5').how).toBe(
      `in clear in message ${stepOf(trace, 'pc5-request').n}`,
    );
    expect(cell(rows, 'DKSI', 'NAS-2')).toEqual({
      state: 'ciphertext',
      how: 'only as ciphertext in message 4 (NAS protected)',
    });
    expect(cell(rows, 'Keying_material_1', 'MME-MME').how).toContain('network domain security');
  });

  it('the common variant: the MMEs hold KD itself', () => {
    const scenario = { ...DEFAULT_SCENARIO, scheme: 'common' } as const;
    const rows = knowledge(simulate(scenario, 'knowledge'), lastStep(scenario));
    expect(cell(rows, 'KD', 'MME_1').state).toBe('holds');
    expect(cell(rows, 'KD', 'MME_2').state).toBe('holds');
  });

  it('rekeying (0a-drr) is make-before-break: the old values are retired at the last step, not before', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const trace = simulate(scenario, 'knowledge');
    const last = lastStep(scenario);
    expect(last).toBeGreaterThan(trace.clauseLast);
    for (let n = 0; n < last; n++)
      for (const ue of ['UE_1', 'UE_2'] as const)
        for (const v of OLD_VALUES) {
          const c = cell(knowledge(trace, n), v, ue);
          expect(c.state, `${v} at ${ue}, step ${n}`).toBe('holds');
          expect(c.retired, `${v} at ${ue}, step ${n}`).toBeUndefined();
        }
    for (const ue of ['UE_1', 'UE_2'] as const)
      for (const v of OLD_VALUES) {
        const c = cell(knowledge(trace, last), v, ue);
        expect(c).toMatchObject({ state: 'holds', retired: true });
        expect(c.how).toContain(`retired at step ${last}`);
      }
  });

  it('rekeying: the old KD-sess stays in use through the new KD and the Security Mode Command', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const trace = simulate(scenario, 'knowledge');
    const smc = stepOf(trace, 'security-mode-command').n;
    for (const n of [trace.clauseLast, smc]) {
      const rows = knowledge(trace, n);
      for (const ue of ['UE_1', 'UE_2'] as const)
        expect(cell(rows, 'KD_sess_old', ue).retired, `step ${n}`).toBeUndefined();
    }
    // The new KD-sess exists by the Security Mode Command, beside the old one.
    expect(cell(knowledge(trace, smc), 'KD_sess', 'UE_1').state).toBe('holds');
  });

  it('a Direct Connection Request (0a-dcr) has no old values at any step', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-dcr' };
    const trace = simulate(scenario, 'knowledge');
    for (let n = 0; n <= lastStep(scenario); n++) {
      const values = knowledge(trace, n).map((r) => r.value);
      for (const v of OLD_VALUES) expect(values).not.toContain(v);
    }
  });

  it('follows the step: at step 1 nothing is on PC5 and nobody else knows Nonce_1', () => {
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const rows = knowledge(trace, 1);
    expect(rows.map((r) => r.value)).not.toContain('Nonce_1');
    expect(rows.every((r) => r.cells.PC5.state === 'none')).toBe(true);
    // The NAS COUNT of message 1 is held by UE_1 and MME_1 and crosses no link.
    for (const link of LINKS) expect(cell(rows, 'NAS_COUNT_1', link).state).toBe('none');
  });

  it('the NAS COUNTs are generated at both ends and seen on no link at any step', () => {
    for (const scenario of allScenarios(['intended', 'literal'])) {
      if (scenario.scheme !== 'kdf') continue;
      const trace = simulate(scenario, 'knowledge');
      const ends = { NAS_COUNT_1: ['UE_1', 'MME_1'], NAS_COUNT_2: ['UE_2', 'MME_2'] } as const;
      for (let n = 0; n <= lastStep(scenario); n++) {
        const rows = knowledge(trace, n);
        for (const v of NAS_COUNTS)
          for (const link of LINKS)
            expect(cell(rows, v, link).state, `${v} on ${link}`).toBe('none');
      }
      const rows = knowledge(trace, lastStep(scenario));
      for (const v of NAS_COUNTS)
        for (const actor of ends[v]) {
          expect(cell(rows, v, actor).state).toBe('holds');
          expect(cell(rows, v, actor).how).toMatch(/^generated at step/);
        }
      // No message lists a NAS COUNT among its parameters.
      for (const { def } of trace.steps)
        for (const p of def.params) expect(NAS_COUNTS as readonly string[]).not.toContain(p.name);
    }
  });

  it('the ESR is seen in clear on the UE_1–MME_1 link, and says why', () => {
    for (const peer of ['connection-identity', 'exp-code'] as const)
      for (const trigger of ['0b', '0a-drr', '0a-dcr'] as const) {
        const scenario: Scenario = { ...DEFAULT_SCENARIO, peer, trigger };
        const trace = simulate(scenario, 'knowledge');
        const esr = stepOf(trace, 'esr');
        expect(esr.link).toBe('NAS-1');
        expect(esr.exposed).toContain('not ciphered');
        const v = peer === 'exp-code' ? 'EXP_code' : 'connection_identity';
        expect(esr.params.map((p) => p.name)).toContain(v);
        const seen = cell(knowledge(trace, esr.n), v, 'NAS-1');
        expect(seen.state).toBe('sees');
        expect(seen.how).toBe(`in clear in message ${esr.n} (${esr.exposed})`);
        // The same message is not seen from the other NAS link.
        expect(cell(knowledge(trace, esr.n), v, 'NAS-2').state).toBe('none');
        // Before the ESR nothing is seen on NAS-1.
        if (esr.n > 0) expect(cell(knowledge(trace, esr.n - 1), v, 'NAS-1').state).toBe('none');
      }
  });
});

/* A hand-made trace: X = KDF(A, B, C) derived by UE_1; what another actor needs to get X. */

const bytes = (n: number) => Uint8Array.of(n);
const held = (name: ValueName, provenance: Provenance = { kind: 'held' }): HeldValue => ({
  name,
  bytes: bytes(1),
  hex: toHex(bytes(1)),
  provenance,
});
const derivation: Derivation = {
  fn: 'kdf',
  use: 'kd',
  output: 'KD',
  keyNames: ['Keying_material_1'],
  key: bytes(1),
  fc: 0xd1,
  params: [
    { name: 'UE_1_ID', bytes: bytes(2) },
    { name: 'UE_2_ID', bytes: bytes(3) },
  ],
  s: bytes(0),
  out: bytes(9),
  illustrative: true,
  doc: 'a hand-made X = KDF(A, B, C)',
};
const def = (n: number, extra: Partial<StepDef> = {}): StepDef => ({
  n,
  id: `step-${n}`,
  part: 'clause',
  kind: 'trigger',
  actors: [],
  title: '',
  params: [],
  summary: '',
  narration: '',
  sentences: [],
  ...extra,
});

/**
 * `pc5`: what message 2 (UE_1 → UE_2) carries. As a run marks them, a parameter UE_1 does not hold
 * is carried `missing`.
 */
function handMade(mme2: ValueName[], pc5: ValueName[] = []): Trace {
  const holdings: Holdings = {
    UE_1: [
      held('Keying_material_1'),
      held('UE_1_ID'),
      held('UE_2_ID'),
      held('Nonce_1'),
      held('KD', { kind: 'derived', step: 1, derivation }),
    ],
    MME_1: [],
    MME_2: mme2.map((v) => held(v)),
    UE_2: [],
  };
  const steps: Trace['steps'] = [
    { def: def(0), actions: [], holdings },
    { def: def(1, { kind: 'calculation' }), actions: [], holdings },
  ];
  if (pc5.length > 0)
    steps.push({
      def: def(2, {
        kind: 'message',
        from: 'UE_1',
        to: 'UE_2',
        link: 'PC5',
        params: pc5.map((name) =>
          holdings.UE_1.some((h) => h.name === name)
            ? { name, basis: 'named' }
            : { name, basis: 'named', missing: true },
        ),
      }),
      actions: [],
      holdings,
    });
  return {
    procedure: PROCEDURE,
    scenario: DEFAULT_SCENARIO,
    seed: 'hand',
    initial: Object.fromEntries(ACTORS.map((a) => [a, []])) as unknown as Trace['initial'],
    steps,
    goals: [],
    clauseLast: 1,
  };
}

describe('derivable needs every input of a derivation', () => {
  it('one input short: none, and says which one it lacks', () => {
    const rows = knowledge(handMade(['Keying_material_1', 'UE_1_ID']), 1);
    expect(cell(rows, 'KD', 'MME_2')).toEqual({
      state: 'none',
      how: 'does not hold it; cannot compute it: lacks UE_2 ID',
    });
  });

  it('the key alone is not enough', () => {
    expect(cell(knowledge(handMade(['Keying_material_1']), 1), 'KD', 'MME_2').state).toBe('none');
  });

  it('every input: derivable, naming them', () => {
    const rows = knowledge(handMade(['Keying_material_1', 'UE_1_ID', 'UE_2_ID']), 1);
    expect(cell(rows, 'KD', 'MME_2').state).toBe('derivable');
    expect(cell(rows, 'KD', 'MME_2').how).toContain('Keying_material_1 (held), UE_1 ID (held)');
    expect(cell(rows, 'KD', 'UE_1').state).toBe('holds');
  });

  it('an eavesdropper derives from what crosses PC5 in clear, and only with every input', () => {
    const some = knowledge(handMade([], ['UE_1_ID', 'UE_2_ID', 'Nonce_1']), 2);
    expect(cell(some, 'UE_1_ID', 'PC5')).toEqual({ state: 'sees', how: 'in clear in message 2' });
    expect(cell(some, 'KD', 'PC5').state).toBe('none');
    const all = knowledge(handMade([], ['Keying_material_1', 'UE_1_ID', 'UE_2_ID']), 2);
    expect(cell(all, 'KD', 'PC5').state).toBe('derivable');
    expect(cell(all, 'KD', 'PC5').how).toContain('(seen in clear)');
  });

  it('a parameter the sender does not hold never crosses the link', () => {
    const rows = knowledge(handMade([], ['DKSI']), 2);
    expect(rows.map((r) => r.value)).not.toContain('DKSI');
    // In a run: under the literal reading UE_1 lacks the DKSI its PC5 message names.
    for (const trigger of ['0b', '0a-drr'] as const) {
      const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger, reading: 'literal' };
      const trace = simulate(scenario, 'knowledge');
      const id = trigger === '0b' ? 'pc5-request' : 'security-mode-command';
      expect(stepOf(trace, id).params).toContainEqual({
        name: 'DKSI',
        basis: 'named',
        missing: true,
      });
      expect(cell(knowledge(trace, lastStep(scenario)), 'DKSI', 'PC5').state).toBe('none');
    }
  });
});

/* Coalitions: parties that pool what their members hold and see. */

const knows = (state: string) => ['holds', 'derivable', 'sees'].includes(state);
const ALL_ASSUMPTIONS: Assumptions[] = ASSUMPTION_CHOICES.s10.flatMap((s10) =>
  ASSUMPTION_CHOICES.esr.map((esr) => ({ s10, esr })),
);

describe('coalitions', () => {
  it('are columns named by their members joined by +', () => {
    expect(COALITIONS.map((c) => c.id)).toEqual(['MME_1+PC5', 'MME_2+PC5', 'MME_1+MME_2']);
    for (const c of COALITIONS) {
      expect(c.id).toBe(c.members.join('+'));
      expect(KNOWLEDGE_COLUMNS).toContain(c.id);
    }
  });

  it('MME_1 with a PC5 receiver can compute KD-sess, MME_1 alone cannot (calculated, default)', () => {
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const rows = knowledge(trace, lastStep(DEFAULT_SCENARIO));
    expect(cell(rows, 'KD_sess', 'MME_1')).toEqual({
      state: 'none',
      how: 'does not hold it; cannot compute it: lacks Nonce_1, Nonce_2',
    });
    expect(cell(rows, 'KD_sess', 'MME_1+PC5')).toEqual({
      state: 'derivable',
      how: 'can compute it as KDF(KD, Nonce_1, Nonce_2) from KD (derivable), Nonce_1 (seen in clear on PC5), Nonce_2 (seen in clear on PC5)',
      pooled: true,
    });
    // What a member has first-hand, the coalition has, saying which member.
    expect(cell(rows, 'Nonce_1', 'MME_1+PC5')).toMatchObject({ state: 'sees' });
    expect(cell(rows, 'Nonce_1', 'MME_1+PC5').how).toMatch(/^on PC5: in clear in message/);
    expect(cell(rows, 'Keying_material_2', 'MME_1+PC5').how).toMatch(
      /^MME_1: received in message 5/,
    );
    // KD: MME_1 can compute it alone, so pooling does not add it.
    expect(cell(rows, 'KD', 'MME_1+PC5')).toMatchObject({ state: 'derivable' });
    expect(cell(rows, 'KD', 'MME_1+PC5').pooled).toBeUndefined();
  });

  it('gets KD-sess at the step the second nonce crosses PC5, not before', () => {
    for (const trigger of ['0b', '0a-drr', '0a-dcr'] as const) {
      const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger };
      const trace = simulate(scenario, 'knowledge');
      const both = (n: number) =>
        (['Nonce_1', 'Nonce_2'] as const).every(
          (v) => cell(knowledge(trace, n), v, 'PC5').state === 'sees',
        );
      const first = trace.steps.findIndex((_, n) => both(n));
      expect(first, trigger).toBeGreaterThan(trace.clauseLast);
      for (let n = 0; n < first; n++)
        expect(cell(knowledge(trace, n), 'KD_sess', 'MME_1+PC5').state, `${trigger} ${n}`).toBe(
          'none',
        );
      expect(cell(knowledge(trace, first), 'KD_sess', 'MME_1+PC5').state).toBe('derivable');
    }
  });

  for (const scenario of allScenarios(['intended', 'literal'])) {
    const name = `${scenario.scheme}/${scenario.trigger}/${scenario.peer}/refresh=${scenario.refresh}/${scenario.reading}`;
    it(`agrees with the closure of its members' knowledge: ${name}`, () => {
      const trace = simulate(scenario, 'knowledge');
      const rows = knowledge(trace, lastStep(scenario));
      for (const mme of ['MME_1', 'MME_2'] as const) {
        // An MME with a PC5 receiver gets KD-sess exactly when it knows KD and PC5 shows both
        // nonces: computed from the trace, as the MME alone never can.
        const both =
          knows(cell(rows, 'Nonce_1', 'PC5').state) && knows(cell(rows, 'Nonce_2', 'PC5').state);
        const kd = knows(cell(rows, 'KD', mme).state);
        expect(cell(rows, 'KD_sess', mme).state).toBe('none');
        expect(cell(rows, 'KD_sess', `${mme}+PC5`).state).toBe(both && kd ? 'derivable' : 'none');
        // The KDF and common schemes give the MME KD; the X25519 scheme never does.
        expect(both && kd).toBe(scenario.scheme !== 'dh');
      }
      // A coalition knows at least what each member knows.
      for (const c of COALITIONS)
        for (const r of rows)
          for (const m of c.members)
            if (knows(r.cells[m].state))
              expect(knows(r.cells[c.id].state), `${r.value} at ${c.id}`).toBe(true);
      // Pooled cells are those no member alone can get.
      for (const c of COALITIONS)
        for (const r of rows)
          expect(!!r.cells[c.id].pooled, `${r.value} at ${c.id}`).toBe(
            knows(r.cells[c.id].state) && !c.members.some((m) => knows(r.cells[m].state)),
          );
      // Both MMEs together gain nothing either lacks alone; with a receiver, KD-sess (and
      // whatever the trace derives from it).
      // Under the X25519 scheme no coalition of the network and a PC5 receiver gets KD-sess.
      const gains = pooledGains(rows);
      for (const c of ['MME_1+PC5', 'MME_2+PC5'] as const)
        if (scenario.scheme === 'dh') expect(gains[c]).toEqual([]);
        else expect(gains[c]).toContain('KD_sess');
      expect(gains['MME_1+MME_2']).toEqual([]);
    });
  }

  it('pools a held input with one seen in clear (hand-made trace): the closure is computed', () => {
    // MME_2 holds the key and UE_1's identity; UE_2's identity crosses PC5 in clear.
    const trace = handMade(['Keying_material_1', 'UE_1_ID'], ['UE_2_ID']);
    const rows = knowledge(trace, 2);
    expect(cell(rows, 'KD', 'MME_2').state).toBe('none');
    expect(cell(rows, 'KD', 'PC5').state).toBe('none');
    expect(cell(rows, 'KD', 'MME_2+PC5')).toEqual({
      state: 'derivable',
      how: 'can compute it as KDF(Keying_material_1, UE_1 ID, UE_2 ID) from Keying_material_1 (held by MME_2), UE_1 ID (held by MME_2), UE_2 ID (seen in clear on PC5)',
      pooled: true,
    });
    // MME_1 holds nothing here: with the same receiver it still lacks the key.
    expect(cell(rows, 'KD', 'MME_1+PC5')).toEqual({
      state: 'none',
      how: 'no member holds or sees it by step 2; cannot compute it: lacks Keying_material_1, UE_1 ID',
    });
    // Without the PC5 message, MME_2's coalition cannot compute it either.
    expect(cell(knowledge(trace, 1), 'KD', 'MME_2+PC5').state).toBe('none');
  });
});

/* Assumptions: the MME–MME link protected or in clear, the ESR ciphered or not. */

describe('protection assumptions', () => {
  it('default to a protected MME–MME link and an ESR not ciphered', () => {
    expect(DEFAULT_ASSUMPTIONS).toEqual({ s10: 'protected', esr: 'clear' });
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const last = lastStep(DEFAULT_SCENARIO);
    expect(knowledge(trace, last)).toEqual(knowledge(trace, last, DEFAULT_ASSUMPTIONS));
    expect(linksUnder(trace).find((l) => l.id === 'MME-MME')?.protection).toBe('ciphered');
  });

  it('s10=clear: an eavesdropper on the MME–MME link sees the keying material and can compute KD, in both variants', () => {
    for (const scheme of ['kdf', 'common'] as const)
      for (const reading of ['intended', 'literal'] as const) {
        const scenario: Scenario = { ...DEFAULT_SCENARIO, scheme, reading };
        const trace = simulate(scenario, 'knowledge');
        const last = lastStep(scenario);
        const clear = knowledge(trace, last, { s10: 'clear', esr: 'clear' });
        const prot = knowledge(trace, last, { s10: 'protected', esr: 'clear' });
        const dkr = stepOf(trace, 'dkr').n; // message 2
        expect(cell(prot, 'Keying_material_1', 'MME-MME').state).toBe('ciphertext');
        expect(cell(clear, 'Keying_material_1', 'MME-MME')).toMatchObject({ state: 'sees' });
        expect(cell(clear, 'Keying_material_1', 'MME-MME').how).toMatch(
          new RegExp(`^in clear in messages? ${dkr}\\b`),
        );
        // KD is computed from what crosses the link: both keying materials (and in the
        // calculated variant both identities), or under common the keying material is KD.
        expect(cell(prot, 'KD', 'MME-MME').state).toBe('none');
        expect(cell(clear, 'KD', 'MME-MME').state, `${scheme}/${reading}`).toBe('derivable');
        expect(cell(clear, 'KD', 'MME-MME').how).toContain('seen in clear');
        // Nothing on the link gives KD-sess: the nonces stay on PC5.
        expect(cell(clear, 'KD_sess', 'MME-MME').state).toBe('none');
        // The actors' own knowledge does not depend on how the link is protected.
        for (const r of clear)
          for (const a of ACTORS) expect(r.cells[a]).toEqual(cell(prot, r.value, a));
      }
  });

  it('s10 changes the MME–MME link and no other', () => {
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const clear = linksUnder(trace, { s10: 'clear', esr: 'clear' });
    const prot = linksUnder(trace, DEFAULT_ASSUMPTIONS);
    for (const l of LINKS) {
      const c = clear.find((x) => x.id === l)!;
      const p = prot.find((x) => x.id === l)!;
      if (l === 'MME-MME') {
        expect(p.protection).toBe('ciphered');
        expect(c).toMatchObject({ protection: 'clear' });
        expect(c.why).toContain('never requires');
      } else expect(c).toEqual(p);
    }
  });

  it('esr=ciphered: message 1 is only ciphertext on UE_1–MME_1, and nothing there is in clear', () => {
    for (const peer of ['connection-identity', 'exp-code'] as const) {
      const scenario: Scenario = { ...DEFAULT_SCENARIO, peer };
      const trace = simulate(scenario, 'knowledge');
      const esr = stepOf(trace, 'esr');
      const v = peer === 'exp-code' ? 'EXP_code' : 'connection_identity';
      const ciphered: Assumptions = { s10: 'protected', esr: 'ciphered' };
      expect(cell(knowledge(trace, esr.n), v, 'NAS-1').state).toBe('sees');
      const c = cell(knowledge(trace, esr.n, ciphered), v, 'NAS-1');
      expect(c.state).toBe('ciphertext');
      expect(c.how).toBe(
        `only as ciphertext in message ${esr.n} (NAS protected; message ${esr.n} assumed ciphered, as NAS messages are once a NAS signalling connection exists; sent from EMM-IDLE it is an initial NAS message and is not ciphered (TS 24.301 clause 4.4.5; recalled, to be confirmed))`,
      );
      for (let n = 0; n <= lastStep(scenario); n++)
        for (const r of knowledge(trace, n, ciphered))
          expect(r.cells['NAS-1'].state, `${r.value} at ${n}`).not.toBe('sees');
      expect(exposedMessages(trace)).toEqual([{ n: esr.n, why: esr.exposed }]);
      expect(exposedMessages(trace, ciphered)).toEqual([]);
    }
  });

  it('under every assumption, the actors’ cells stay the same and the coalitions follow their members', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, scheme: 'common' };
    const trace = simulate(scenario, 'knowledge');
    const last = lastStep(scenario);
    const base = knowledge(trace, last);
    for (const a of ALL_ASSUMPTIONS) {
      const rows = knowledge(trace, last, a);
      for (const r of base)
        for (const actor of ACTORS) expect(cell(rows, r.value, actor)).toEqual(r.cells[actor]);
      // With the MME–MME link in clear, the common KD itself is seen there.
      expect(cell(rows, 'KD', 'MME-MME').state).toBe(a.s10 === 'clear' ? 'derivable' : 'none');
      expect(cell(rows, 'KD_sess', 'MME_1+PC5').state).toBe('derivable');
    }
  });
});
