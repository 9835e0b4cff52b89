/**
 * Figure ≡ text: the generated figure has exactly the messages, endpoints and parameters that the
 * clause names for each step, in every variant and reading. The table below is written from the
 * clause's sentences, independently of simulate(); parameters the text implies without saying
 * they are sent must be marked (inferred), and those it does not name at all (FFS).
 */
import { describe, expect, it } from 'vitest';
import { allScenarios, sendsNewConnectionIdentity, type Scenario } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { VALUE_INFO } from '../protocol/values';
import type { ValueName } from '../protocol/types';
import { toMermaid } from './sequence';

interface Expected {
  from: string;
  to: string;
  name?: string;
  /** The parameters the text names for this message. */
  named: ValueName[];
  /** The parameters the text implies without saying they are sent. */
  inferred?: ValueName[];
}

function textNames(s: Scenario): Record<number, Expected> {
  // 1: "It contains connection identity given it by UE_2 previously if it has one or the EXP code"
  const peer: ValueName = s.peer === 'exp-code' ? 'EXP_code' : 'connection_identity';
  // 2: "It includes the connection identity or EXP code that was received in message 1. It also
  //    includes Keying_material_1."
  const m2: ValueName[] = [peer, 'Keying_material_1'];
  // 4: "UE_2 sends a new connection identity if there was not one in message 3 or it wants to
  //    refresh its connection identity. It also selects a DKSI"
  //    The text says UE_2 "selects" the DKSI, not that it sends it: inferred.
  const m4: ValueName[] = sendsNewConnectionIdentity(s) ? ['new_connection_identity'] : [];
  // The strict reading takes 5 and 6 as written too, and drops every fill-in.
  const literal = s.reading !== 'intended';
  // 5: "MME_2 sends MME_1 the parameters received in message 2 [literal; intended: 4] and
  //    Keying_material_2"
  const m5: ValueName[] = [...(literal ? m2 : m4), 'Keying_material_2'];
  // 6: "MME_1 sends UE_1 the parameters received in message 2" [intended: 5]
  const m6: ValueName[] = literal ? m2 : m5;
  const dksi: ValueName[] = literal ? [] : ['DKSI'];
  return {
    1: { from: 'UE_1', to: 'MME_1', name: 'Extended Service Request (ESR)', named: [peer] },
    2: { from: 'MME_1', to: 'MME_2', name: 'Direct-Keying-Request', named: m2 },
    // 3: "MME_2 sends UE_2 the connection identity or EXP code that was received in message 2"
    3: { from: 'MME_2', to: 'UE_2', named: [peer] },
    4: { from: 'UE_2', to: 'MME_2', named: m4, inferred: ['DKSI'] },
    5: { from: 'MME_2', to: 'MME_1', named: m5, inferred: dksi },
    6: { from: 'MME_1', to: 'UE_1', named: m6, inferred: dksi },
  };
}

/** Step 0a: "UE_1 has received a Direct Connection Request or Direct Rekeying Request" from UE_2,
 * drawn as UE_2's message with its Nonce_1 (inferred: the text names no parameter of it). */
const STEP_0A: Record<string, string> = {
  '0a-drr': 'Direct Rekeying Request',
  '0a-dcr': 'Direct Connection Request',
};

/** Reads the arrows back out of the Mermaid text: endpoints, head line and parameters. */
function arrows(text: string) {
  return text
    .split('\n')
    .filter((l) => l.includes('->>'))
    .map((l) => {
      const [, from, to, label] = /^\s*(\w+)->>(\w+): (.*)$/.exec(l) ?? [];
      const lines = (label ?? '').split('<br/>');
      // The first line is "N." or "N. <message name>"; the parameters follow, comma-separated.
      const head = /^(\d+)\.\s*(.*)$/.exec(lines[0] ?? '');
      const n = Number(head?.[1]);
      const name = head?.[2] || undefined;
      const params = lines
        .slice(1)
        .join(' ')
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .map((p) => {
          const basis = / \((FFS|inferred|missing)\)$/.exec(p)?.[1] ?? 'named';
          return { basis, label: p.replace(/ \((FFS|inferred|missing)\)$/, '') };
        });
      return { n, from, to, name, params };
    });
}

