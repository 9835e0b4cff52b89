import { describe, expect, it } from 'vitest';
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import { allScenarios, DEFAULT_SCENARIO, READINGS, scenarioName } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { INTRO_LINES } from './editorial';
import type { Finding, TextFix } from './finding';
import { afterText, applyFix, buildRedline, PCR_PARAGRAPHS, trimChange } from './redline';
import { redlineFileName, redlineMarkdown } from './redlineMarkdown';
import { reviewFindings } from './review';

/** Every reading the procedure offers (a new one joins these tests without an edit here). */
const SCENARIOS = allScenarios(READINGS);
const findingsOf = (s = DEFAULT_SCENARIO) => reviewFindings(simulate(s, 'redline'));

const finding = (
  id: string,
  step: number,
  fix?: TextFix,
  extra: Partial<Finding> = {},
): Finding => ({
  id,
  step,
  severity: 'editorial',
  source: 'curated',
  text: `finding ${id}`,
  ...(fix ? { fix } : {}),
  ...extra,
});

const paragraph = (key: string) => buildRedline([]).paragraphs.find((p) => p.key === key);

describe('the pCR’s paragraphs', () => {
  it('hold every sentence of the clause and every line of the Introduction, verbatim, once', () => {
    const all = PCR_PARAGRAPHS.map((p) => p.text).join(' ');
    const sentences = [...PREAMBLE, ...STEP_SENTENCES.flat()].map((s) => s.text);
    for (const s of [...sentences, ...INTRO_LINES]) expect(all).toContain(s);
    const words = (t: string) => t.split(/\s+/).length;
    expect(words(all)).toBe(words([...INTRO_LINES, ...sentences].join(' ')));
  });

  it('lay steps out as the pCR does: step 5 and its “Other parameters are FFS.” in one paragraph', () => {
    expect(paragraph('step-5-0')?.text).toBe(
      '5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2. Other parameters are FFS.',
    );
    // Step 0's alternatives and step 7's Editor's note stand apart.
    expect(PCR_PARAGRAPHS.filter((p) => p.step === 0 && p.part === 'step')).toHaveLength(3);
    expect(paragraph('step-7-1')?.kind).toBe('editors-note');
    expect(paragraph('step-7-1')?.text).toContain('What’s the life time');
  });
});

describe('the redline and the findings agree, in every scenario', () => {
  it.each(SCENARIOS.map((s) => [scenarioName(s), s] as const))('%s', (_name, s) => {
    const findings = findingsOf(s);
    const redline = buildRedline(findings);
    // Every fix is placed: its quote is verbatim in the clause or the Introduction, its `del` in
    // its quote, and it overlaps no other.
    expect(redline.problems).toEqual([]);
    const withFix = findings.filter((f) => f.fix).map((f) => f.id);
    const linked = redline.changes.flatMap((c) => c.findings);
    expect(linked.sort()).toEqual([...withFix].sort());
    const ids = new Set(findings.map((f) => f.id));
    for (const c of redline.changes) for (const id of c.findings) expect(ids.has(id)).toBe(true);
    // Each change deletes what its paragraph has where it stands.
    for (const c of redline.changes) {
      const p = PCR_PARAGRAPHS.find((x) => x.key === c.paragraph);
      expect(p?.text.slice(c.at, c.at + c.del.length), c.findings[0]).toBe(c.del);
    }
  });
});

describe('every fix of every finding', () => {
  const fixes = new Map<string, Finding>();
  for (const s of SCENARIOS) for (const f of findingsOf(s)) if (f.fix) fixes.set(f.id, f);
  const pool = (f: Finding) =>
    PCR_PARAGRAPHS.filter((p) => f.where === undefined || p.where === f.where).map((p) => p.text);

  it('exists: today’s review carries fixes', () => {
    expect(fixes.size).toBeGreaterThanOrEqual(2);
  });

  it.each([...fixes].map(([id, f]) => [id, f] as const))(
    '%s quotes the text verbatim',
    (_id, f) => {
      const fix = f.fix as TextFix;
      expect(
        pool(f).some((t) => t.includes(fix.quote)),
        `“${fix.quote}” is not verbatim`,
      ).toBe(true);
      expect(fix.quote.includes(fix.del), `“${fix.del}” is not in “${fix.quote}”`).toBe(true);
      expect(fix.del).not.toBe(fix.ins);
    },
  );
});

