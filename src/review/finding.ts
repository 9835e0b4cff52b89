import type { Actor } from '../protocol/types';

/**
 * defect: the flow as read cannot work (a value is missing or used before it exists);
 * open-point: the text leaves something open or does not fit the variant;
 * editorial: wording, spelling or a harmless oddity of the text.
 */
export type Severity = 'defect' | 'open-point' | 'editorial';

export const SEVERITIES: readonly Severity[] = ['defect', 'open-point', 'editorial'];

export interface Finding<A extends string = Actor> {
  /** Stable within one scenario: tests and the UI key on it. */
  id: string;
  /** The step a reader should look at (0 for the preamble and the pCR's introduction). */
  step: number;
  severity: Severity;
  /** One line. */
  text: string;
  actor?: A;
}
