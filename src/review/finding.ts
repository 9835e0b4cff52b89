import type { Actor } from '../protocol/types';

/**
 * defect: the flow as written cannot work (a value is missing, used before it exists, or a
 * reference names the wrong message); open-point: the text leaves something open that the meeting
 * must decide; editorial: wording, spelling or a harmless oddity of the text. Severity comes from
 * the text, not from the reading kdflow takes of it.
 */
export type Severity = 'defect' | 'open-point' | 'editorial';

export const SEVERITIES: readonly Severity[] = ['defect', 'open-point', 'editorial'];

/**
 * computed: found by running the flow (the data-flow and knowledge engines, the text's spelling);
 * curated: a written rationale, quoting the sentence it is about.
 */
export type FindingSource = 'computed' | 'curated';

/** A change to the text that a finding calls for: in `quote`, `del` becomes `ins`. */
export interface TextFix {
  /** A verbatim sentence (or part of one) of the clause or the Introduction. */
  quote: string;
  /** A verbatim part of `quote` to delete ('' to insert only). */
  del: string;
  /** What to insert in its place ('' to delete only). */
  ins: string;
}

export interface Finding<A extends string = Actor> {
  /** Stable within one scenario: tests and the UI key on it. */
  id: string;
  /** The step a reader should look at (0 for the preamble and the pCR's introduction). */
  step: number;
  severity: Severity;
  source: FindingSource;
  /** One line. */
  text: string;
  actor?: A;
  /** The sentence it is about, verbatim (clause or Introduction), where it is about one. */
  quote?: string;
  /** Where the quote is: the clause (its step or preamble) or the pCR's Introduction. */
  where?: 'clause' | 'intro';
  /** The change to the text it calls for, if any (the redline is built from these). */
  fix?: TextFix;
  /** For an open point: the question to put to the meeting. */
  question?: string;
}