describe('buildRedline', () => {
  it('step 5 under the intended reading: “received in message 2” → 4, linked to its finding', () => {
    const redline = buildRedline(findingsOf({ ...DEFAULT_SCENARIO, reading: 'intended' }));
    const c = redline.changes.find((x) => x.findings.includes('fit/message-2-in-5'));
    expect(c).toMatchObject({ step: 5, paragraph: 'step-5-0', del: '2', ins: '4' });
    const pieces = paragraph('step-5-0') && redline.paragraphs.find((p) => p.key === 'step-5-0');
    expect(
      pieces?.pieces.map((x) => ('text' in x ? x.text : `[${x.change.del}→${x.change.ins}]`)),
    ).toEqual([
      '5. MME_2 sends MME_1 the parameters received in message ',
      '[2→4]',
      ' and Keying_material_2. Other parameters are FFS.',
    ]);
    // Changes are numbered in document order: step 5's before step 6's.
    const six = redline.changes.find((x) => x.findings.includes('fit/message-2-in-6'));
    expect(c!.n).toBeLessThan(six!.n);
  });

  it('makes two changes in one sentence, in text order whatever the findings’ order', () => {
    const quote = '2. MME_1finds out the address of MME_2 (this is FFS in rekeying case)';
    const r = buildRedline([
      finding('b', 2, { quote, del: 'in rekeying case', ins: 'in the rekeying case' }),
      finding('a', 2, { quote, del: 'MME_1finds', ins: 'MME_1 finds' }),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.changes.map((c) => [c.n, c.findings[0], c.del, c.ins])).toEqual([
      [1, 'a', 'MME_1finds', 'MME_1 finds'],
      [2, 'b', '', 'the '],
    ]);
    const p = r.paragraphs.find((x) => x.key === 'step-2-0')!;
    expect(afterText(p)).toContain(
      '2. MME_1 finds out the address of MME_2 (this is FFS in the rekeying case) and sends it',
    );
  });

  it('inserts only (at the end of the quote) and deletes only', () => {
    const r = buildRedline([
      finding('ins', 1, { quote: 'Other parameters are FFS', del: '', ins: '.' }),
      finding('del', 0, { quote: 'a UE_1 has received', del: 'a ', ins: '' }),
    ]);
    expect(r.problems).toEqual([]);
    const byId = (id: string) => r.changes.find((c) => c.findings.includes(id));
    expect(byId('ins')).toMatchObject({ paragraph: 'step-1-0', del: '', ins: '.' });
    expect(byId('del')).toMatchObject({ paragraph: 'step-0-1', del: 'a ', ins: '' });
    expect(afterText(r.paragraphs.find((p) => p.key === 'step-1-0')!)).toMatch(
      /Other parameters are FFS\.$/,
    );
    expect(afterText(r.paragraphs.find((p) => p.key === 'step-0-1')!)).toMatch(
      /^a\. UE_1 has received/,
    );
    expect(applyFix({ quote: 'Other parameters are FFS', del: '', ins: '.' })).toBe(
      'Other parameters are FFS.',
    );
  });

  it('places a recurring quote at its finding’s step, and an Introduction quote in the Introduction', () => {
    const r = buildRedline([
      finding('ffs-3', 3, {
        quote: 'Other parameters are FFS.',
        del: 'FFS',
        ins: 'for further study',
      }),
      finding(
        'intro',
        0,
        { quote: 'In sec.6.3.4.3.2', del: 'sec.', ins: 'clause ' },
        { where: 'intro' },
      ),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.changes.map((c) => c.paragraph).sort()).toEqual(['intro-1', 'step-3-0']);
  });

  it('reports, and does not place, a fix whose quote or deletion is not in the text', () => {
    const r = buildRedline([
      finding('nowhere', 5, { quote: 'received in message 7', del: '7', ins: '4' }),
      finding('not-in-quote', 5, { quote: 'received in message 2', del: 'message 3', ins: 'x' }),
      finding(
        'wrong-place',
        5,
        { quote: 'received in message 2', del: '2', ins: '4' },
        { where: 'intro' },
      ),
      finding('ambiguous', 2, { quote: 'includes', del: 'includes', ins: 'contains' }),
      finding('no-op', 5, { quote: 'message 2', del: '2', ins: '2' }),
    ]);
    expect(r.changes).toEqual([]);
    expect(r.problems.map((p) => p.finding)).toEqual([
      'nowhere',
      'not-in-quote',
      'wrong-place',
      'ambiguous',
      'no-op',
    ]);
    expect(r.problems[0]?.problem).toContain('not verbatim in the clause');
    expect(r.problems[2]?.problem).toContain('not verbatim in the Introduction');
  });

  it('shares one change between findings that call for it, and refuses overlapping ones', () => {
    const fix = {
      quote: '6. MME_1 sends UE_1 the parameters received in message 2.',
      del: '2',
      ins: '5',
    };
    const r = buildRedline([
      finding('one', 6, fix),
      finding('two', 6, { ...fix, del: 'message 2', ins: 'message 5' }),
      finding('three', 6, { ...fix, del: 'received in message', ins: 'sent in message' }),
      finding('four', 6, { ...fix, del: 'in message 2', ins: 'in message 4' }),
    ]);
    expect(r.changes.map((c) => c.findings)).toEqual([['three'], ['one', 'two']]);
    expect(r.problems.map((p) => p.finding)).toEqual(['four']);
    expect(r.problems[0]?.problem).toContain('overlaps the change that one calls for');
  });
});

describe('trimChange', () => {
  it.each([
    ['message 2', 'message 4', 8, '2', '4'],
    ['MME_1finds', 'MME_1 finds', 0, 'MME_1finds', 'MME_1 finds'],
    ['in rekeying case', 'in the rekeying case', 3, '', 'the '],
    ['want', 'wants', 0, 'want', 'wants'],
    ['a ', '', 0, 'a ', ''],
    [
      'Direct-Rekeying-Request',
      'Direct Rekeying Request',
      0,
      'Direct-Rekeying-Request',
      'Direct Rekeying Request',
    ],
    ['Other parameters are FFS', 'Other parameters are FFS.', 21, 'FFS', 'FFS.'],
  ])('%j → %j', (del, ins, skip, d, i) =>
    expect(trimChange(del, ins)).toEqual({ skip, del: d, ins: i }),
  );
});

describe('redlineMarkdown', () => {
  const s = { ...DEFAULT_SCENARIO, reading: 'intended' as const };
  const findings = findingsOf(s);
  const md = redlineMarkdown(buildRedline(findings), s, findings);

  it('marks step 5’s change with <del> and <ins>, numbered, and lists it with its finding', () => {
    const n = buildRedline(findings).changes.find((c) =>
      c.findings.includes('fit/message-2-in-5'),
    )?.n;
    expect(n).toBeDefined();
    expect(md).toContain(
      `5\\. MME_2 sends MME_1 the parameters received in message <del>2</del><ins>4</ins><sup>\\[${n}\\]</sup> and Keying_material_2.`,
    );
    expect(md).toMatch(
      new RegExp(
        `\\n${n}\\. Step 5: “message 2” becomes “message 4”\\. .*\`fit/message-2-in-5\` \\(`,
      ),
    );
  });

  it('keeps names as they are written and every step a paragraph, not a list', () => {
    expect(md).toContain('UE_1');
    expect(md).not.toMatch(/^\d+\. MME/m);
    expect(md).toMatch(/^0\\\. Either$/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('lists its problems', () => {
    const bad = [finding('nowhere', 5, { quote: 'message 7', del: '7', ins: '4' })];
    expect(redlineMarkdown(buildRedline(bad), s, bad)).toContain(
      '## Problems\n\n- `nowhere`: its fix quotes “message 7”, which is not verbatim in the clause.',
    );
  });

  it('is named after the clause and the scenario', () => {
    expect(redlineFileName(s)).toBe(
      'kdflow-redline-6.3.4.3.2-kdf-0b-connection-identity-refresh-no-intended.md',
    );
  });
});
