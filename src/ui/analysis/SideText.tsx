import type { Trace } from '../../protocol/types';
import { StepBody } from '../text/StepText';
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
      <StepBody def={def} />
    </article>
  );
}
