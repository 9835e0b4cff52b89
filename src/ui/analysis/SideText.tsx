import type { Trace } from '../../protocol/types';
import { StepBody } from '../text/StepText';
import '../text/text.css';

/**
 * One side's text for a step of the side-by-side view: what the step does in that scenario, the
 * reading kdflow takes there, and the clause's own sentences (verbatim), with the other
 * alternative's sentences dimmed. Read-only: the step is the page's.
 */
export function SideText({ trace, step }: { trace: Trace; step: number }) {
  const def = trace.steps[step]?.def;
  // The two scenarios may have different numbers of steps (0a ends at 9, 0b at 10).
  if (!def)
    return (
      <article className="step-text side-text" data-no-step={step}>
        <p className="summary">
          This scenario has no step {step}: it ends at step {trace.steps.length - 1}.
        </p>
      </article>
    );
  return (
    <article className="step-text side-text">
      <h3>
        Step {def.n}: {def.title}
      </h3>
      <StepBody def={def} />
    </article>
  );
}
