/**
 * The interpreter's `verify` action, on a procedure built for it: Alice sends a MAC under a key
 * she shares with Bob, Bob computes his own and compares. The trace records who verified what,
 * at which step and with which result, for a genuine, a tampered and an unverifiable MAC.
 */
import { describe, expect, it } from 'vitest';
import { keyConfirmation } from '../../review/confirmation';
import { checkFlow } from '../../review/dataflow';
import { fromHex } from '../bytes';
import { run } from './run';
import type { Action, KeyScheme, Procedure } from './types';

type A = 'Alice' | 'Bob';
type V = 'secret' | 'nonce' | 'mac' | 'xmac';
interface S {
  mac: 'genuine' | 'tampered' | 'bob-lacks-secret';
}

const spec = (label: string) => ({
  label,
  about: label,
  format: 'hex' as const,
  illustrative: false,
});

const PROC: Procedure<A, V, S> = {
  id: 'mac',
  clause: { number: 'M.1', title: 'A MAC', caption: 'Figure M.1-1', preamble: [] },
  actors: ['Alice', 'Bob'],
  links: [{ id: 'air', between: ['Alice', 'Bob'], label: 'air', protection: 'clear', why: 'none' }],
  values: { secret: spec('Secret'), nonce: spec('Nonce'), mac: spec('MAC'), xmac: spec('XMAC') },
  valueOrder: ['secret', 'nonce', 'mac', 'xmac'],
  fields: [],
  defaultScenario: { mac: 'genuine' },
  initial: [
    { actor: 'Alice', value: 'secret', bytes: (c) => c.input('secret') },
    {
      actor: 'Bob',
      value: 'secret',
      bytes: (c) => c.input('secret'),
      when: (s) => s.mac !== 'bob-lacks-secret',
    },
  ],
  steps: [
    {
      id: 'protected',
      part: 'clause',
      kind: 'message',
      from: 'Alice',
      to: 'Bob',
      title: 'Protected',
      params: [
        { name: 'nonce', basis: 'named' },
        { name: 'mac', basis: 'named' },
      ],
      actions: [
        {
          do: 'generate',
          actor: 'Alice',
          value: 'nonce',
          bytes: (c) => c.input('nonce'),
          how: 'n',
        },
        { when: (s) => s.mac !== 'tampered', do: 'derive', actor: 'Alice', use: 'mac' },
        {
          // Not made under the secret: bytes from elsewhere, as a forger would send.
          when: (s) => s.mac === 'tampered',
          do: 'generate',
          actor: 'Alice',
          value: 'mac',
          bytes: (c) => c.input('forged'),
          how: 'forged',
        },
        { do: 'send' },
        { do: 'derive', actor: 'Bob', use: 'xmac' },
        { do: 'verify', actor: 'Bob', value: 'mac', against: 'xmac' },
      ],
      summary: 'Alice sends a MAC; Bob verifies it.',
      narration: 'Alice sends a MAC; Bob verifies it.',
      sentences: [],
    },
  ],
  goals: [
    { actor: 'Alice', value: 'secret', why: 'test' },
    { actor: 'Bob', value: 'secret', why: 'test' },
  ],
  roles: { peers: ['Alice', 'Bob'], network: [], sharedKey: 'secret' },
};

const mac = (id: 'mac' | 'xmac') => ({
  id,
  output: id,
  key: ['secret'] as V[],
  fc: 0x02,
  params: ['nonce'] as V[],
  illustrative: true,
  doc: id,
});
const SCHEME: KeyScheme<V> = {
  id: 'mac',
  name: 'MAC',
  short: 'mac',
  illustrative: true,
  doc: 'mac = KDF(secret, 0x02, nonce)',
  derivations: [mac('mac'), mac('xmac')],
};

const INPUTS = { secret: fromHex('0011'), nonce: fromHex('aa'), forged: fromHex('ff'.repeat(32)) };
const go = (m: S['mac']) => run(PROC, SCHEME, { mac: m }, 'seed', INPUTS);
const verification = (m: S['mac']) =>
  go(m).steps[0]!.actions.find(
    (a): a is Extract<Action<A, V>, { kind: 'verify' }> => a.kind === 'verify',
  );

describe('verify', () => {
  it('records a genuine MAC as matching the receiver’s own computation', () => {
    expect(verification('genuine')).toEqual({
      kind: 'verify',
      actor: 'Bob',
      value: 'mac',
      against: 'xmac',
      result: 'match',
    });
    const held = go('genuine').steps[0]!.holdings.Bob;
    expect(held.find((v) => v.name === 'xmac')?.hex).toBe(held.find((v) => v.name === 'mac')?.hex);
  });

  it('records a tampered MAC as not matching', () => {
    expect(verification('tampered')?.result).toBe('mismatch');
  });

  it('records a MAC the receiver cannot compute as missing', () => {
    expect(verification('bob-lacks-secret')?.result).toBe('missing');
  });

  it('gives key confirmation only for the genuine MAC, and the review reads it', () => {
    const [alice, bob] = keyConfirmation(go('genuine'), ['Alice', 'Bob'], 'secret');
    expect(bob).toMatchObject({ step: 0, value: 'mac', against: 'xmac', chain: ['mac', 'secret'] });
    // Alice verifies nothing of Bob's.
    expect(alice.step).toBeNull();
    expect(alice.attempt).toBeUndefined();
    const ids = checkFlow(go('genuine'), PROC).map((f) => f.id);
    expect(ids).toContain('no-confirmation/Alice');
    expect(ids).not.toContain('no-confirmation/Bob');

    expect(keyConfirmation(go('tampered'), ['Alice', 'Bob'], 'secret')[1]).toMatchObject({
      step: null,
      attempt: { step: 0, failure: { kind: 'mismatch' } },
    });
    expect(checkFlow(go('tampered'), PROC).map((f) => f.id)).toContain('no-confirmation/Bob');
  });
});
