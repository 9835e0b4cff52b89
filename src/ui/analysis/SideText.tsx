import { CLAUSE_NUMBER, CLAUSE_TITLE } from '../../protocol/clause';
import { CLAUSE_LAST_STEP, type Trace } from '../../protocol/types';
import { TID } from '../app/testIds';
import { Sentence } from '../text/StepText';
import '../text/text.css';

/**
 * One side's text for a step of the side-by-side view: what the step does in that scenario, the
 * reading kdflow takes there, and the clause's own sentences (verbatim), with the other trigger's
 * sentences dimmed. Read-only: the step is the page's.
 */
export function SideText({ trace, step }: { trace: Trace; step: number }) {
  const def = trace.steps[step]?.def;
  if (!def) return null;
  return (
    <article className="step-text side-text">
      <h3>
        Step {def.n}: {def.title}
      </h3>
      <p className="summary">{def.summary}</p>
      {def.reading && (
        <p className="reading" role="note">
          <strong>Reading:</strong> {def.reading}
        </p>
      )}
      {def.n > CLAUSE_LAST_STEP ? (
        <p className="beyond" data-testid={TID.clause}>
          After the clause: kdflow’s illustrative continuation on PC5. The clause itself ends at
          step 7.
        </p>
      ) : (
        <blockquote className="clause" data-testid={TID.clause} cite="TR 33.cde clause 6.3.4.3.2">
          <p className="clause-ref">
            Clause {CLAUSE_NUMBER} “{CLAUSE_TITLE}” (pCR text, verbatim)
          </p>
          {def.sentences.map((s, i) => (
            <Sentence
              key={i}
              s={s}
              dim={s.trigger !== undefined && s.trigger !== trace.scenario.trigger}
            />
          ))}
        </blockquote>
      )}
    </article>
  );
}
