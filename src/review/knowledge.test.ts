import { describe, expect, it } from 'vitest';
import { toHex } from '../protocol/bytes';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
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
import { KNOWLEDGE_COLUMNS, knowledge, type KnowledgeRow } from './knowledge';

const cell = (rows: KnowledgeRow[], value: ValueName, column: (typeof KNOWLEDGE_COLUMNS)[number]) =>
  rows.find((r) => r.value === value)?.cells[column] ?? { state: 'none', how: '(no row)' };

describe('knowledge at the last step, in every scenario and reading', () => {
  for (const scenario of allScenarios(['intended', 'literal'])) {
    const name = `${scenario.mode}/${scenario.trigger}/${scenario.peer}/refresh=${scenario.refresh}/${scenario.reading}`;
    it(name, () => {
      const trace = simulate(scenario, 'knowledge');
      const rows = knowledge(trace, trace.steps.length - 1);
      // The network holds KD or can compute it.
      for (const mme of ['MME_1', 'MME_2'] as const)
        expect(['holds', 'derivable']).toContain(cell(rows, 'KD', mme).state);
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
      // Protected links never show anything in clear, nor anything derived from it.
      for (const link of ['NAS-1', 'NAS-2', 'MME-MME'] as const)
        for (const r of rows) expect(['ciphertext', 'none']).toContain(r.cells[link].state);
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
    const rows = knowledge(trace, 10);
    expect(cell(rows, 'Keying_material_1', 'MME_2').how).toBe('received in message 2 from MME_1');
    expect(cell(rows, 'KD', 'UE_1').how).toMatch(/^derived at step 7 as KDF\(Keying_material_1/);
    expect(cell(rows, 'KD', 'MME_1')).toMatchObject({ state: 'derivable' });
    expect(cell(rows, 'Nonce_1', 'PC5').how).toBe('in clear in message 8');
    expect(cell(rows, 'DKSI', 'NAS-2')).toEqual({
      state: 'ciphertext',
      how: 'only as ciphertext in message 4 (NAS protected)',
    });
    expect(cell(rows, 'Keying_material_1', 'MME-MME').how).toContain('network domain security');
  });

  it('the common variant: the MMEs hold KD itself', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, mode: 'common' }, 'knowledge');
    const rows = knowledge(trace, 10);
    expect(cell(rows, 'KD', 'MME_1').state).toBe('holds');
    expect(cell(rows, 'KD', 'MME_2').state).toBe('holds');
  });

  it('rekeying: the old values are held and marked retired from step 7', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, trigger: '0a' }, 'knowledge');
    expect(cell(knowledge(trace, 6), 'KD_old', 'UE_1').retired).toBeUndefined();
    const kdOld = cell(knowledge(trace, 7), 'KD_old', 'UE_2');
    expect(kdOld).toMatchObject({ state: 'holds', retired: true });
    expect(kdOld.how).toContain('retired at step 7');
  });

  it('follows the step: at step 1 nothing is on PC5 and nobody else knows Nonce_1', () => {
    const trace = simulate(DEFAULT_SCENARIO, 'knowledge');
    const rows = knowledge(trace, 1);
    expect(rows.map((r) => r.value)).not.toContain('Nonce_1');
    expect(rows.every((r) => r.cells.PC5.state === 'none')).toBe(true);
    expect(cell(rows, 'NAS_COUNT_1', 'NAS-1').state).toBe('ciphertext');
    expect(cell(rows, 'NAS_COUNT_1', 'NAS-2').state).toBe('none');
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
};
const def = (n: number, extra: Partial<StepDef> = {}): StepDef => ({
  n,
  kind: 'trigger',
  actors: [],
  title: '',
  params: [],
  summary: '',
  sentences: [],
  ...extra,
});

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
        params: pc5.map((name) => ({ name, basis: 'named' })),
      }),
      actions: [],
      holdings,
    });
  return {
    scenario: DEFAULT_SCENARIO,
    seed: 'hand',
    initial: Object.fromEntries(ACTORS.map((a) => [a, []])) as unknown as Trace['initial'],
    steps,
    goals: [],
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
  });
});
