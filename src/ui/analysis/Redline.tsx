import { useMemo } from 'react';
import { downloadBlob } from '../../diagram/export';
import { CLAUSE_NUMBER, CLAUSE_TITLE } from '../../protocol/clause';
import type { Trace } from '../../protocol/types';
import type { Finding } from '../../review/finding';
import { buildRedline, type RedlineChange, type RedlineParagraph } from '../../review/redline';
import { redlineFileName, redlineMarkdown } from '../../review/redlineMarkdown';
import { reviewFindings } from '../../review/review';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './review.css';
import './redline.css';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  defect: 'defect',
  'open-point': 'open point',
  editorial: 'editorial',
};

/** A change of a word or two, kept on one line with its number (no number alone on a line). */
const short = (c: RedlineChange) => `${c.del}${c.ins}`.length <= 24 && !/\s\S/.test(c.ins.trim());

/** One change in the text: what goes, what comes, and its number, which goes to its finding's step. */
function Change({ change, about }: { change: RedlineChange; about: string }) {
  const { goTo } = useActions();
  return (
    <span
      className={short(change) ? 'rl-change short' : 'rl-change'}
      id={`redline-change-${change.n}`}
      data-finding={change.findings.join(' ')}
      data-step={change.step}
    >
      {change.del !== '' && <del>{change.del}</del>}
      {change.ins !== '' && <ins>{change.ins}</ins>}
      <button
        type="button"
        className="rl-mark"
        title={about}
        aria-label={`Change ${change.n}: go to step ${change.step} (${about})`}
        onClick={() => goTo(change.step)}
      >
        {change.n}
      </button>
    </span>
  );
}

function Paragraph({
  p,
  current,
  about,
}: {
  p: RedlineParagraph;
  current: boolean;
  about: (c: RedlineChange) => string;
}) {
  return (
    <p
      className={`rl-para ${p.kind}${current ? ' current' : ''}`}
      data-paragraph={p.key}
      data-step={p.step}
    >
      {p.pieces.map((x, i) =>
        'text' in x ? x.text : <Change key={i} change={x.change} about={about(x.change)} />,
      )}
    </p>
  );
}

/** What a change does, as its finding writes it. */
function what(c: RedlineChange): string {
  const { quote, del, ins } = c.fix;
  if (del === '') return `insert “${ins}” after “${quote}”`;
  if (ins === '') return `delete “${del}”`;
  return `“${del}” → “${ins}”`;
}

/**
 * The redline of the pCR for this scenario: its Introduction and the clause, verbatim, with every
 * change the review's findings call for, each linked to its finding; and the same as Markdown.
 */
export function Redline({ trace }: { trace: Trace }) {
  const findings = useMemo(() => reviewFindings(trace), [trace]);
  const redline = useMemo(() => buildRedline(findings), [findings]);
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  const byId = new Map(findings.map((f) => [f.id, f]));
  const about = (c: RedlineChange) => c.findings.map((id) => byId.get(id)?.text ?? id).join(' · ');
  const download = () =>
    downloadBlob(
      new Blob([redlineMarkdown(redline, trace.scenario, findings)], { type: 'text/markdown' }),
      redlineFileName(trace.scenario),
    );
  const part = (where: RedlineParagraph['where']) =>
    redline.paragraphs
      .filter((p) => p.where === where)
      .map((p) => (
        <Paragraph
          key={p.key}
          p={p}
          current={where === 'clause' && p.step === step}
          about={about}
        />
      ));
  const n = redline.changes.length;
  return (
    <section className="redline" data-testid={TID.redline} aria-labelledby="redline-title">
      <div className="rl-head">
        <h2 id="redline-title">
          Redline: {n === 0 ? 'no change' : n === 1 ? '1 change' : `${n} changes`} that this
          scenario’s findings call for
        </h2>
        <button type="button" data-testid={TID.redlineDownload} onClick={download}>
          Download Markdown
        </button>
      </div>
      <p className="hint">
        The pCR’s text, verbatim, with <del>deleted</del> and <ins>inserted</ins> text. Each change
        comes from a finding of the review; its number goes to that finding’s step.
      </p>
      {redline.problems.length > 0 && (
        <div className="rl-problems" role="alert" data-testid={TID.redlineProblems}>
          <p>These findings’ fixes cannot be placed in the text:</p>
          <ul>
            {redline.problems.map((p) => (
              <li key={p.finding} data-finding={p.finding}>
                <code>{p.finding}</code>: {p.problem}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="rl-body">
        <div className="rl-doc">
          <h3>The pCR’s Introduction</h3>
          {part('intro')}
          <h3>
            {CLAUSE_NUMBER} {CLAUSE_TITLE}
          </h3>
          {part('clause')}
        </div>
        <div className="rl-side">
          <h3 className="rl-changes-title">Changes</h3>
          {n === 0 ? (
            <p className="hint">No finding of this scenario calls for a change to the text.</p>
          ) : (
            <ol className="rl-changes">
              {redline.changes.map((c) => (
                <li key={c.n} data-change={c.n} data-finding={c.findings.join(' ')}>
                  <button type="button" className="at-step" onClick={() => goTo(c.step)}>
                    Step {c.step}
                  </button>{' '}
                  <span className="rl-what">{what(c)}</span>
                  {c.findings.map((id) => {
                    const f = byId.get(id);
                    return (
                      <span key={id} className="rl-why">
                        {f && (
                          <span className={`sev ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                        )}
                        {f ? f.text : id}
                      </span>
                    );
                  })}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
