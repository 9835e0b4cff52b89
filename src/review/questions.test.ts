import { describe, expect, it } from 'vitest';
import { allScenarios, DEFAULT_SCENARIO, READINGS, scenarioName } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import type { Finding } from './finding';
import { meetingQuestions, questionOf, questionsFileName, questionsMarkdown } from './questions';
import { reviewFindings } from './review';

const findingsOf = (s = DEFAULT_SCENARIO) => reviewFindings(simulate(s, 'questions'));

const point = (id: string, step: number, extra: Partial<Finding> = {}): Finding => ({
  id,
  step,
  severity: 'open-point',
  source: 'curated',
  text: `Point ${id} is open.`,
  ...extra,
});

describe('meetingQuestions', () => {
  it.each(allScenarios(READINGS).map((s) => [scenarioName(s), s] as const))(
    '%s: every open point, and only those, in order of steps',
    (_name, s) => {
      const findings = findingsOf(s);
      const qs = meetingQuestions(findings);
      const open = findings.filter((f) => f.severity === 'open-point');
      expect(qs.map((q) => q.finding).sort()).toEqual(open.map((f) => f.id).sort());
      const steps = qs.map((q) => q.step);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      for (const q of qs) {
        const f = open.find((x) => x.id === q.finding)!;
        expect(q).toMatchObject({ step: f.step, source: f.source });
        expect(q.quote).toBe(f.quote);
        expect(q.text.length).toBeGreaterThan(0);
      }
    },
  );

  it('sorts by step, keeps the review’s order within a step, and skips what is not open', () => {
    const qs = meetingQuestions([
      point('late', 7),
      { ...point('defect', 1), severity: 'defect' },
      point('b', 2),
      point('a', 2),
      { ...point('editorial', 0), severity: 'editorial' },
      point('first', 0),
    ]);
    expect(qs.map((q) => q.finding)).toEqual(['first', 'b', 'a', 'late']);
  });

  it('carries the quote and where it is', () => {
    const [q] = meetingQuestions([
      point('intro', 0, { quote: 'TR 33.cde', where: 'intro', question: 'Which TR?' }),
    ]);
    expect(q).toEqual({
      finding: 'intro',
      step: 0,
      source: 'curated',
      text: 'Which TR?',
      derived: false,
      quote: 'TR 33.cde',
      where: 'intro',
    });
  });
});

describe('questionOf', () => {
  it('uses the finding’s own question when it has one', () => {
    expect(questionOf(point('q', 3, { question: 'Who checks the authorisation?' }))).toEqual({
      text: 'Who checks the authorisation?',
      derived: false,
    });
  });

  it('derives one from the text, and says so', () => {
    expect(questionOf(point('x', 3))).toEqual({
      text: 'Point x is open. What should the text say?',
      derived: true,
    });
    expect(questionOf(point('y', 3, { text: 'Is KD ever refreshed?', question: ' ' }))).toEqual({
      text: 'Is KD ever refreshed?',
      derived: true,
    });
  });
});

describe('questionsMarkdown', () => {
  const s = { ...DEFAULT_SCENARIO, trigger: '0a-drr' as const, scheme: 'common' as const };
  const qs = meetingQuestions(findingsOf(s));

  it('numbers the questions with their step, the sentence they quote and their finding', () => {
    const md = questionsMarkdown(qs, s);
    expect(md.startsWith('# Questions for the meeting: clause 6.3.4.3.2')).toBe(true);
    expect(md).toContain('Scenario: scheme common, trigger 0a-drr,');
    const rekeying = qs.findIndex((q) => q.finding === 'fit/rekeying-address');
    expect(rekeying).toBeGreaterThanOrEqual(0);
    expect(md).toContain(`\n${rekeying + 1}. **Step 2.** `);
    expect(md).toContain('   > “(this is FFS in rekeying case)”');
    expect(md).toContain('   Finding `fit/rekeying-address` (curated).');
    // In step order: each numbered item's step is no smaller than the one before.
    const steps = [...md.matchAll(/^\d+\. \*\*Step (\d+)\.\*\*/gm)].map((m) => Number(m[1]));
    expect(steps).toHaveLength(qs.length);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says when there is nothing to ask', () => {
    expect(questionsMarkdown([], s)).toContain('No open point in this scenario.');
  });

  it('is named after the clause and the scenario', () => {
    expect(questionsFileName(s)).toBe(
      'kdflow-questions-6.3.4.3.2-common-0a-drr-connection-identity-refresh-no-intended.md',
    );
  });
});
