import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { DEFAULT_ASSUMPTIONS } from '../protocol/procedure/links';
import { defaultComparison, DEFAULT_LINK, parseQuery, toQuery } from './deepLink';

describe('parseQuery', () => {
  it('reads every field', () => {
    const { state, errors } = parseQuery(
      '?scheme=common&trigger=0a-dcr&peer=exp-code&refresh=yes&reading=literal&seed=demo&step=5',
    );
    expect(errors).toEqual([]);
    expect(state).toEqual({
      scenario: {
        scheme: 'common',
        trigger: '0a-dcr',
        peer: 'exp-code',
        refresh: 'yes',
        reading: 'literal',
      },
      seed: 'demo',
      step: 5,
      compare: null,
      inputs: {},
    });
  });

  it('opens an old trigger=0a link as 0a-drr (the rekeying case it meant), with no error', () => {
    const { state, errors } = parseQuery('?trigger=0a&step=5&compare=on&b.trigger=0a');
    expect(errors).toEqual([]);
    expect(state.scenario.trigger).toBe('0a-drr');
    expect(state.compare?.trigger).toBe('0a-drr');
    expect(state.step).toBe(5);
    // The link written back names the new choice.
    expect(new URLSearchParams(toQuery(state)).get('trigger')).toBe('0a-drr');
  });

  it('refuses a step past the scenario’s last, naming the step and the range', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const last = lastStep(scenario);
    const { state, errors } = parseQuery(`?trigger=0a-drr&step=${last + 1}`);
    expect(errors).toEqual([
      {
        field: 'step',
        given: String(last + 1),
        message: `must be from 0 to ${last} in this scenario`,
      },
    ]);
    expect(state.scenario).toEqual(scenario);
    // A bad field falls back to its default (README, "Deep links"), which is within 0..last.
    expect(state.step).toBe(DEFAULT_LINK.step);
    // The last step itself is good, and the same step is good under 0b.
    expect(parseQuery(`?trigger=0a-drr&step=${last}`)).toMatchObject({
      state: { step: last },
      errors: [],
    });
    expect(parseQuery(`?trigger=0b&step=${last + 1}`).errors).toEqual([]);
  });

  it('reads a comparison: compare=on with b.* over the other variant', () => {
    const { state, errors } = parseQuery('?scheme=kdf&compare=on&b.reading=literal');
    expect(errors).toEqual([]);
    expect(state.compare).toEqual({ ...state.scenario, scheme: 'common', reading: 'literal' });
    expect(parseQuery('?compare=maybe&b.scheme=x').errors.map((e) => e.field)).toEqual(['compare']);
    expect(parseQuery('?compare=on&b.scheme=x').errors.map((e) => e.field)).toEqual(['b.scheme']);
  });

  it('opens links from before the schemes: mode=calculated is kdf, mode=common common, b.mode too', () => {
    const { state, errors } = parseQuery('?mode=calculated&compare=on&b.mode=common');
    expect(errors).toEqual([]);
    expect(state.scenario.scheme).toBe('kdf');
    expect(state.compare?.scheme).toBe('common');
    expect(parseQuery('?mode=common').state.scenario.scheme).toBe('common');
    // Written anew under the present name only.
    expect(toQuery(state)).toContain('scheme=kdf');
    expect(toQuery(state)).not.toContain('mode=');
    // The old and the new name together count as giving the field twice.
    const twice = parseQuery('?mode=common&scheme=dh');
    expect(twice.errors).toEqual([
      { field: 'scheme', given: 'dh, common', message: 'given 2 times; give it once' },
    ]);
    // A bad old value is named under the field's present name, with the present choices.
    expect(parseQuery('?mode=both').errors).toEqual([
      { field: 'scheme', given: 'both', message: 'must be one of kdf, common, dh' },
    ]);
  });

  it('compares the X25519 scheme against the KDF one by default, and KDF against common', () => {
    expect(defaultComparison({ ...DEFAULT_LINK.scenario, scheme: 'dh' }).scheme).toBe('kdf');
    expect(defaultComparison({ ...DEFAULT_LINK.scenario, scheme: 'kdf' }).scheme).toBe('common');
    expect(defaultComparison({ ...DEFAULT_LINK.scenario, scheme: 'common' }).scheme).toBe('kdf');
  });

  it('reads the attacker, writes it only when there is one, and names a bad one', () => {
    const { state, errors } = parseQuery('?attacker=malicious-mme1&step=3');
    expect(errors).toEqual([]);
    expect(state.attacker).toBe('malicious-mme1');
    expect(toQuery(state)).toContain('attacker=malicious-mme1');
    expect(parseQuery('?attacker=none').state.attacker).toBeUndefined();
    expect(toQuery({ ...state, attacker: 'none' })).not.toContain('attacker');
    expect(parseQuery('?attacker=mallory').errors).toEqual([
      {
        field: 'attacker',
        given: 'mallory',
        message: 'must be one of none, curious-mme, malicious-mme1, s10-eavesdropper, kasme-leak',
      },
    ]);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseQuery('')).toEqual({ state: DEFAULT_LINK, errors: [] });
  });

  it('names each bad field, falls back to its default and keeps the good ones', () => {
    const { state, errors } = parseQuery('?scheme=banana&step=19&seed=keep+me&peer=exp-code');
    expect(errors.map((e) => e.field)).toEqual(['scheme', 'step']);
    expect(errors[0]?.given).toBe('banana');
    expect(errors[0]?.message).toBe('must be one of kdf, common, dh');
    expect(state.scenario.scheme).toBe(DEFAULT_LINK.scenario.scheme);
    expect(state.scenario.peer).toBe('exp-code');
    expect(state.seed).toBe('keep me');
    expect(state.step).toBe(0);
  });

  it.each([
    ['step=-1', 'step'],
    ['step=1.5', 'step'],
    ['step=', 'step'],
    ['step=%E0%A4%A', 'step'],
    ['seed=', 'seed'],
    ['seed=%20%20', 'seed'],
    [`seed=${'x'.repeat(201)}`, 'seed'],
    ['refresh=YES', 'refresh'],
    ['trigger=0c', 'trigger'],
    ['reading=loose', 'reading'],
    ['mode=common&scheme=kdf', 'scheme'],
  ])('rejects %s', (query, field) => {
    const { errors } = parseQuery(`?${query}`);
    expect(errors.map((e) => e.field)).toEqual([field]);
  });

  it('keeps a seed with markup and unicode verbatim', () => {
    const seed = '<img src=x onerror=alert(1)>; # 🔑 "é"';
    const { state, errors } = parseQuery(toQuery({ ...DEFAULT_LINK, seed }));
    expect(errors).toEqual([]);
    expect(state.seed).toBe(seed);
  });
});

