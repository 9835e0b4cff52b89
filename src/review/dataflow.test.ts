import { describe, expect, it } from 'vitest';
import { run } from '../protocol/engine/run';
import { seededInputs } from '../protocol/inputs';
import { PROCEDURE } from '../protocol/procedure';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { KDF_SCHEME } from '../protocol/scheme';
import { simulate } from '../protocol/simulate';
import type { Action, Actor, Goal, Procedure, ValueName } from '../protocol/types';
import { keyConfirmation } from './confirmation';
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

const KD_GOALS: Goal[] = [
  { actor: 'UE_1', value: 'KD', why: 'test' },
  { actor: 'UE_2', value: 'KD', why: 'test' },
];

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

  it('finds that neither UE can confirm KD when nothing is verified, whatever the message order', () => {
    // UE_2 hears last, yet hearing is not confirmation: only a verified MAC is.
    const f = flow(
      [
        [{ kind: 'send', from: 'MME_2', to: 'UE_2', message: 1, params: [] }],
        [{ kind: 'send', from: 'MME_1', to: 'UE_1', message: 2, params: [] }],
        [{ kind: 'send', from: 'UE_1', to: 'UE_2', message: 3, params: [] }],
      ],
      { initial: { UE_1: ['KD'], UE_2: ['KD'] }, goals: KD_GOALS },
    );
    expect(ids(f)).toEqual(['no-confirmation/UE_1', 'no-confirmation/UE_2']);
    expect(checkFlow(f)[0]?.text).toContain('No later step has UE_1 verify anything from UE_2');
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
      // The network knows KD but under the X25519 scheme, whose MMEs hold no private key.
      const network = ['network-knows-kd/MME_1', 'network-knows-kd/MME_2'];
      const ids = findings.map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(['no-confirmation/UE_1', 'no-confirmation/UE_2']));
      if (scenario.scheme === 'dh') for (const id of network) expect(ids).not.toContain(id);
      else expect(ids).toEqual(expect.arrayContaining(network));
    },
  );
});

/** A hand-made flow split into the clause and a continuation, for key confirmation. */
function parted(clause: Action[][], continuation: Action[][], initial = {}): Flow {
  const steps = [...clause, ...continuation].map((actions, n) => ({
    def: { n, part: n < clause.length ? ('clause' as const) : ('continuation' as const) },
    actions,
  }));
  return {
    initial: { UE_1: [], MME_1: [], MME_2: [], UE_2: [], ...initial },
    steps,
    goals: KD_GOALS,
  };
}

/** UE_2 makes K_int from KD and a MAC under it, sends it; UE_1 makes its own and verifies. */
const macFrom = (
  maker: 'derive' | 'generate',
  result: 'match' | 'mismatch' | 'missing',
  from: Actor = 'UE_2',
): Action[] => [
  { kind: 'derive', actor: from, value: 'K_int', inputs: ['KD'] },
  maker === 'derive'
    ? { kind: 'derive', actor: from, value: 'MAC_command', inputs: ['K_int', 'Nonce_2'] }
    : { kind: 'generate', actor: from, value: 'MAC_command' },
  { kind: 'send', from, to: 'UE_1', message: 2, params: ['Nonce_2', 'MAC_command'] },
  { kind: 'derive', actor: 'UE_1', value: 'K_int', inputs: ['KD'] },
  { kind: 'derive', actor: 'UE_1', value: 'XMAC_command', inputs: ['K_int', 'Nonce_2'] },
  { kind: 'verify', actor: 'UE_1', value: 'MAC_command', against: 'XMAC_command', result },
];
const BOTH_KD = { UE_1: ['KD'], UE_2: ['KD', 'Nonce_2'], MME_1: ['KD', 'Nonce_2'] };
const confirmationOf = (f: Flow) => keyConfirmation(f, ['UE_1', 'UE_2'], 'KD');

