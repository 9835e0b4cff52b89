import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { stepLabelLines, toMermaid, wrap } from './sequence';

describe('toMermaid', () => {
  it('draws the four actors, the six messages in order and notes for steps 0 and 7', () => {
    const lines = toMermaid(simulate(DEFAULT_SCENARIO, 'demo')).split('\n');
    expect(lines[0]).toBe('sequenceDiagram');
    expect(lines.slice(1, 5)).toEqual([
      '  participant UE_1',
      '  participant MME_1',
      '  participant MME_2',
      '  participant UE_2',
    ]);
    const arrows = lines.filter((l) => l.includes('->>')).map((l) => l.split(':')[0]?.trim());
    expect(arrows).toEqual([
      'UE_1->>MME_1',
      'MME_1->>MME_2',
      'MME_2->>UE_2',
      'UE_2->>MME_2',
      'MME_2->>MME_1',
      'MME_1->>UE_1',
      'UE_1->>UE_2',
      'UE_2->>UE_1',
      'UE_1->>UE_2',
    ]);
    const notes = lines.filter((l) => l.trim().startsWith('Note over'));
    expect(notes[0]).toMatch(/^ {2}Note over UE_1: 0b\. /);
    expect(notes[1]).toMatch(/^ {2}Note over UE_1,UE_2: 7\. /);
  });

  it('labels each message with its number, the name the text gives and its parameters', () => {
    const trace = simulate({ ...DEFAULT_SCENARIO, peer: 'exp-code' }, 'demo');
    expect(stepLabelLines(trace.steps[1]!.def)).toEqual([
      '1. Extended Service Request (ESR)',
      'EXP code',
    ]);
    expect(stepLabelLines(trace.steps[2]!.def)).toEqual([
      '2. Direct-Keying-Request',
      'EXP code, Keying_material_1,',
      'UE_1 ID (FFS)',
    ]);
    expect(stepLabelLines(trace.steps[4]!.def)).toEqual([
      '4.',
      'new connection identity,',
      'DKSI (inferred)',
    ]);
    const rekeying = simulate({ ...DEFAULT_SCENARIO, trigger: '0a-drr' }, 'demo');
    expect(stepLabelLines(rekeying.steps[0]!.def)).toEqual([
      '0. Direct Rekeying Request',
      'Nonce_1 (inferred)',
    ]);
    const literal = simulate({ ...DEFAULT_SCENARIO, reading: 'literal' }, 'demo');
    expect(stepLabelLines(literal.steps[8]!.def)).toEqual([
      '8. Direct Connection Request',
      'Nonce_1, DKSI (missing)',
    ]);
  });

  it('differs between scenarios whose flows differ', () => {
    const texts = new Set(allScenarios().map((s) => toMermaid(simulate(s, 'demo'))));
    // With an EXP code UE_2 must send a new connection identity whatever `refresh` says, so those
    // pairs draw the same figure (and share one render); the other 27 flows (three schemes, three
    // triggers) differ.
    expect(texts.size).toBe(27);
  });

  it('does not depend on the seed: a new seed costs no render', () => {
    expect(toMermaid(simulate(DEFAULT_SCENARIO, 'a'))).toBe(
      toMermaid(simulate(DEFAULT_SCENARIO, 'b')),
    );
  });
});

describe('wrap', () => {
  it('keeps lines within the width where the pieces allow', () => {
    expect(wrap(['aaaa', 'bbbb', 'cccc'], ', ', 10)).toEqual(['aaaa, bbbb,', 'cccc']);
    expect(wrap(['a-very-long-piece'], ', ', 5)).toEqual(['a-very-long-piece']);
    expect(wrap([], ', ')).toEqual([]);
  });
});
