/**
 * A second, tiny procedure built from data alone (three actors, two messages, one derivation):
 * the interpreter, the data-flow review and the figure text run over it with no code of their own
 * changed. If any of them still knew clause 6.3.4.3.2's actors, values or step numbers, this
 * would not compile or would fail.
 */
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../diagram/sequence';
import { checkFlow } from '../../review/dataflow';
import { fromHex, toHex } from '../bytes';
import { kdf } from '../kdf';
import { lastStepOf, run, stepsOf } from './run';
import type { KeyScheme, Procedure } from './types';

type A = 'Alice' | 'Server' | 'Bob';
type V = 'secret' | 'salt' | 'key';
interface S {
  relay: 'all' | 'drop-salt';
}

const spec = (label: string) => ({
  label,
  about: label,
  format: 'hex' as const,
  illustrative: false,
});

const TINY: Procedure<A, V, S> = {
  id: 'tiny',
  clause: { number: 'T.1', title: 'Tiny relay', caption: 'Figure T.1-1', preamble: [] },
  actors: ['Alice', 'Server', 'Bob'],
  links: [
    { id: 'a-s', between: ['Alice', 'Server'], label: 'A–S', protection: 'clear', why: 'none' },
    { id: 's-b', between: ['Server', 'Bob'], label: 'S–B', protection: 'clear', why: 'none' },
  ],
  values: { secret: spec('Secret'), salt: spec('Salt'), key: spec('Key') },
  valueOrder: ['secret', 'salt', 'key'],
  fields: [
    {
      key: 'relay',
      label: 'Relay',
      about: 'What the server relays',
      choices: [
        { value: 'all', short: 'all', long: 'the server relays the salt' },
        { value: 'drop-salt', short: 'drop', long: 'the server drops the salt' },
      ],
    },
  ],
  defaultScenario: { relay: 'all' },
  initial: [
    { actor: 'Alice', value: 'secret', bytes: (c) => c.input('secret') },
    { actor: 'Bob', value: 'secret', bytes: (c) => c.input('secret') },
  ],
  steps: [
    {
      id: 'hello',
      part: 'clause',
      kind: 'message',
      from: 'Alice',
      to: 'Server',
      title: 'Hello',
      messageName: 'Hello',
      params: [{ name: 'salt', basis: 'named' }],
      actions: [
        {
          do: 'generate',
          actor: 'Alice',
          value: 'salt',
          bytes: (c) => c.input('salt'),
          how: 'fresh salt',
        },
        { do: 'send' },
        { do: 'derive', actor: 'Alice', use: 'key' },
      ],
      summary: 'Alice sends a salt.',
      narration: 'Alice says hello.',
      sentences: [],
    },
    {
      id: 'relay',
      part: 'clause',
      kind: 'message',
      from: 'Server',
      to: 'Bob',
      title: 'Relay',
      params: [
        { sameAs: 'hello', when: (s) => s.relay === 'all' },
        { name: 'secret', basis: 'ffs', when: (s) => s.relay === 'drop-salt' },
      ],
      actions: [{ do: 'refer', actor: 'Server', step: 'hello', quote: 'what came in Hello' }],
      summary: [
        { when: (s) => s.relay === 'all', text: 'The server relays the salt.' },
        { when: (s) => s.relay === 'drop-salt', text: 'The server drops it.' },
      ],
      narration: 'Relayed.',
      sentences: [],
    },
    {
      id: 'derive',
      part: 'clause',
      kind: 'calculation',
      actors: ['Bob'],
      title: 'Bob derives the key',
      actions: [{ do: 'derive', actor: 'Bob', use: 'key' }],
      summary: 'Bob derives the key.',
      narration: 'Bob derives the key too.',
      sentences: [],
    },
  ],
  goals: [
    { actor: 'Alice', value: 'key', why: 'both ends need the key' },
    { actor: 'Bob', value: 'key', why: 'both ends need the key' },
  ],
  roles: { peers: ['Alice', 'Bob'], network: ['Server'], sharedKey: 'key' },
};

const SCHEME: KeyScheme<V> = {
  id: 'tiny-kdf',
  name: 'Tiny KDF',
  short: 'tiny',
  illustrative: true,
  doc: 'key = KDF(secret, 0x01, salt)',
  derivations: [
    {
      id: 'key',
      output: 'key',
      key: ['secret'],
      fc: 0x01,
      params: ['salt'],
      illustrative: true,
      doc: 'the key',
    },
  ],
};

const INPUTS = { secret: fromHex('00112233'), salt: fromHex('aabb') };
const go = (relay: S['relay']) => run(TINY, SCHEME, { relay }, 'seed', INPUTS);
const held = (t: ReturnType<typeof go>, n: number, a: A, v: V) =>
  t.steps[n]?.holdings[a].find((h) => h.name === v);

describe('a tiny procedure, from data alone', () => {
  it('numbers its steps and finds its last one', () => {
    expect(stepsOf(TINY, { relay: 'all' } as S).map((s) => s.id)).toEqual([
      'hello',
      'relay',
      'derive',
    ]);
    expect(lastStepOf(TINY, { relay: 'all' } as S)).toBe(2);
  });

  it('runs: both ends derive the same key, with the KDF of TS 33.220 B.2', () => {
    const t = go('all');
    const expected = toHex(kdf(INPUTS.secret, 0x01, [INPUTS.salt]));
    expect(held(t, 0, 'Alice', 'key')?.hex).toBe(expected);
    expect(held(t, 2, 'Bob', 'key')?.hex).toBe(expected);
    expect(held(t, 1, 'Bob', 'salt')?.provenance).toEqual({
      kind: 'received',
      step: 1,
      from: 'Server',
    });
    const p = held(t, 2, 'Bob', 'key')?.provenance;
    expect(p?.kind === 'derived' && p.derivation.illustrative).toBe(true);
    expect(t.steps[1]?.def.params).toEqual([{ name: 'salt', basis: 'named' }]);
    expect(t.steps[1]?.def.summary).toBe('The server relays the salt.');
    expect(t.steps[0]?.def.link).toBe('a-s');
    expect(t.clauseLast).toBe(2);
  });

  it('reviews its flow: clean when the salt is relayed', () => {
    expect(checkFlow(go('all'), TINY).filter((f) => f.severity === 'defect')).toEqual([]);
  });

  it('reviews its flow: a message that lists what its sender lacks, and a lost key', () => {
    const t = go('drop-salt');
    expect(t.steps[1]?.def.params).toEqual([{ name: 'secret', basis: 'ffs', missing: true }]);
    expect(held(t, 2, 'Bob', 'key')).toBeUndefined();
    const ids = checkFlow(t, TINY).map((f) => f.id);
    expect(ids).toContain('sends-missing/1/Server');
    expect(ids).toContain('uses-missing/2/Bob/key');
    expect(ids).toContain('never-reaches/Bob/key');
    // The server never holds the secret, so the network cannot know the key.
    expect(ids).not.toContain('network-knows-kd/Server');
  });

  it('draws its figure text from its own actors and labels', () => {
    expect(toMermaid(go('all'))).toBe(
      [
        'sequenceDiagram',
        '  participant Alice',
        '  participant Server',
        '  participant Bob',
        '  Alice->>Server: 0. Hello<br/>Salt',
        '  Server->>Bob: 1.<br/>Salt',
        '  Note over Bob: 2. Bob derives the key',
        '',
      ].join('\n'),
    );
    expect(toMermaid(go('drop-salt'))).toContain('  Server->>Bob: 1.<br/>Secret (missing)');
  });
});