describe('key confirmation, from the MACs a flow verifies', () => {
  it('is the first step at which a UE verifies a MAC its peer made under a key from KD', () => {
    const f = parted([[]], [[], macFrom('derive', 'match')], BOTH_KD);
    const [ue1, ue2] = confirmationOf(f);
    expect(ue1).toMatchObject({
      step: 2,
      value: 'MAC_command',
      against: 'XMAC_command',
      chain: ['MAC_command', 'K_int', 'KD'],
    });
    expect(ue2.step).toBeNull();
    const found = checkFlow(f).find((x) => x.id === 'no-confirmation/UE_1');
    expect(found?.severity).toBe('open-point');
    expect(found?.text).toContain('It first can at step 2');
    expect(found?.text).toContain('both under K_int, from KD');
  });

  it('is none within the clause reported when the clause itself has the verification', () => {
    const f = parted([[], macFrom('derive', 'match')], [], BOTH_KD);
    expect(confirmationOf(f)[0].step).toBe(1);
    expect(ids(f).filter((id) => id.startsWith('no-confirmation/'))).toEqual([
      'no-confirmation/UE_2',
    ]);
  });

  it('is not given by a tampered MAC (its own computation differs)', () => {
    const [ue1] = confirmationOf(parted([[]], [macFrom('derive', 'mismatch')], BOTH_KD));
    expect(ue1).toMatchObject({ step: null, attempt: { step: 1, failure: { kind: 'mismatch' } } });
  });

  it('is not given by a MAC that matches but was not made under a key from KD', () => {
    const [ue1] = confirmationOf(parted([[]], [macFrom('generate', 'match')], BOTH_KD));
    expect(ue1).toMatchObject({ step: null, attempt: { failure: { kind: 'not-from-key' } } });
  });

  it('is not given by a MAC from someone other than the peer', () => {
    const [ue1] = confirmationOf(parted([[]], [macFrom('derive', 'match', 'MME_1')], BOTH_KD));
    expect(ue1.step).toBeNull();
  });

  it('says what a UE lacks to verify, down to the first missing input', () => {
    // UE_1 holds no KD: its K_int, hence its XMAC, cannot be made.
    const [ue1] = confirmationOf(
      parted([[]], [macFrom('derive', 'missing')], { UE_2: ['KD', 'Nonce_2'] }),
    );
    expect(ue1.attempt?.failure).toEqual({
      kind: 'cannot-compute',
      actor: 'UE_1',
      value: 'XMAC_command',
      lacks: ['KD'],
    });
  });
});

describe('key confirmation in the simulated procedure', () => {
  // Under 0b UE_1 sends the request at 8, UE_2 the Security Mode Command at 9, UE_1 the Complete
  // at 10; under 0a UE_1 sends the Command at 8 and UE_2 the Complete at 9.
  const EXPECTED = {
    '0b': { UE_1: 9, UE_2: 10 },
    '0a-drr': { UE_1: 9, UE_2: 8 },
    '0a-dcr': { UE_1: 9, UE_2: 8 },
  } as const;

  it.each(allScenarios().map((s) => [Object.values(s).join('/'), s] as const))(
    '%s: each UE first verifies its peer’s MAC after the clause, at the step its trigger gives',
    (_n, scenario) => {
      const trace = simulate(scenario, 'review');
      const [ue1, ue2] = confirmationOf(trace);
      const want = EXPECTED[scenario.trigger];
      expect([ue1.step, ue2.step]).toEqual([want.UE_1, want.UE_2]);
      for (const c of [ue1, ue2]) {
        expect(c.step).toBeGreaterThan(trace.clauseLast);
        expect(c.chain).toEqual([c.value, 'K_int', 'KD_sess', 'KD']);
        const found = checkFlow(trace).find((f) => f.id === `no-confirmation/${c.ue}`);
        expect(found).toMatchObject({ severity: 'open-point', source: 'computed', step: 7 });
        expect(found?.text).toContain(`It first can at step ${c.step}`);
        expect(found?.text).toContain(`No step of the clause (0–${trace.clauseLast})`);
        expect(found?.question).toContain(`How does ${c.ue} learn that ${c.peer} holds KD?`);
        expect(found?.question).toContain(`at step ${c.step}`);
      }
      // The one verified first is the Command's MAC, then the Complete's.
      const first = [ue1, ue2].sort((a, b) => a.step! - b.step!);
      expect(first.map((c) => c.value)).toEqual(['MAC_command', 'MAC_complete']);
    },
  );

  it.each(allScenarios(['literal']).map((s) => [Object.values(s).join('/'), s] as const))(
    'under the literal reading %s neither UE ever confirms: the MACs cover the DKSI UE_1 lacks',
    (_n, scenario) => {
      const trace = simulate(scenario, 'review');
      const [ue1, ue2] = confirmationOf(trace);
      expect([ue1.step, ue2.step]).toEqual([null, null]);
      // UE_1 cannot compute its own XMAC of what UE_2 sends…
      expect(ue1.attempt?.failure).toMatchObject({ kind: 'cannot-compute', lacks: ['DKSI'] });
      // …and sends UE_2 no MAC of its own.
      expect(ue2.attempt?.failure).toMatchObject({ kind: 'not-received', from: 'UE_1' });
      expect(ue2.attempt?.failure).toMatchObject({ lacks: ['DKSI'] });
      const text = checkFlow(trace).find((f) => f.id === 'no-confirmation/UE_1')?.text;
      expect(text).toContain('Not even kdflow’s illustrative continuation gives it');
      expect(text).toContain('it lacks DKSI');
    },
  );

  it('a forged Security Mode Command MAC does not verify, and gives UE_1 no confirmation', () => {
    // The same procedure, but UE_2's MAC is bytes from elsewhere, not derived under K_int.
    const forged: Procedure = {
      ...PROCEDURE,
      steps: PROCEDURE.steps.map((step) =>
        step.id === 'security-mode-command' && step.from === 'UE_2'
          ? {
              ...step,
              actions: step.actions.map((a) =>
                a.do === 'derive' && a.use === 'mac-command'
                  ? {
                      do: 'generate' as const,
                      actor: 'UE_2' as const,
                      value: 'MAC_command' as const,
                      bytes: () => new Uint8Array(32).fill(0xee),
                      how: 'forged',
                    }
                  : a,
              ),
            }
          : step,
      ),
    };
    const trace = run(forged, KDF_SCHEME, DEFAULT_SCENARIO, 'x', seededInputs('x'));
    const verify = trace.steps[9]!.actions.find((a) => a.kind === 'verify');
    expect(verify).toMatchObject({ actor: 'UE_1', value: 'MAC_command', result: 'mismatch' });
    const [ue1, ue2] = confirmationOf(trace);
    expect(ue1).toMatchObject({ step: null, attempt: { step: 9, failure: { kind: 'mismatch' } } });
    // UE_2 still verifies UE_1's genuine Complete at 10.
    expect(ue2.step).toBe(10);
    expect(checkFlow(trace).find((f) => f.id === 'no-confirmation/UE_1')?.text).toContain(
      'its own computation differs from it',
    );
  });
});

