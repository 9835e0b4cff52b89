import { useMemo } from 'react';
import type { Trace } from '../../protocol/types';
import type { Severity } from '../../review/finding';
import { reviewFindings } from '../../review/review';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './review.css';

const SEVERITY_LABEL: Record<Severity, string> = {
  defect: 'defect',
  'open-point': 'open point',
  editorial: 'editorial',
};

/** The findings of the review for this scenario; clicking one goes to its step. */
export function ReviewPanel({ trace }: { trace: Trace }) {
  const findings = useMemo(() => reviewFindings(trace), [trace]);
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  const counts = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (
    <details className="review" data-testid={TID.review} open>
      <summary>
        <h2>
          Review of the text: {counts('defect')} defects, {counts('open-point')} open points,{' '}
          {counts('editorial')} editorial
        </h2>
      </summary>
      <p className="hint">
        Computed from this scenario’s data flow and the clause’s wording. Click a finding to go to
        its step.
      </p>
      <ul>
        {findings.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className={`finding ${f.severity}${f.step === step ? ' here' : ''}`}
              data-finding={f.id}
              data-severity={f.severity}
              data-step={f.step}
              onClick={() => goTo(f.step)}
            >
              <span className={`sev ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
              <span className="at">step {f.step}</span> {f.text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
