/**
 * Each step told in plain words for students: kdflow's own explanation, kept apart from the
 * clause's verbatim text (which stays the reference). It is what the page's live region reads and
 * what presenter mode shows under the figure. The words are the step's `narration` in the
 * procedure (procedure/); where the clause leaves something FFS, they say kdflow's choice is
 * illustrative.
 */
import { stepsOf, textOf } from './engine/run';
import { PROCEDURE } from './procedure';
import type { Scenario } from './scenario';

/** The plain-words explanation of step `n` in this scenario ("" for a step that does not exist). */
export function narrate(scenario: Scenario, n: number): string {
  const step = stepsOf(PROCEDURE, scenario)[n];
  return step ? textOf(step.narration, scenario) : '';
}
