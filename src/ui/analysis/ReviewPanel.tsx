import { useMemo, useState } from 'react';
import type { Trace } from '../../protocol/types';
import { SEVERITIES, type Finding, type Severity } from '../../review/finding';
import { reviewFindings } from '../../review/review';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './review.css';

const SEVERITY_LABEL: Record<Severity, { one: string; many: string }> = {
  defect: { one: 'defect', many: 'defects' },
  'open-point': { one: 'open point', many: 'open points' },
  editorial: { one: 'editorial', many: 'editorial' },
};

const SOURCE_TITLE = {
  computed: 'computed from the flow (data flow, knowledge or the text’s spelling)',
  curated: 'curated: a written rationale quoting the text',
} as const;

function FindingItem({ f, here, goTo }: { f: Finding; here: boolean; goTo: (n: number) => void }) {
  return (
    <li>
      <button
        type="button"
        className={`finding ${f.severity}${here ? ' here' : ''}`}
        data-finding={f.id}
        data-severity={f.severity}
        data-source={f.source}
        data-step={f.step}
        onClick={() => goTo(f.step)}
      >
        <span className={`sev ${f.severity}`}>{SEVERITY_LABEL[f.severity].one}</span>
        <span className="at">step {f.step}</span>
        <span className="source" title={SOURCE_TITLE[f.source]}>
          {f.source}
        </span>{' '}
        {f.text}
        {f.quote !== undefined && f.severity !== 'editorial' && (
          <q className="finding-quote">{f.quote}</q>
        )}
      </button>
    </li>
  );
}

/**
 * The findings of the review for this scenario, ranked defects → open points → editorial, with a
 * filter by severity; the editorial ones are folded away until asked for. A click goes to the
 * finding's step.
 */
export function ReviewPanel({ trace }: { trace: Trace }) {
  const findings = useMemo(() => reviewFindings(trace), [trace]);
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const of = (s: Severity) => findings.filter((f) => f.severity === s);
  const count = (s: Severity) =>
    `${of(s).length} ${of(s).length === 1 ? SEVERITY_LABEL[s].one : SEVERITY_LABEL[s].many}`;
  const toggle = (s: Severity) =>
    setShown((was) => {
      const next = new Set(was);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  const list = (s: Severity) => (
    <ul data-severity-list={s}>
      {of(s).map((f) => (
        <FindingItem key={f.id} f={f} here={f.step === step} goTo={goTo} />
      ))}
    </ul>
  );
  return (
    <section className="review" data-testid={TID.review} aria-labelledby="review-heading">
      <h2 id="review-heading">Review of the text: {SEVERITIES.map(count).join(', ')}</h2>
      <p className="hint">
        Ranked by severity, which comes from the text, not from the reading. Each finding is
        computed from this scenario’s flow or curated (a written rationale quoting its sentence).
        Click one to go to its step.
      </p>
      <fieldset className="review-filter">
        <legend>Show</legend>
        {SEVERITIES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={shown.has(s)}
              onChange={() => toggle(s)}
              data-testid={TID.reviewFilter(s)}
            />{' '}
            {count(s)}
          </label>
        ))}
      </fieldset>
      <div className="review-lists">
        {shown.has('defect') && list('defect')}
        {shown.has('open-point') && list('open-point')}
        {shown.has('editorial') && (
          <details className="review-editorial" data-testid={TID.reviewEditorial}>
            <summary>{count('editorial')}: wording and spelling</summary>
            {list('editorial')}
          </details>
        )}
      </div>
    </section>
  );
}
