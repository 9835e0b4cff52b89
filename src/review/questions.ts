/**
 * The questions a delegate takes to the meeting: the open points of one scenario's review, in
 * order of steps, each with the sentence it is about. Read from the findings, never listed by hand.
 */
import { CLAUSE_NUMBER, CLAUSE_TITLE } from '../protocol/clause';
import { SCENARIO_KEYS, type Scenario } from '../protocol/scenario';
import type { Finding } from './finding';
import { escapeInline, scenarioSlug } from './redlineMarkdown';

export interface Question {
  /** The open point it comes from. */
  finding: string;
  step: number;
  source: Finding['source'];
  /** The question for the meeting. */
  text: string;
  /** True when the finding has no question of its own and `text` is derived from its text. */
  derived: boolean;
  /** The sentence it is about, verbatim, and where it is. */
  quote?: string;
  where?: 'clause' | 'intro';
}

/**
 * A finding's statement put as a question: kept whole when it already asks one, else followed by
 * the question every open point leaves to the meeting.
 */
export function questionOf(f: Finding): { text: string; derived: boolean } {
  if (f.question !== undefined && f.question.trim() !== '')
    return { text: f.question, derived: false };
  const text = f.text.trim();
  return { text: /\?$/.test(text) ? text : `${text} What should the text say?`, derived: true };
}

/** The open points of a review as questions, in order of steps (the review's order within one). */
export function meetingQuestions(findings: readonly Finding[]): Question[] {
  return findings
    .filter((f) => f.severity === 'open-point')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.step - b.f.step || a.i - b.i)
    .map(({ f }) => ({
      finding: f.id,
      step: f.step,
      source: f.source,
      ...questionOf(f),
      ...(f.quote === undefined ? {} : { quote: f.quote }),
      ...(f.where === undefined ? {} : { where: f.where }),
    }));
}

/** `kdflow-questions-6.3.4.3.2-<scenario>.md`: named after the clause and the scenario. */
export function questionsFileName(s: Scenario): string {
  return `kdflow-questions-${CLAUSE_NUMBER}-${scenarioSlug(s)}.md`;
}

/** The questions as a numbered Markdown list, each with its step and the sentence it quotes. */
export function questionsMarkdown(questions: readonly Question[], scenario: Scenario): string {
  const lines = [
    `# Questions for the meeting: clause ${CLAUSE_NUMBER} “${CLAUSE_TITLE}”`,
    '',
    `Scenario: ${SCENARIO_KEYS.map((k) => `${k} ${scenario[k]}`).join(', ')}.`,
    '',
    questions.length === 0
      ? 'No open point in this scenario.'
      : `The ${questions.length === 1 ? 'open point' : `${questions.length} open points`} of kdflow’s review, in order of steps.`,
    '',
    ...questions.flatMap((q, i) => [
      `${i + 1}. **Step ${q.step}.** ${escapeInline(q.text)}${q.derived ? ' _(worded from the finding)_' : ''}`,
      ...(q.quote === undefined
        ? []
        : ['', `   > ${q.where === 'intro' ? 'Introduction: ' : ''}“${escapeInline(q.quote)}”`]),
      '',
      `   Finding \`${q.finding}\` (${q.source}).`,
      '',
    ]),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
