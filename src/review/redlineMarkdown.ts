/**
 * The redline (redline.ts) as a Markdown file, and the light escaping and file naming the
 * meeting's files share (questions.ts).
 */
import { CLAUSE_NUMBER, CLAUSE_TITLE } from '../protocol/clause';
import { SCENARIO_KEYS, type Scenario } from '../protocol/scenario';
import type { Finding } from './finding';
import type { Redline, RedlineParagraph } from './redline';

/** The scenario's choices in field order, e.g. `calculated-0b-connection-identity-refresh-no-intended`. */
export function scenarioSlug(s: Scenario): string {
  return SCENARIO_KEYS.map((k) => (k === 'refresh' ? `refresh-${s[k]}` : s[k])).join('-');
}

/** `kdflow-redline-6.3.4.3.2-<scenario>.md`: named after the clause and the scenario. */
export function redlineFileName(s: Scenario): string {
  return `kdflow-redline-${CLAUSE_NUMBER}-${scenarioSlug(s)}.md`;
}

/**
 * Text as Markdown shows it: `\`, `` ` ``, `*`, `~`, `<`, `>`, `[`, `]`, `|`, `&` and `#` escaped,
 * and `_` only where it could start or end emphasis (`UE_1` stays as it is).
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*~<>[\]|&#]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** A line's start escaped so that a step's paragraph ("5. MME_2 …") does not become a list. */
const notAList = (line: string) => line.replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

const scenarioLine = (s: Scenario) => SCENARIO_KEYS.map((k) => `${k} ${s[k]}`).join(', ');

/**
 * The redline as Markdown: deletions and insertions as `<del>` and `<ins>` (GitHub and most
 * viewers show them struck through and underlined), each followed by its number, then the list
 * of changes with the findings that call for them, and the problems if there are any.
 */
export function redlineMarkdown(
  redline: Redline,
  scenario: Scenario,
  findings: readonly Finding[],
): string {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const para = (p: RedlineParagraph) =>
    p.pieces
      .map((x, i) => {
        if ('text' in x) return i === 0 ? notAList(escapeInline(x.text)) : escapeInline(x.text);
        const c = x.change;
        const del = c.del === '' ? '' : `<del>${escapeInline(c.del)}</del>`;
        const ins = c.ins === '' ? '' : `<ins>${escapeInline(c.ins)}</ins>`;
        return `${del}${ins}<sup>\\[${c.n}\\]</sup>`;
      })
      .join('');
  const section = (title: string, ps: RedlineParagraph[]) => [
    `## ${title}`,
    '',
    ...ps.flatMap((p) => [para(p), '']),
  ];
  const lines = [
    `# Redline of clause ${CLAUSE_NUMBER} “${CLAUSE_TITLE}”`,
    '',
    `Scenario: ${scenarioLine(scenario)}.`,
    '',
    `The pCR’s text, verbatim, with the ${redline.changes.length === 1 ? 'change' : `${redline.changes.length} changes`} that kdflow’s review of this scenario calls for: <del>deleted</del>, <ins>inserted</ins>, each numbered as in the list of changes below.`,
    '',
    ...section(
      'The pCR’s Introduction',
      redline.paragraphs.filter((p) => p.where === 'intro'),
    ),
    ...section(
      `${CLAUSE_NUMBER} ${CLAUSE_TITLE}`,
      redline.paragraphs.filter((p) => p.where === 'clause'),
    ),
    '## Changes',
    '',
    ...(redline.changes.length === 0
      ? ['None: no finding of this scenario calls for a change to the text.', '']
      : redline.changes.flatMap((c) => {
          // As the finding writes it (“message 2” becomes “message 4”), which reads better
          // than the trimmed change the text shows.
          const { quote, del, ins } = c.fix;
          const what =
            del === ''
              ? `insert “${escapeInline(ins)}” after “${escapeInline(quote)}”`
              : ins === ''
                ? `delete “${escapeInline(del)}”`
                : `“${escapeInline(del)}” becomes “${escapeInline(ins)}”`;
          const why = c.findings.map((id) => {
            const f = byId.get(id);
            return f
              ? `\`${id}\` (${f.severity}, ${f.source}): ${escapeInline(f.text)}`
              : `\`${id}\``;
          });
          return [`${c.n}. Step ${c.step}: ${what}. ${why.join(' ')}`];
        })),
    '',
  ];
  if (redline.problems.length > 0)
    lines.push(
      '## Problems',
      '',
      ...redline.problems.map((p) => `- \`${p.finding}\`: ${escapeInline(p.problem)}.`),
      '',
    );
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