describe('edited inputs in the link', () => {
  it('reads in.<name>, canonicalises it, and round-trips', () => {
    const { state, errors } = parseQuery('?in.K_ASME_1=' + 'AB'.repeat(32) + '&in.DKSI=3');
    expect(errors).toEqual([]);
    expect(state.inputs).toEqual({ K_ASME_1: 'ab'.repeat(32), DKSI: '3' });
    expect(parseQuery(toQuery(state))).toEqual({ state, errors: [] });
  });

  it.each([
    ['in.K_ASME_1=abc', 'in.K_ASME_1', 'it has 3'],
    ['in.UE_1_ID=zz0000', 'in.UE_1_ID', 'not a hex digit'],
    ['in.DKSI=7', 'in.DKSI', 'out of range'],
    ['in.UE_2_ID=', 'in.UE_2_ID', 'empty'],
    ['in.NAS_COUNT_1=01000000', 'in.NAS_COUNT_1', 'first octet'],
  ])('rejects %s, naming the field and the rule', (query, field, why) => {
    const { state, errors } = parseQuery(`?${query}`);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]?.message).toContain(why);
    expect(state.inputs).toEqual({});
  });
});

describe('toQuery', () => {
  it('round-trips every scenario and each of its steps', () => {
    for (const scenario of allScenarios(['intended', 'literal']))
      for (let step = 0; step <= lastStep(scenario); step++) {
        const state = { scenario, seed: 'demo', step, compare: null, inputs: {} };
        expect(parseQuery(toQuery(state))).toEqual({ state, errors: [] });
        const compared = { ...state, compare: { ...scenario, peer: 'exp-code' as const } };
        expect(parseQuery(toQuery(compared))).toEqual({ state: compared, errors: [] });
      }
  });
});

describe('who knows what’s assumptions in the link', () => {
  it('reads s10 and esr, and leaves them out when they are the defaults', () => {
    const { state, errors } = parseQuery('?s10=clear&esr=ciphered');
    expect(errors).toEqual([]);
    expect(state.assumptions).toEqual({ s10: 'clear', esr: 'ciphered' });
    expect(parseQuery(toQuery(state))).toEqual({ state, errors: [] });
    // Only one changed: both are written, the other at its default.
    const one = parseQuery('?esr=ciphered').state;
    expect(one.assumptions).toEqual({ s10: 'protected', esr: 'ciphered' });
    const q = new URLSearchParams(toQuery(one));
    expect([q.get('s10'), q.get('esr')]).toEqual(['protected', 'ciphered']);
    expect(parseQuery(toQuery(one))).toEqual({ state: one, errors: [] });
    // The defaults, given or not, read the same and are not written.
    expect(parseQuery('?s10=protected&esr=clear')).toEqual({ state: DEFAULT_LINK, errors: [] });
    const written = new URLSearchParams(
      toQuery({ ...DEFAULT_LINK, assumptions: DEFAULT_ASSUMPTIONS }),
    );
    expect(written.has('s10') || written.has('esr')).toBe(false);
  });

  it.each([
    ['s10=open', 's10', 'must be one of protected, clear'],
    ['s10=', 's10', 'must be one of protected, clear'],
    ['esr=CIPHERED', 'esr', 'must be one of clear, ciphered'],
    ['esr=clear&esr=ciphered', 'esr', 'given 2 times; give it once'],
  ])('rejects %s, naming the field, and falls back to its default', (query, field, message) => {
    const { state, errors } = parseQuery(`?${query}&scheme=common`);
    expect(errors.map((e) => [e.field, e.message])).toEqual([[field, message]]);
    expect(state.scenario.scheme).toBe('common');
    expect((state.assumptions ?? DEFAULT_ASSUMPTIONS)[field as 's10' | 'esr']).toBe(
      DEFAULT_ASSUMPTIONS[field as 's10' | 'esr'],
    );
  });

  it('keeps a good one beside a bad one', () => {
    const { state, errors } = parseQuery('?s10=clear&esr=maybe');
    expect(errors).toEqual([
      { field: 'esr', given: 'maybe', message: 'must be one of clear, ciphered' },
    ]);
    expect(state.assumptions).toEqual({ s10: 'clear', esr: 'clear' });
  });
});
