import { CLAUSE_NUMBER, CLAUSE_TITLE, PREAMBLE, type ClauseSentence } from '../../protocol/clause';
import type { StepDef } from '../../protocol/types';
import { useKdflow, useTrace } from '../../store/react';
import { TID } from '../app/testIds';
import './text.css';

/** One clause sentence, verbatim, tagged FFS or Editor's note (also used by the compare view). */
export function Sentence({ s, dim }: { s: ClauseSentence; dim: boolean }) {
  // The first sentence of an Editor's note names itself; the tag marks the ones that follow it.
  const tag =
    s.kind === 'ffs'
      ? 'FFS'
      : s.kind === 'editors-note' && !s.text.startsWith('Editor’s')
        ? 'Editor’s note'
        : null;
  return (
    <p className={`sentence ${s.kind}${dim ? ' dim' : ''}`} data-sentence-kind={s.kind}>
      {tag && <span className="kind-tag">{tag}</span>}
      {s.text}
    </p>
  );
}

/** The clause's own text for the current step (verbatim), and what the step does. */
export function StepText() {
  const trace = useTrace();
  const step = useKdflow((s) => s.step);
  const def = trace.steps[step]?.def;
  if (!def) return null;
  return (
    <article className="step-text">
      <h2>
        Step {def.n}: {def.title}
      </h2>
      <p className="narration" data-testid={TID.narration}>
        <span className="narration-tag">In plain words</span>
        {def.narration}
      </p>
      <StepBody def={def} />
      {step === 0 && (
        <blockquote className="clause preamble" data-testid={TID.preamble}>
          <p className="clause-ref">The clause’s opening, before step 0 (verbatim)</p>
          {PREAMBLE.map((s, i) => (
            <Sentence key={i} s={s} dim={false} />
          ))}
        </blockquote>
      )}
    </article>
  );
}

/**
 * What a step does, the reading kdflow takes, stage 3's name where the study's differs, and the
 * clause's own sentences (verbatim), those of the other alternative dimmed: the same for the
 * page's step text and each side of the comparison.
 */
export function StepBody({ def }: { def: StepDef }) {
  return (
    <>
      <p className="summary">{def.summary}</p>
      {def.reading && (
        <p className="reading" role="note">
          <strong>Reading:</strong> {def.reading}
        </p>
      )}
      {def.stage3 && (
        <p className="stage3" role="note" data-testid={TID.stage3}>
          <strong>Stage 3:</strong> {def.stage3}
        </p>
      )}
      {def.exposed && (
        <p className="exposed" role="note">
          <strong>Seen on the air:</strong> {def.exposed}
        </p>
      )}
      {def.part === 'continuation' ? (
        <p className="beyond" data-testid={TID.clause}>
          After the clause: kdflow’s illustrative continuation on PC5, in the pattern of TS 33.303
          (Direct Connection Request, Direct Security Mode Command and Complete; KD-sess from KD and
          both nonces). The clause itself ends before it.
        </p>
      ) : (
        <blockquote className="clause" data-testid={TID.clause} cite="TR 33.cde clause 6.3.4.3.2">
          <p className="clause-ref">
            Clause {CLAUSE_NUMBER} “{CLAUSE_TITLE}” (pCR text, verbatim)
          </p>
          {def.sentences.map((s, i) => (
            <Sentence key={i} s={s} dim={s.other === true} />
          ))}
        </blockquote>
      )}
    </>
  );
}
