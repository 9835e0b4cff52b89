import { TID } from '../app/testIds';
import { Fragment, useId } from 'react';
import { CHANGE_SUMMARY, PCR_INTRODUCTION, type SummaryRun } from '../../protocol/intro';
import { useActions, useKdflow } from '../../store/react';
import './text.css';

/** kdflow's words as plain text, clause sentences as verbatim quotes styled like the clause. */
function Runs({ runs }: { runs: readonly SummaryRun[] }) {
  return runs.map((r, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      {typeof r === 'string' ? (
        r
      ) : (
        <q className="clause-quote" cite="TR 33.cde clause 6.3.4.3.2">
          {r.quote}
        </q>
      )}
    </Fragment>
  ));
}

/**
 * What this pCR changes: its Introduction, verbatim, then kdflow's summary of the change (labelled
 * as kdflow's), and a button per variant that sets the scenario's scheme.
 */
export function PcrChange() {
  const heading = useId();
  const scheme = useKdflow((s) => s.scenario.scheme);
  const { setScenario } = useActions();
  return (
    <section className="pcr-change" data-testid={TID.pcrChange} aria-labelledby={heading}>
      <h2 id={heading}>What this pCR changes</h2>
      <blockquote className="clause pcr-intro" cite="pCR section 1, Introduction">
        <p className="clause-ref">The pCR’s Introduction (verbatim)</p>
        {PCR_INTRODUCTION.map((p, i) =>
          p.bullet ? (
            <ul key={i} className="pcr-intro-list">
              <li>{p.text}</li>
            </ul>
          ) : (
            <p key={i} className="sentence">
              {p.text}
            </p>
          ),
        )}
      </blockquote>
      <div className="pcr-summary">
        <p className="pcr-summary-tag">
          <span className="narration-tag">kdflow’s summary</span>
          in kdflow’s words, not the pCR’s
        </p>
        <p>
          <Runs runs={CHANGE_SUMMARY.rewrite} />
        </p>
        <p className="pcr-inferred">
          <Runs runs={CHANGE_SUMMARY.earlier} />
        </p>
        <p>So the same message flow fits two variants:</p>
        <ul className="pcr-variants">
          {CHANGE_SUMMARY.variants.map((v) => (
            <li key={v.scheme}>
              <Runs runs={v.text} />
            </li>
          ))}
        </ul>
        <p>
          <Runs runs={CHANGE_SUMMARY.remaining} />
        </p>
      </div>
      <div className="pcr-show" role="group" aria-label="Show a variant">
        {CHANGE_SUMMARY.variants.map((v) => (
          <button
            key={v.scheme}
            type="button"
            aria-pressed={scheme === v.scheme}
            onClick={() => setScenario({ scheme: v.scheme })}
          >
            {v.action}
          </button>
        ))}
      </div>
    </section>
  );
}
