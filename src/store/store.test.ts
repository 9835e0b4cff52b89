import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../protocol/scenario';
import { createKdflowStore, traceOf } from './store';

describe('store', () => {
  it('steps within 0..7', () => {
    const s = createKdflowStore();
    s.getState().previous();
    expect(s.getState().step).toBe(0);
    for (let i = 0; i < 10; i++) s.getState().next();
    expect(s.getState().step).toBe(7);
    s.getState().first();
    expect(s.getState().step).toBe(0);
    s.getState().last();
    expect(s.getState().step).toBe(7);
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
    s.getState().goTo(6);
    s.getState().togglePlay();
    expect(s.getState().playing).toBe(true);
    s.getState().next();
    expect(s.getState().step).toBe(7);
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
