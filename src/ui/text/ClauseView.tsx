import { useActions, useKdflow, useTrace } from '../../store/react';
import { TID } from '../app/testIds';
import './text.css';

/**
 * The whole clause, verbatim, with the current step's sentences highlighted. Clicking a sentence
 * goes to its step (the preamble belongs to step 0). The sentences are the ones the procedure's
 * clause steps quote.
 */
export function ClauseView() {
  const step = useKdflow((s) => s.step);
  const { goTo } = useActions();
  const { procedure, steps } = useTrace();
  const { number, title, preamble } = procedure.clause;
  const groups = [
    { n: 0, key: 'preamble', sentences: preamble },
    ...steps
      .filter(({ def }) => def.part === 'clause')
      .map(({ def }) => ({ n: def.n, key: `step-${def.n}`, sentences: def.sentences })),
  ];
  return (
    <details className="clause-view" data-testid={TID.clauseView}>
      <summary>
        <h2>
          The whole clause {number} “{title}”
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
