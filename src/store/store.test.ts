import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  SCENARIO_CHOICES,
  type Scenario,
} from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { DEFAULT_ASSUMPTIONS } from '../protocol/procedure/links';
import { DEFAULT_LINK, parseQuery, toQuery } from './deepLink';
import { createKdflowStore, initialState, PLAY_SPEEDS_MS, traceOf } from './store';

describe('edited inputs', () => {
  it('uses a good edit at once and keeps a bad one as typed, with the last good value', () => {
    const s = createKdflowStore();
    const kd = () => {
      const { scenario, seed, inputs } = s.getState();
      return traceOf(scenario, seed, inputs).steps[7]?.holdings.UE_1.find((v) => v.name === 'KD')
        ?.hex;
    };
    const before = kd();
    s.getState().typeInput('K_ASME_2', '11'.repeat(32));
    const edited = kd();
    expect(edited).not.toBe(before);
    s.getState().typeInput('UE_1_ID', 'xyz');
    s.getState().typeInput('K_ASME_1', '22'.repeat(31));
    expect(s.getState().inputErrors.UE_1_ID).toMatch(/UE_1 ID must be 6 hex digits/);
    expect(s.getState().inputErrors.K_ASME_1).toMatch(/it has 62/);
    expect(s.getState().inputDrafts).toMatchObject({ UE_1_ID: 'xyz', K_ASME_1: '22'.repeat(31) });
    expect(kd()).toBe(edited);
    s.getState().resetInputs();
    expect(kd()).toBe(before);
  });

  it('draws random inputs that all parse', () => {
    const s = createKdflowStore();
    s.getState().randomizeInputs();
    const { inputs } = s.getState();
    expect(Object.keys(inputs).length).toBeGreaterThan(10);
    const again = createKdflowStore();
    again.getState().randomizeInputs();
    expect(again.getState().inputs.K_ASME_1).not.toBe(inputs.K_ASME_1);
  });
});

/** The default scenario under each trigger, with the number of its last step from the procedure. */
const byTrigger = SCENARIO_CHOICES.trigger.map((trigger) => {
  const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger };
  return { trigger, scenario, last: lastStep(scenario) };
});

describe('store', () => {
  it.each(byTrigger)(
    'steps within 0..lastStep under trigger $trigger (last $last)',
    ({ scenario, last }) => {
      const s = createKdflowStore();
      s.getState().setScenario(scenario);
      s.getState().previous();
      expect(s.getState().step).toBe(0);
      for (let i = 0; i < 20; i++) s.getState().next();
      expect(s.getState().step).toBe(last);
      s.getState().first();
      expect(s.getState().step).toBe(0);
      s.getState().last();
      expect(s.getState().step).toBe(last);
      s.getState().goTo(last + 1);
      expect(s.getState().step).toBe(last);
      s.getState().goTo(3.7);
      expect(s.getState().step).toBe(3);
    },
  );

  it('clamps the step to the new last step when the trigger changes (0b at 10 → 0a-dcr at 9)', () => {
    const from = byTrigger.find((t) => t.trigger === '0b')!;
    const to = byTrigger.find((t) => t.trigger === '0a-dcr')!;
    // The procedure's facts this test is about: 0b ends at 10, 0a-dcr one step earlier, at 9.
    expect([from.last, to.last]).toEqual([10, 9]);
    const s = createKdflowStore();
    s.getState().setScenario({ trigger: '0b' });
    s.getState().last();
    expect(s.getState().step).toBe(from.last);
    s.getState().setScenario({ trigger: '0a-dcr' });
    expect(s.getState().step).toBe(to.last);
    // A step that exists under both triggers is kept as it is.
    s.getState().goTo(5);
    s.getState().setScenario({ trigger: '0b' });
    expect(s.getState().step).toBe(5);
  });

  it('keeps the last good seed and the typed text when the seed is bad', () => {
    const s = createKdflowStore();
    s.getState().typeSeed('abc');
    expect(s.getState().seed).toBe('abc');
    s.getState().typeSeed('   ');
    expect(s.getState().seed).toBe('abc');
    expect(s.getState().seedDraft).toBe('   ');
    expect(s.getState().seedError).toMatch(/empty/);
    s.getState().typeSeed(DEFAULT_SEED);
    expect(s.getState().seedError).toBeNull();
  });

  it.each(byTrigger)(
    'stops playing at the last step and restarts from the first under trigger $trigger',
    ({ scenario, last }) => {
      const s = createKdflowStore();
      s.getState().setScenario(scenario);
      s.getState().goTo(last - 1);
      s.getState().togglePlay();
      expect(s.getState().playing).toBe(true);
      s.getState().next();
      expect(s.getState().step).toBe(last);
      expect(s.getState().playing).toBe(false);
      s.getState().togglePlay();
      expect(s.getState().step).toBe(0);
    },
  );

  it('derives a stable trace object for the same scenario and seed', () => {
    const s = createKdflowStore().getState();
    expect(traceOf(s.scenario, 'x')).toBe(traceOf({ ...s.scenario }, 'x'));
    expect(traceOf(s.scenario, 'x')).not.toBe(traceOf(s.scenario, 'y'));
    // Every choice of every field gives a trace of exactly that scenario.
    for (const [key, choices] of Object.entries(SCENARIO_CHOICES))
      for (const choice of choices) {
        const scenario = { ...s.scenario, [key]: choice } as Scenario;
        expect(traceOf(scenario, 'x').scenario).toEqual(scenario);
      }
  });
});

