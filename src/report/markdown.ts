/**
 * The report as a Markdown document a person reads: the run's header, the review's findings for
 * its scenario, the inputs, then each step's message, the values that are new at it, and every
 * derivation as test-vector lines. Built from the JSON report and the trace it was built from
 * (the findings are the review of that trace), so the two files always describe the same run.
 */
import { fromHex } from '../protocol/bytes';
import { PROCEDURE } from '../protocol/procedure';
import {
  opensslCommand,
  x25519OpensslCommand,
  x25519PublicKeyOpensslCommand,
} from '../protocol/reproduce';
import { scenarioName } from '../protocol/scenario';
import type { Trace } from '../protocol/types';
import { SEVERITIES, type Finding, type Severity } from '../review/finding';
import { reviewFindings } from '../review/review';
import type { Report, ReportDerivation, ReportStep, ReportValue } from './report';

/**
 * Text as Markdown shows it, never as markup: every ASCII punctuation character CommonMark lets
 * a backslash escape is escaped (so `|` cannot split a table cell, `<` cannot open HTML, `*`
 * cannot emphasise), and a line break, which would end a table row, is shown as ↵.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>()#+\-.!|~"'&:;=?@$%^,/]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '↵');
}

/**
 * kdflow's own wording, escaped lightly so that it stays readable as plain text: only what could
 * split a table cell, open HTML or a link, or start emphasis or code.
 */