describe('the network knows KD: by the variant or by the scheme', () => {
  const networkFindings = (s: Scenario) =>
    checkFlow(simulate(s, 'review')).filter((f) => f.id.startsWith('network-knows-kd/'));

  it.each(allScenarios().map((s) => [Object.values(s).join('/'), s] as const))(
    '%s: worded after the scheme, under stable ids; none under the X25519 scheme',
    (_n, scenario) => {
      const found = networkFindings(scenario);
      expect(found.map((f) => f.id)).toEqual(
        scenario.scheme === 'dh' ? [] : ['network-knows-kd/MME_1', 'network-knows-kd/MME_2'],
      );
      for (const f of found) {
        expect(f).toMatchObject({ severity: 'open-point', source: 'computed' });
        expect(f.text).toContain(`scheme=${scenario.scheme}`);
        if (scenario.scheme === 'common') {
          expect(f.text).toContain('inherent in the variant');
          expect(f.text).toMatch(/: (it|MME_1) draws it at step 2/);
          expect(f.text).not.toContain('Diffie');
        } else {
          expect(f.text).toContain('can compute KD as UE_1 and UE_2 do');
          expect(f.text).toContain(
            'That follows from kdflow’s illustrative scheme, not from the text',
          );
          expect(f.text).toContain('Diffie–Hellman');
          expect(f.text).not.toContain('inherent');
        }
      }
      // Each MME's own way in, under the calculated scheme: its keying material from its K_ASME.
      if (scenario.scheme === 'kdf') {
        expect(found[0]?.text).toContain('derives Keying_material_1 from K_ASME_1');
        expect(found[1]?.text).toContain('derives Keying_material_2 from K_ASME_2');
      }
      // A question for the meeting on each, naming its MME.
      for (const f of found) expect(f.question).toContain(f.actor);
    },
  );

  it('blames no scheme that is not illustrative', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, scheme: 'kdf' }, 'review');
    const text = checkFlow({ ...trace, scheme: { name: 'A standard one', illustrative: false } })
      .filter((f) => f.id.startsWith('network-knows-kd/'))
      .map((f) => f.text);
    expect(text).toHaveLength(2);
    for (const t of text) {
      expect(t).toContain('The text does not say whether that is intended.');
      expect(t).not.toContain('illustrative scheme');
    }
  });
});