describe('play speed and presenter mode', () => {
  it('steps the play speed through the listed speeds, stopping at the ends', () => {
    const store = createKdflowStore();
    const s = () => store.getState();
    expect(s().playIntervalMs).toBe(PLAY_SPEEDS_MS[1]);
    s().faster();
    expect(s().playIntervalMs).toBe(PLAY_SPEEDS_MS[2]);
    s().faster();
    s().faster();
    expect(s().playIntervalMs).toBe(PLAY_SPEEDS_MS[3]);
    for (let i = 0; i < 5; i++) s().slower();
    expect(s().playIntervalMs).toBe(PLAY_SPEEDS_MS[0]);
  });

  it('turns presenter mode and the shortcuts dialog on and off without touching the run', () => {
    const store = createKdflowStore();
    store.getState().goTo(4);
    store.getState().setPresenting(true);
    store.getState().setHelpOpen(true);
    expect(store.getState()).toMatchObject({ presenting: true, helpOpen: true, step: 4 });
    store.getState().setPresenting(false);
    expect(store.getState()).toMatchObject({ presenting: false, step: 4 });
  });
});

describe('who knows what’s assumptions', () => {
  it('start at the defaults, switch one at a time, and leave the run alone', () => {
    const store = createKdflowStore();
    const s = () => store.getState();
    expect(s().assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    s().goTo(5);
    const trace = traceOf(s().scenario, s().seed, s().inputs);
    s().setAssumptions({ s10: 'clear' });
    expect(s().assumptions).toEqual({ s10: 'clear', esr: 'clear' });
    s().setAssumptions({ esr: 'ciphered' });
    expect(s().assumptions).toEqual({ s10: 'clear', esr: 'ciphered' });
    expect(s().step).toBe(5);
    expect(traceOf(s().scenario, s().seed, s().inputs)).toBe(trace);
  });

  it('come from the link, and a link without them resets them to the defaults', () => {
    const { state, errors } = parseQuery('?s10=clear&esr=ciphered&step=2');
    expect(errors).toEqual([]);
    const store = createKdflowStore(initialState(state));
    expect(store.getState().assumptions).toEqual({ s10: 'clear', esr: 'ciphered' });
    store.getState().load(DEFAULT_LINK, []);
    expect(store.getState().assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    store.getState().load(state, []);
    expect(store.getState().assumptions).toEqual({ s10: 'clear', esr: 'ciphered' });
    // What the store holds writes the same link back.
    const { scenario, seed, step, compare, inputs, assumptions } = store.getState();
    const back = toQuery({ scenario, seed, step, compare, inputs, assumptions });
    expect(new URLSearchParams(back).get('s10')).toBe('clear');
    expect(new URLSearchParams(back).get('esr')).toBe('ciphered');
  });
});
