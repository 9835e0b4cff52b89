import { describe, expect, it } from 'vitest';
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import { allScenarios, DEFAULT_SCENARIO, type Scenario } from '../protocol/scenario';
import { CURATED_FINDINGS, curatedFindings } from './curated';
import { INTRO_LINES } from './editorial';
import { FIT_RULES } from './fit';

/** The sentences a quote at this step and place may come from (the preamble is read at step 0). */
function sentencesAt(where: 'clause' | 'intro', step: number): string[] {
  if (where === 'intro') return [...INTRO_LINES];
  const own = (STEP_SENTENCES[step] ?? []).map((s) => s.text);
  return step === 0 ? [...PREAMBLE.map((s) => s.text), ...own] : own;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

const CASES = allScenarios(['intended', 'literal']);
const cases = CURATED_FINDINGS.map((c) => [c.id, c] as const);

describe('curated findings', () => {
  it.each(cases)('%s quotes a sentence verbatim, where it says', (_id, c) => {
    const pool = sentencesAt(c.where, c.step);
    expect(
      pool.some((s) => s.includes(c.quote)),
      `“${c.quote}” in ${c.where} at step ${c.step}`,
    ).toBe(true);
    if (c.where === 'intro') expect(c.step).toBe(0);
  });

  it.each(cases.filter(([, c]) => c.fix))(
    '%s: its fix quotes the text verbatim and deletes a part of that quote, once',
    (_id, c) => {
      const fix = c.fix!;
      const pool = sentencesAt(c.where, c.step);
      // Verbatim, and only once where it is, so the change has one place.
      expect(pool.filter((s) => s.includes(fix.quote))).toHaveLength(1);
      expect(occurrences(pool.join('\n'), fix.quote)).toBe(1);
      expect(fix.del).not.toBe('');
      expect(occurrences(fix.quote, fix.del)).toBe(1);
      expect(fix.ins).not.toBe(fix.del);
    },
  );

  it('gives every open point a question for the meeting', () => {
    for (const c of CURATED_FINDINGS.filter((x) => x.severity === 'open-point')) {
      expect(c.question, c.id).toMatch(/\S.*\?$/);
    }
  });

  it('has unique ids of the form curated/<slug>, none shared with a fit rule', () => {
    const ids = CURATED_FINDINGS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^curated\/[a-z0-9]+(-[a-z0-9]+)*$/);
    const fit = new Set(FIT_RULES.map((r) => r.id));
    for (const id of ids) expect(fit.has(id), id).toBe(false);
  });

  it('keeps each rationale to one or two sentences on one line', () => {
    for (const c of CURATED_FINDINGS) {
      expect(c.text, c.id).not.toMatch(/\n/);
      // Sentence ends: a full stop, ? or ! before a space and a capital (not "TS 33.401 A.3").
      const ends = c.text.match(/[.?!](?=\s+[A-Z“])/g) ?? [];
      expect(ends.length + 1, c.id).toBeLessThanOrEqual(2);
    }
  });

  it('has at least 20 curated findings beyond editorial across the scenarios', () => {
    const ids = new Set(
      CASES.flatMap((s) =>
        curatedFindings(s)
          .filter((f) => f.severity !== 'editorial')
          .map((f) => f.id),
      ),
    );
    expect(ids.size).toBeGreaterThanOrEqual(20);
    // And each finding holds in some scenario (the editorial ones, typing slips, in every one).
    const all = new Set(CASES.flatMap((s) => curatedFindings(s).map((f) => f.id)));
    expect([...all].sort()).toEqual(CURATED_FINDINGS.map((c) => c.id).sort());
    for (const s of CASES)
      for (const c of CURATED_FINDINGS.filter((f) => f.severity === 'editorial'))
        expect(curatedFindings(s).map((f) => f.id)).toContain(c.id);
  });

  it('marks them curated and keeps quote, place, fix and question', () => {
    for (const f of curatedFindings(DEFAULT_SCENARIO)) {
      const c = CURATED_FINDINGS.find((x) => x.id === f.id)!;
      expect(f).toMatchObject({ source: 'curated', quote: c.quote, where: c.where });
      expect(f.fix).toEqual(c.fix);
      expect(f.question).toEqual(c.question);
      expect(f).not.toHaveProperty('when');
    }
  });

  it('rates each finding from the text: the same in every reading', () => {
    const key = (s: Scenario) => `${s.scheme}/${s.trigger}/${s.peer}/${s.refresh}`;
    const by = new Map<string, string[]>();
    for (const s of CASES) {
      const got = curatedFindings(s).map((f) => `${f.id}:${f.severity}`);
      const seen = by.get(key(s));
      if (seen) expect(got, key(s)).toEqual(seen);
      else by.set(key(s), got);
    }
  });

  it('holds a finding only in the scenarios it is about', () => {
    const ids = (s: Partial<Scenario>) =>
      curatedFindings({ ...DEFAULT_SCENARIO, ...s }).map((f) => f.id);
    expect(ids({ scheme: 'common' })).toContain('curated/common-kd-who-draws');
    expect(ids({ scheme: 'kdf' })).not.toContain('curated/common-kd-who-draws');
    expect(ids({ trigger: '0a-drr' })).toContain('curated/rekeyed-kd-in-use');
    expect(ids({ trigger: '0b' })).not.toContain('curated/rekeyed-kd-in-use');
    // How MME_1 finds MME_2 when rekeying is the text's own FFS (fit/rekeying-address).
    expect(ids({ trigger: '0a-drr' })).not.toContain('curated/find-mme-2');
    expect(ids({ trigger: '0a-dcr' })).toContain('curated/pending-pc5-request');
    expect(ids({ trigger: '0b' })).not.toContain('curated/pending-pc5-request');
  });

  it('says that message 3 brings UE_2 no keying material, and adds Keying_material_1', () => {
    const f = curatedFindings(DEFAULT_SCENARIO).find(
      (x) => x.id === 'curated/message-3-no-keying-material',
    );
    expect(f?.severity).toBe('defect');
    expect(f?.fix?.ins).toContain('Keying_material_1');
  });

  it('cites a source, or says it is uncertain, wherever it names a standard', () => {
    for (const c of CURATED_FINDINGS) {
      const cites = /\b(TS|TR) \d\d\.\d{3}\b/.test(c.text);
      const mentions = /stage 3|3GPP|standard/i.test(c.text);
      if (mentions) expect(cites, c.id).toBe(true);
    }
  });
});