function prose(text: string): string {
  return text.replace(/[\\`*|<>[\]]/g, (c) => `\\${c}`).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

const code = (hex: string) => `\`${hex}\``;

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function origin(v: ReportValue): string {
  const p = v.provenance;
  const parts: string[] = [p.kind];
  if (p.from !== undefined) parts.push(`from ${p.from}`);
  if (p.source !== undefined) parts.push(`from ${p.source}`);
  if (p.step !== undefined) parts.push(`at step ${p.step}`);
  if (p.how !== undefined) parts.push(`(${p.how})`);
  return prose(parts.join(' '));
}

/** The lines an implementer checks a derivation against, with an openssl command that recomputes it. */
function vector(d: ReportDerivation): string[] {
  const check =
    d.function === 'kdf'
      ? [
          `${d.output} at ${d.actor}, FC 0x${d.fc.toUpperCase()}${d.illustrative ? ' (illustrative)' : ''}:`,
          '',
          '```text',
          `Key (${d.keyNames.join(' || ')}) = ${d.key}`,
          ...d.params.map((p, i) => `P${i} (${p.name}) = ${p.hex}`),
          `S = ${d.s}`,
          `${d.output} = HMAC-SHA-256(Key, S) = ${d.out}`,
          '```',
        ]
      : [
          `${d.output} at ${d.actor}, X25519 (RFC 7748)${d.illustrative ? ' (illustrative)' : ''}:`,
          '',
          '```text',
          `k (${d.keyNames.join(' || ')}) = ${d.key}`,
          d.params[0] ? `u (${d.params[0].name}) = ${d.params[0].hex}` : 'u = 9 (the base point)',
          `${d.output} = X25519(k, u) = ${d.out}`,
          '```',
        ];
  const command =
    d.function === 'kdf'
      ? opensslCommand({ key: fromHex(d.key), s: fromHex(d.s) })
      : d.params[0]
        ? x25519OpensslCommand(fromHex(d.key), fromHex(d.params[0].hex))
        : x25519PublicKeyOpensslCommand(fromHex(d.key));
  return [...check, '', 'Recompute with openssl:', '', '```sh', command, '```', ''];
}

function stepSection(step: ReportStep): string[] {
  const route =
    step.from !== undefined && step.to !== undefined
      ? ` (${step.from} → ${step.to}${step.link === undefined ? '' : `, ${step.link}`})`
      : '';
  const out = [`### Step ${step.n}: ${prose(step.title)}${route}`, ''];
  if (step.part === 'continuation')
    out.push('_kdflow’s illustrative PC5 continuation, after the clause._', '');
  out.push(prose(step.summary), '');
  if (step.reading !== undefined) out.push(`Reading: ${prose(step.reading)}`, '');
  if (step.params.length > 0) {
    out.push('Carried:', '');
    out.push(
      ...table(
        ['Parameter', 'Basis', 'Hex'],
        step.params.map((p) => [
          p.name,
          p.missing ? `${p.basis}, missing` : p.basis,
          p.hex === null ? 'not held' : code(p.hex),
        ]),
      ),
      '',
    );
  }
  // New at this step: what arrived, was generated or derived here, and what retired here.
  const rows: string[][] = [];
  for (const [actor, values] of Object.entries(step.holdings))
    for (const v of values) {
      if (step.n > 0 && v.provenance.step !== step.n && v.retiredAt !== step.n) continue;
      const retired = v.retiredAt === step.n ? `; retired at step ${step.n}` : '';
      rows.push([actor, v.name, code(v.hex), origin(v) + retired]);
    }
  out.push(step.n === 0 ? 'Held before the procedure:' : 'New values:', '');
  if (rows.length === 0) out.push('None.', '');
  else out.push(...table(['Actor', 'Value', 'Hex', 'Where it came from'], rows), '');
  for (const d of step.derivations) out.push(...vector(d));
  return out;
}

const SEVERITY_HEADING: Record<Severity, string> = {
  defect: 'Defects',
  'open-point': 'Open points',
  editorial: 'Editorial',
};

/** One finding: its step, its source and id, its text, and the sentence it quotes. */
function findingItem(f: Finding): string[] {
  const quote =
    f.quote === undefined
      ? []
      : [`  > ${f.where === 'intro' ? 'Introduction: ' : ''}“${prose(f.quote)}”`];
  return [`- **Step ${f.step}** (${f.source}, \`${f.id}\`): ${prose(f.text)}`, ...quote];
}

/**
 * The findings of the report's scenario (kdflow's review of the trace), grouped by severity in the
 * review's order (defects, open points, editorial), each with its step and whether it is computed
 * from the flow or curated.
 */
function findingsSection(findings: readonly Finding[]): string[] {
  const count = (sev: Severity) => findings.filter((f) => f.severity === sev).length;
  const out = [
    '## Findings of this scenario',
    '',
    `kdflow’s review of the text under this scenario: ${SEVERITIES.map((sev) => `${count(sev)} ${SEVERITY_HEADING[sev].toLowerCase()}`).join(', ')}. _Computed_ findings come from running the flow (its data flow, what each party knows, the text’s spelling); _curated_ ones are written rationales.`,
    '',
  ];
  for (const sev of SEVERITIES) {
    const group = findings.filter((f) => f.severity === sev);
    out.push(`### ${SEVERITY_HEADING[sev]} (${group.length})`, '');
    if (group.length === 0) out.push('None.', '');
    else out.push(...group.flatMap(findingItem), '');
  }
  return out;
}

/**
 * The whole report as Markdown, ending in a newline. Deterministic, like the JSON. `trace` is the
 * trace the report was built from (`buildReport(state, trace)`): its findings are the report's.
 */
export function reportMarkdown(report: Report, trace: Trace): string {
  const s = report.scenario;
  if (scenarioName(trace.scenario) !== scenarioName(s))
    throw new Error(
      `the trace is of ${scenarioName(trace.scenario)}, the report of ${scenarioName(s)}`,
    );
  const c = report.compare;
  const edited = report.editedInputs as Record<string, string | undefined>;
  const lines = [
    `# kdflow report: ${prose(report.clause)}`,
    '',
    `> **Illustrative scheme.** ${prose(report.illustrative)}`,
    '',
    ...table(
      ['Field', 'Value'],
      [
        ...PROCEDURE.fields.map((f) => [`${f.about} (${f.key})`, s[f.key]]),
        ['Seed', escapeMarkdown(report.seed)],
        ['Step shown', String(report.step)],
        [
          'Compared with',
          c ? PROCEDURE.fields.map((f) => `${f.key} ${c[f.key]}`).join(', ') : 'nothing',
        ],
      ],
    ),
    '',
    `KDF: ${prose(report.kdf)}`,
    '',
    ...findingsSection(reviewFindings(trace)),
    '## Inputs',
    '',
    ...table(
      ['Input', 'Hex in use', 'Edited'],
      Object.entries(report.inputs).map(([name, hex]) => {
        const text = edited[name];
        return [name, code(hex), text === undefined ? 'no (from the seed)' : `yes: ${code(text)}`];
      }),
    ),
    '',
    '## Steps',
    '',
    ...report.steps.flatMap(stepSection),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