const labelOf = (v: ValueName) => VALUE_INFO[v].label;

describe('figure ≡ text', () => {
  it.each(
    allScenarios(['intended', 'literal', 'strict']).map(
      (s) => [Object.values(s).join('/'), s] as const,
    ),
  )('%s', (_n, scenario) => {
    const all = arrows(toMermaid(simulate(scenario, 'figure')));
    // After the clause, kdflow's PC5 continuation: not text of the clause, checked apart. Under 0a
    // UE_2 asked first (step 0), so UE_1 answers with the Security Mode Command at 8.
    const requested = scenario.trigger !== '0b';
    expect(all.filter((a) => a.n > 7).map((a) => `${a.n}:${a.from}->${a.to}`)).toEqual(
      requested
        ? ['8:UE_1->UE_2', '9:UE_2->UE_1']
        : ['8:UE_1->UE_2', '9:UE_2->UE_1', '10:UE_1->UE_2'],
    );
    // Honest PC5 labels: UE_1 names the DKSI at 8, marked (missing) where it never received it.
    const dksiAt8 = all.find((a) => a.n === 8)?.params.find((p) => p.label === labelOf('DKSI'));
    expect(dksiAt8?.basis).toBe(scenario.reading === 'intended' ? 'named' : 'missing');
    const step0 = all.filter((a) => a.n === 0);
    expect(step0.map((a) => ({ from: a.from, to: a.to, name: a.name, params: a.params }))).toEqual(
      requested
        ? [
            {
              from: 'UE_2',
              to: 'UE_1',
              name: STEP_0A[scenario.trigger],
              // The text names no parameter of the request: read strictly, it carries none.
              params:
                scenario.reading === 'strict'
                  ? []
                  : [{ basis: 'inferred', label: labelOf('Nonce_1') }],
            },
          ]
        : [],
    );
    const found = all.filter((a) => a.n >= 1 && a.n <= 7);
    const expected = textNames(scenario);
    expect(found.map((a) => a.n)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const a of found) {
      const e = expected[a.n]!;
      expect({ n: a.n, from: a.from, to: a.to }).toEqual({ n: a.n, from: e.from, to: e.to });
      expect(a.name).toBe(e.name);
      // Exactly the named parameters appear unmarked, the inferred ones marked so…
      const of = (basis: string) =>
        a.params
          .filter((p) => p.basis === basis)
          .map((p) => p.label)
          .sort();
      // The X25519 scheme read strictly: the UEs' public keys travel to their MMEs only as FFS
      // parameters (messages 1 and 4), which the strict reading drops, so the keying material
      // the text has the MMEs send never reached them: it is drawn missing.
      const lost = (v: ValueName) =>
        scenario.scheme === 'dh' &&
        scenario.reading === 'strict' &&
        (v === 'Keying_material_1' || v === 'Keying_material_2');
      const carried = e.named.filter((v) => !lost(v));
      expect(of('named')).toEqual(carried.map(labelOf).sort());
      // Read strictly, a message carries only what the text names: nothing inferred, nothing FFS.
      const strict = scenario.reading === 'strict';
      expect(of('inferred')).toEqual(strict ? [] : (e.inferred ?? []).map(labelOf).sort());
      if (strict) expect(of('FFS')).toEqual([]);
      // …nothing else the text carries is missing, and every other parameter is marked FFS.
      expect(of('missing')).toEqual(e.named.filter(lost).map(labelOf).sort());
      for (const label of of('FFS')) expect(e.named.map(labelOf)).not.toContain(label);
    }
  });
});
