import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { lastStep } from '../protocol/simulate';
import { DEFAULT_LINK, defaultComparison, type LinkState } from '../store/deepLink';
import { traceOf } from '../store/store';
import { parseReport, REPORT_MAX_BYTES, sizeProblem } from './parse';
import { buildReport, reportJson, type Report } from './report';

const reportOf = (s: LinkState): Report => buildReport(s, traceOf(s.scenario, s.seed, s.inputs));
const fileOf = (s: LinkState) => reportJson(reportOf(s));
/** A good report as a plain object, to break one field of. */
const good = (): Record<string, unknown> =>
  JSON.parse(fileOf({ ...DEFAULT_LINK, step: 3 })) as Record<string, unknown>;
const problemOf = (text: string) => {
  const r = parseReport(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.problem;
};
const edit = (change: (r: Record<string, unknown>) => void) => {
  const r = good();
  change(r);
  return problemOf(JSON.stringify(r));
};

describe('round trip', () => {
  // Every variant under both readings, with and without a comparison, with edited inputs, at
  // steps that reach each scenario's last.
  const cases = allScenarios(['intended', 'literal']).flatMap((scenario, i) =>
    [false, true].map((compare): LinkState => ({
      scenario,
      seed: `seed ${i} | <b>`,
      step: i % (lastStep(scenario) + 1),
      compare: compare ? defaultComparison(scenario) : null,
      inputs:
        i % 2 ? { K_ASME_2: '0f'.repeat(32), DKSI: String(i % 7) } : { Nonce_1: 'ab'.repeat(16) },
    })),
  );
  it.each(cases.map((s) => [`${Object.values(s.scenario).join(' ')} compare=${!!s.compare}`, s]))(
    '%s: export, read back, the same state and the same bytes',
    (_, state) => {
      const text = fileOf(state);
      const read = parseReport(text);
      expect(read).toEqual({ ok: true, state });
      if (read.ok) expect(fileOf(read.state)).toBe(text);
    },
  );

  it('reads a report that says trigger 0a (before 0a was split) as 0a-drr, the rekeying case', () => {
    const state: LinkState = {
      ...DEFAULT_LINK,
      scenario: { ...DEFAULT_SCENARIO, trigger: '0a-drr' },
      compare: { ...DEFAULT_SCENARIO, trigger: '0a-drr', scheme: 'common' },
      step: 4,
    };
    const r = JSON.parse(fileOf(state)) as Record<string, Record<string, unknown>>;
    r.scenario!.trigger = '0a';
    r.compare!.trigger = '0a';
    const read = parseReport(JSON.stringify(r));
    expect(read).toEqual({ ok: true, state });
    // Exported again, it names the new choice.
    if (read.ok) expect(fileOf(read.state)).toBe(fileOf(state));
  });

  it('reads a report whose prose differs (kdflow’s wording may change between versions)', () => {
    const r = good() as unknown as Report;
    r.steps[1]!.title = 'another title';
    r.steps[1]!.summary = 'another summary';
    r.clause = 'x';
    expect(parseReport(JSON.stringify(r)).ok).toBe(true);
  });
});

describe('refusals name what is wrong', () => {
  it('not JSON, with the parser’s message', () => {
    const text = fileOf(DEFAULT_LINK);
    expect(problemOf(text.slice(0, text.length / 2))).toMatch(/^it is not JSON \(.+\)$/);
    expect(problemOf('')).toMatch(/^it is not JSON/);
  });

  it('not a kdflow report', () => {
    expect(problemOf('{"hello":1}')).toBe('it is not a kdflow report: it has no "format" field');
    expect(problemOf('[1,2]')).toMatch(/^it is not a kdflow report: it is JSON, but not an object/);
    expect(problemOf('null')).toMatch(/^it is not a kdflow report/);
    expect(edit((r) => (r.format = 'other'))).toBe(
      'it is not a kdflow report: "format" is “other”, not "kdflow-report"',
    );
  });

  it('a newer, an older or a wrong version', () => {
    expect(edit((r) => (r.version = 4))).toBe(
      'it was written by a newer kdflow (report version 4); this page reads version 3',
    );
    // Version 1 had one trigger 0a with steps to 10: its steps no longer match any run.
    expect(edit((r) => (r.version = 1))).toMatch(
      /^it was written by an earlier kdflow \(report version 1\), before the flow was corrected .*export the run again$/,
    );
    // Version 2 had `mode` for the scheme and no X25519 derivations.
    expect(edit((r) => (r.version = 2))).toMatch(
      /^it was written by an earlier kdflow \(report version 2\), before the X25519 scheme .*open its link \(old links still open\) or export the run again$/,
    );
    expect(edit((r) => (r.version = '3'))).toBe('version must be 3; it is “3”');
    expect(edit((r) => delete r.version)).toBe('version must be 3; it is nothing');
  });

  it('a scenario field, by name, with its choices', () => {
    expect(edit((r) => ((r.scenario as Record<string, unknown>).scheme = 'both'))).toBe(
      'scenario.scheme must be one of kdf, common, dh; it is “both”',
    );
    expect(edit((r) => delete (r.scenario as Record<string, unknown>).reading)).toBe(
      'scenario.reading must be one of intended, literal, strict; it is nothing',
    );
    expect(edit((r) => (r.scenario = 'calculated'))).toMatch(
      /^scenario must be an object with scheme/,
    );
    expect(edit((r) => (r.compare = { ...DEFAULT_SCENARIO, peer: 7 }))).toBe(
      'compare.peer must be one of connection-identity, exp-code; it is 7',
    );
  });

  it('the seed, with the seed field’s rules', () => {
    expect(edit((r) => (r.seed = ' '))).toBe('seed must not be empty');
    expect(edit((r) => (r.seed = 'x'.repeat(201)))).toBe('seed must be at most 200 characters');
    expect(edit((r) => (r.seed = 5))).toBe('seed must be text; it is 5');
  });

  it('the step, out of range for the scenario or not a whole number', () => {
    const last = lastStep(DEFAULT_SCENARIO);
    expect(edit((r) => (r.step = last + 1))).toBe(
      `step must be from 0 to ${last} in this scenario; it is ${last + 1}`,
    );
    expect(edit((r) => (r.step = 2.5))).toBe(
      `step must be a whole number from 0 to ${last}; it is 2.5`,
    );
    expect(edit((r) => (r.step = '3'))).toBe(
      `step must be a whole number from 0 to ${last}; it is “3”`,
    );
  });

  it('a step that exists under 0b but not under 0a-drr, which ends earlier', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, trigger: '0a-drr' };
    const last = lastStep(scenario);
    expect(last).toBeLessThan(lastStep(DEFAULT_SCENARIO));
    const r = JSON.parse(fileOf({ ...DEFAULT_LINK, scenario, step: last })) as Record<
      string,
      unknown
    >;
    expect(parseReport(JSON.stringify(r)).ok).toBe(true);
    r.step = last + 1;
    expect(problemOf(JSON.stringify(r))).toBe(
      `step must be from 0 to ${last} in this scenario; it is ${last + 1}`,
    );
  });

  it('an edited input, with the input’s rule', () => {
    expect(edit((r) => (r.editedInputs = { K_ASME_1: 'abc' }))).toBe(
      'editedInputs.K_ASME_1: K_ASME_1 must be 64 hex digits (32 octets); it has 3',
    );
    expect(edit((r) => (r.editedInputs = { DKSI: '9' }))).toMatch(
      /^editedInputs.DKSI: DKSI must be/,
    );
    expect(edit((r) => (r.editedInputs = { KD: '00' }))).toBe(
      'editedInputs has “KD”, which is not an input of kdflow',
    );
    expect(edit((r) => (r.editedInputs = { DKSI: 3 }))).toBe(
      'editedInputs.DKSI must be text; it is 3',
    );
  });

  it('a recorded value that the run does not give, by step, actor and value', () => {
    const problem = edit((r) => {
      const v = (r as unknown as Report).steps[5]!.holdings.MME_1.find(
        (x) => x.name === 'Keying_material_2',
      )!;
      v.hex = v.hex.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    });
    expect(problem).toMatch(
      /^it does not match the run it describes: at step 5, MME_1, Keying_material_2, hex \(steps\[5\]\.holdings\.MME_1\[\d+\]\.hex\), the file has “.{64}” where this run gives “.{64}”\. The file was edited or is corrupt$/,
    );
  });

  it('an input, a derivation, a carried parameter, a missing step or an extra field', () => {
    const r = () => good() as unknown as Report;
    expect(edit((x) => ((x as unknown as Report).inputs.UE_2_ID = '000000'))).toMatch(
      /at input UE_2_ID \(inputs\.UE_2_ID\), the file has “000000” where this run gives “[0-9a-f]{6}”/,
    );
    expect(
      edit((x) => (((x as unknown as Report).steps[7]!.derivations[1] as { s: string }).s = '00')),
    ).toMatch(/at step 7, the derivation of KD at UE_2, s \(steps\[7\]\.derivations\[1\]\.s\)/);
    expect(edit((x) => ((x as unknown as Report).steps[2]!.params[1]!.hex = null))).toMatch(
      /at step 2, carried Keying_material_1, hex .* the file has null where/,
    );
    const count = lastStep(DEFAULT_SCENARIO) + 1;
    expect(edit((x) => (x as unknown as Report).steps.pop())).toContain(
      `at steps (steps), the file has a list of ${count - 1} where this run gives a list of ${count}`,
    );
    expect(
      edit((x) => ((x as unknown as Report).steps[1]!.holdings.UE_1[0]!.retiredAt = 1)),
    ).toMatch(
      /at step 1, UE_1, K_ASME_1, retiredAt .* the file has 1 where this run gives nothing/,
    );
    expect(r().steps).toHaveLength(count);
  });

  it('a file that is too large, before it is parsed', () => {
    expect(sizeProblem(REPORT_MAX_BYTES)).toBeNull();
    expect(sizeProblem(6 * 1024 * 1024)).toBe(
      'the file is too large (6.0 MB); a kdflow report is at most 5.0 MB',
    );
    expect(problemOf(' '.repeat(REPORT_MAX_BYTES + 1))).toMatch(/^the file is too large/);
  });
});
