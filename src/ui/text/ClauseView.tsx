import { CLAUSE_NUMBER, CLAUSE_TITLE, PREAMBLE, STEP_SENTENCES } from '../../protocol/clause';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import './text.css';

/**
 * The whole clause, verbatim, with the current step's sentences highlighted. Clicking a sentence
 * goes to its step (the preamble belongs to step 0).
 */
export function ClauseView() {
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  const groups = [
    { n: 0, key: 'preamble', sentences: PREAMBLE },
    ...STEP_SENTENCES.map((sentences, n) => ({ n, key: `step-${n}`, sentences })),
  ];
  return (
    <details className="clause-view" data-testid={TID.clauseView}>
      <summary>
        <h2>
          The whole clause {CLAUSE_NUMBER} “{CLAUSE_TITLE}”
        </h2>
      </summary>
      {groups.map(({ n, key, sentences }) => (
        <div key={key} className={`clause-group${n === step ? ' current' : ''}`} data-step={n}>
          {sentences.map((s, i) => (
            <button
              key={i}
              type="button"
              className={`clause-sentence ${s.kind}`}
              data-sentence-step={n}
              aria-current={n === step ? 'step' : undefined}
              onClick={() => goTo(n)}
            >
              {s.text}
            </button>
          ))}
        </div>
      ))}
    </details>
  );
}
