import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../protocol/bytes';
import { kdf } from '../protocol/kdf';
import {
  allScenarios,
  DEFAULT_SCENARIO,
  rekeying,
  TRIGGERS,
  type Scenario,
} from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { ACTORS } from '../protocol/types';
import { DEFAULT_LINK, type LinkState } from '../store/deepLink';
import { traceOf } from '../store/store';
import { reportFiles } from './index';
import { buildReport, reportBaseName, reportJson } from './report';

const state = (patch: Partial<LinkState> = {}): LinkState => ({ ...DEFAULT_LINK, ...patch });
const reportOf = (s: LinkState) => buildReport(s, traceOf(s.scenario, s.seed, s.inputs));

describe('buildReport', () => {
  it('is deterministic: the same run gives the same bytes, 2-space indent and a final newline', () => {
    const s = state({ step: 4, inputs: { DKSI: '5' } });
    const a = reportJson(reportOf(s));
    expect(reportJson(reportOf({ ...s, inputs: { DKSI: '5' } }))).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.split('\n')[1]).toBe('  "format": "kdflow-report",');
    expect(Object.keys(JSON.parse(a) as object)).toEqual([
      'format',
      'version',
      'clause',
      'illustrative',
      'kdf',
      'scenario',
      'seed',
      'step',
      'compare',
      'editedInputs',
      'inputs',
      'steps',
    ]);
  });

  it('says the FCs and formulas are illustrative, not standardised', () => {
    const r = reportOf(state());
    expect(r.clause).toContain('6.3.4.3.2');
    for (const fc of ['0xD0', '0xD1', '0xD2', 'KD-sess', 'Not standardised'])
      expect(r.illustrative).toContain(fc);
  });

  it('names the PC5 continuation by the steps the run has (8–9 under 0a, 8–10 under 0b)', () => {
    for (const trigger of ['0a-drr', '0a-dcr', '0b'] as const) {
      const r = reportOf(state({ scenario: { ...DEFAULT_SCENARIO, trigger } }));
      const pc5 = r.steps.filter((s) => s.part === 'continuation').map((s) => s.n);
      expect(r.illustrative).toContain(`Steps ${pc5[0]}–${pc5.at(-1)} (PC5)`);
      expect(pc5.at(-1)).toBe(lastStep({ ...DEFAULT_SCENARIO, trigger }));
    }
  });

  it('a calculation carries nothing; every derivation says whether it is illustrative', () => {
    const r = reportOf(state());
    for (const step of r.steps.filter((s) => s.kind !== 'message')) expect(step.params).toEqual([]);
    const derivations = r.steps.flatMap((s) => s.derivations);
    expect(derivations.length).toBeGreaterThan(0);
    for (const d of derivations) expect(d.illustrative).toBe(true);
  });

  it('records the state: scenario, seed, step, comparison and edited inputs', () => {
    const compare: Scenario = { ...DEFAULT_SCENARIO, scheme: 'common' };
    const r = reportOf(
      state({ seed: 'x|y', step: 9, compare, inputs: { K_ASME_1: 'ab'.repeat(32) } }),
    );
    expect(r).toMatchObject({ seed: 'x|y', step: 9, compare, scenario: DEFAULT_SCENARIO });
    expect(r.editedInputs).toEqual({ K_ASME_1: 'ab'.repeat(32) });
    expect(r.inputs.K_ASME_1).toBe('ab'.repeat(32));
    expect(Object.keys(r.inputs)).toHaveLength(17);
  });

  it.each(allScenarios(['intended', 'literal']))(
    'has every step of $trigger/$mode/$peer/$refresh/$reading with each actor’s values exactly as the trace holds them',
    (scenario) => {
      const s = state({ scenario });
      const trace = traceOf(s.scenario, s.seed, s.inputs);
      const r = buildReport(s, trace);
      const last = lastStep(scenario);
      expect(r.steps.map((x) => x.n)).toEqual(Array.from({ length: last + 1 }, (_, n) => n));
      for (const [i, step] of trace.steps.entries())
        for (const a of ACTORS)
          expect(r.steps[i]?.holdings[a].map((v) => [v.name, v.hex, v.retiredAt])).toEqual(
            step.holdings[a].map((v) => [v.name, v.hex, v.retiredAt]),
          );
      // NAS COUNT is kept at both ends, never a message parameter (TS 24.301; domain notes).
      for (const step of r.steps)
        expect(step.params.map((p) => p.name).filter((n) => n.startsWith('NAS_COUNT'))).toEqual([]);
      // Step 4 says UE_2 "selects" a DKSI, not that it sends it: carried, but inferred.
      expect(r.steps[4]?.params.find((p) => p.name === 'DKSI')?.basis).toBe('inferred');
      // A parameter its sender lacks is marked missing, with no bytes; one it holds has them.
      for (const step of r.steps.filter((x) => x.from !== undefined))
        for (const p of step.params)
          expect(p.hex === null, `${step.n} ${p.name}`).toBe(!!p.missing);
    },
  );

  it('keeps the old KD, DKSI and KD-sess under 0a-drr until the last step and retires them there (make-before-break)', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    expect(rekeying(scenario)).toBe(true);
    const s = state({ scenario });
    const r = buildReport(s, traceOf(s.scenario, s.seed, s.inputs));
    const last = lastStep(scenario);
    for (const step of r.steps)
      for (const actor of ['UE_1', 'UE_2'] as const)
        for (const name of ['KD_old', 'DKSI_old', 'KD_sess_old']) {
          const old = step.holdings[actor].find((v) => v.name === name);
          expect(old, `${actor} ${name} at ${step.n}`).toBeDefined();
          expect(old?.retiredAt, `${actor} ${name} at ${step.n}`).toBe(
            step.n === last ? last : undefined,
          );
        }
    // No other trigger (0a-dcr, 0b) has an old context to retire.
    for (const trigger of TRIGGERS.filter((t) => !rekeying({ ...scenario, trigger: t }))) {
      const t = state({ scenario: { ...scenario, trigger } });
      const other = buildReport(t, traceOf(t.scenario, t.seed, t.inputs));
      expect(
        other.steps.flatMap((x) => x.holdings.UE_1.filter((v) => v.name.endsWith('_old'))),
      ).toEqual([]);
    }
  });

  it('carries the DKSI in message 6 under the intended reading', () => {
    const r = reportOf(state({ scenario: { ...DEFAULT_SCENARIO, trigger: '0a-drr' } }));
    expect(r.steps[6]?.params.find((p) => p.name === 'DKSI')).toMatchObject({
      basis: 'inferred',
      hex: expect.stringMatching(/^0[0-6]$/) as unknown,
    });
  });

  it('gives each derivation whole, so that it recomputes with the KDF', () => {
    const r = reportOf(state());
    const kd = r.steps[7]?.derivations.find((d) => d.output === 'KD' && d.actor === 'UE_2');
    expect(kd).toMatchObject({ fc: 'd1', keyNames: ['Keying_material_1', 'Keying_material_2'] });
    const km1 = r.steps[7]?.holdings.UE_2.find((v) => v.name === 'Keying_material_1')?.hex;
    const km2 = r.steps[7]?.holdings.UE_2.find((v) => v.name === 'Keying_material_2')?.hex;
    expect(kd?.key).toBe(`${km1}${km2}`);
    const out = kdf(
      fromHex(kd?.key ?? ''),
      0xd1,
      (kd?.params ?? []).map((p) => fromHex(p.hex)),
    );
    expect(toHex(out)).toBe(kd?.out);
    expect(r.steps[7]?.holdings.UE_1.find((v) => v.name === 'KD')?.hex).toBe(kd?.out);
    // The Security Mode Command (9): both derive KD-sess and K_int; UE_2 makes the MAC, UE_1 its
    // own XMAC to verify it.
    expect(
      r.steps[9]?.derivations.map((d) => [d.actor, d.output, d.function === 'kdf' && d.fc]),
    ).toEqual([
      ['UE_1', 'KD_sess', 'd2'],
      ['UE_1', 'K_int', 'd3'],
      ['UE_1', 'XMAC_command', 'd4'],
      ['UE_2', 'KD_sess', 'd2'],
      ['UE_2', 'K_int', 'd3'],
      ['UE_2', 'MAC_command', 'd4'],
    ]);
  });
});

describe('file names', () => {
  it('name the scenario and a filename-safe seed', () => {
    expect(reportBaseName(state())).toBe(
      'kdflow-report-kdf-0b-connection-identity-refresh-no-intended-kdflow',
    );
    expect(reportBaseName(state({ seed: '../a b/<c>:*?"é' }))).toMatch(
      /^kdflow-report-[a-z0-9-]+-a-b-c-e$/,
    );
    expect(reportBaseName(state({ seed: '日本' }))).toMatch(/-intended$/);
    expect(reportBaseName(state({ seed: 'z'.repeat(200) }))).toMatch(/-z{40}$/);
  });

  it('are the same for both files, .json and .md', () => {
    const { json, markdown } = reportFiles(state({ seed: 'demo' }));
    expect(json.name.replace(/\.json$/, '')).toBe(markdown.name.replace(/\.md$/, ''));
    expect(json.type).toBe('application/json');
  });
});
