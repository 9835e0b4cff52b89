import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import type { Action, Actor, Goal, ValueName } from '../protocol/types';
import { checkFlow, type Flow } from './dataflow';

/** A small hand-made flow: A holds x, sends it to B, B derives y from x; B must hold y. */
function flow(
  steps: Action[][],
  opts: { initial?: Partial<Record<Actor, ValueName[]>>; goals?: Goal[] } = {},
): Flow {
  return {
    initial: { UE_1: [], MME_1: [], MME_2: [], UE_2: [], ...opts.initial },
    steps: steps.map((actions, n) => ({ def: { n }, actions })),
    goals: opts.goals ?? [],
  };
}

const ids = (f: Flow) => checkFlow(f).map((x) => x.id);

describe('checkFlow on hand-made flows', () => {
  const clean = flow(
    [
      [{ kind: 'generate', actor: 'UE_1', value: 'DKSI' }],
      [{ kind: 'send', from: 'UE_1', to: 'UE_2', message: 1, params: ['DKSI'] }],
      [{ kind: 'send', from: 'UE_2', to: 'UE_1', message: 2, params: ['UE_2_ID'] }],
    ],
    {
      initial: { UE_2: ['UE_2_ID'] },
      goals: [
        { actor: 'UE_2', value: 'DKSI', why: 'test' },
        { actor: 'UE_1', value: 'UE_2_ID', why: 'test' },
      ],
    },
  );

  it('finds nothing in a clean flow', () => {
    expect(checkFlow(clean)).toEqual([]);
  });

  it('finds a value sent by an actor that does not hold it', () => {
    const f = flow([[{ kind: 'send', from: 'MME_1', to: 'UE_1', message: 6, params: ['DKSI'] }]]);
    expect(ids(f)).toEqual(['sends-missing/6/MME_1']);
    expect(checkFlow(f)[0]?.severity).toBe('defect');
  });

  it('finds a value used by an actor that does not hold it', () => {
    const f = flow([
      [{ kind: 'derive', actor: 'UE_2', value: 'Keying_material_2', inputs: ['K_ASME_2'] }],
    ]);
    expect(ids(f)).toEqual(['uses-missing/0/UE_2/Keying_material_2']);
  });

  it('finds a value an actor needs that never reaches it', () => {
    const f = flow([[{ kind: 'generate', actor: 'UE_2', value: 'DKSI' }]], {
      goals: [{ actor: 'UE_1', value: 'DKSI', why: 'names KD' }],
    });
    expect(ids(f)).toEqual(['never-reaches/UE_1/DKSI']);
  });

  it('finds a reference to a message the actor never received', () => {
    const f = flow([
      [{ kind: 'send', from: 'MME_1', to: 'MME_2', message: 2, params: [] }],
      [{ kind: 'refer', actor: 'MME_1', message: 2, quote: 'received in message 2' }],
    ]);
    expect(ids(f)).toEqual(['refer/1/MME_1/2']);
    expect(checkFlow(f)[0]?.text).toContain('(it sent it)');
  });

  it('finds a value sent back to the actor it came from', () => {
    const f = flow(
      [
        [{ kind: 'send', from: 'MME_1', to: 'MME_2', message: 2, params: ['UE_1_ID'] }],
        [{ kind: 'send', from: 'MME_2', to: 'MME_1', message: 5, params: ['UE_1_ID'] }],
      ],
      { initial: { MME_1: ['UE_1_ID'] } },
    );
    expect(ids(f)).toEqual(['echo/5/MME_2']);
    expect(checkFlow(f)[0]?.severity).toBe('editorial');
  });

  it('finds a UE that hears nothing after its peer’s last input', () => {
    const f = flow(
      [
        [{ kind: 'send', from: 'MME_2', to: 'UE_2', message: 1, params: [] }],
        [{ kind: 'send', from: 'MME_1', to: 'UE_1', message: 2, params: [] }],
      ],
      {
        initial: { UE_1: ['KD'], UE_2: ['KD'] },
        goals: [
          { actor: 'UE_1', value: 'KD', why: 'test' },
          { actor: 'UE_2', value: 'KD', why: 'test' },
        ],
      },
    );
    expect(ids(f)).toEqual(['no-confirmation/UE_2']);
  });

  it('finds an MME that could compute KD', () => {
    const f = flow(
      [[{ kind: 'derive', actor: 'UE_1', value: 'KD', inputs: ['Keying_material_1'] }]],
      { initial: { UE_1: ['Keying_material_1'], MME_1: ['Keying_material_1'] } },
    );
    expect(ids(f)).toEqual(['network-knows-kd/MME_1']);
  });
});

describe('checkFlow on the simulated procedure', () => {
  it('under the literal reading: UE_1 never learns the DKSI nor the new connection identity', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, reading: 'literal', peer: 'exp-code' }, 'review');
    const found = ids(trace);
    expect(found).toContain('never-reaches/UE_1/DKSI');
    expect(found).toContain('never-reaches/UE_1/new_connection_identity');
    expect(found).toContain('refer/6/MME_1/2');
    expect(found).toContain('echo/5/MME_2');
  });

  it.each(allScenarios().map((s) => [Object.values(s).join('/'), s] as const))(
    'under the intended reading %s: no defect, only open points',
    (_n, scenario) => {
      const findings = checkFlow(simulate(scenario, 'review'));
      expect(findings.filter((f) => f.severity === 'defect')).toEqual([]);
      expect(findings.map((f) => f.id)).toEqual(
        expect.arrayContaining([
          'no-confirmation/UE_2',
          'network-knows-kd/MME_1',
          'network-knows-kd/MME_2',
        ]),
      );
    },
  );
});
