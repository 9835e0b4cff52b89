import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../protocol/scenario';
import { LAST_STEP } from './deepLink';
import { createKdflowStore, PLAY_SPEEDS_MS, traceOf } from './store';

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

describe('store', () => {
  it('steps within 0..LAST_STEP', () => {
    const s = createKdflowStore();
    s.getState().previous();
    expect(s.getState().step).toBe(0);
    for (let i = 0; i < 20; i++) s.getState().next();
    expect(s.getState().step).toBe(LAST_STEP);
    s.getState().first();
    expect(s.getState().step).toBe(0);
    s.getState().last();
    expect(s.getState().step).toBe(LAST_STEP);
    s.getState().goTo(3.7);
    expect(s.getState().step).toBe(3);
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

  it('stops playing at the last step and restarts from the first', () => {
    const s = createKdflowStore();
    s.getState().goTo(LAST_STEP - 1);
    s.getState().togglePlay();
    expect(s.getState().playing).toBe(true);
    s.getState().next();
    expect(s.getState().step).toBe(LAST_STEP);
    expect(s.getState().playing).toBe(false);
    s.getState().togglePlay();
    expect(s.getState().step).toBe(0);
  });

  it('derives a stable trace object for the same scenario and seed', () => {
    const s = createKdflowStore().getState();
    expect(traceOf(s.scenario, 'x')).toBe(traceOf({ ...s.scenario }, 'x'));
    expect(traceOf(s.scenario, 'x')).not.toBe(traceOf(s.scenario, 'y'));
    for (const patch of [
      { mode: 'common' },
      { trigger: '0a' },
      { peer: 'exp-code' },
      { refresh: 'yes' },
      { reading: 'literal' },
    ] as const)
      expect(traceOf({ ...s.scenario, ...patch }, 'x').scenario).toEqual({
        ...s.scenario,
        ...patch,
      });
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
