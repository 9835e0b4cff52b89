/** Every finding of the review for one trace: data flow, fit to the variant, curated, and editorial. */
import type { Trace } from '../protocol/types';
import { curatedFindings } from './curated';
import { checkFlow } from './dataflow';
import { editorialFindings, GRAMMAR_FINDINGS } from './editorial';
import type { Finding, Severity } from './finding';
import { checkFit } from './fit';
import { unmetFindings, unmetNeeds } from './needs';

const ORDER: Record<Severity, number> = { defect: 0, 'open-point': 1, editorial: 2 };

/** The editorial findings do not depend on the scenario: computed once. */
let editorial: Finding[] | null = null;
function editorialAsFindings(): Finding[] {
  editorial ??= editorialFindings().map((e) => ({
    id: `editorial/${e.id}`,
    // The preamble and the pCR's introduction are read at step 0.
    step: typeof e.step === 'number' ? e.step : 0,
    severity: 'editorial' as const,
    // Spelling is computed from the text; the grammar table is written by hand.
    source: GRAMMAR_FINDINGS.includes(e) ? ('curated' as const) : ('computed' as const),
    quote: e.quote,
    where: e.step === 'intro' ? ('intro' as const) : ('clause' as const),
    ...(e.fix ? { fix: e.fix } : {}),
    text: `${e.step === 'intro' ? 'Introduction: ' : ''}“${e.quote}”: ${e.explanation}`,
  }));
  return editorial;
}

/**
 * The data-flow review, with each value an actor cannot make said once: at the message that
 * should have brought its inputs (needs.ts), not again where it is used or as never reached.
 */
function flowFindings(trace: Trace): Finding[] {
  const unmet = new Set(
    unmetNeeds(trace).flatMap((u) => [
      `uses-missing/${u.step}/${u.actor}/${u.value}`,
      `never-reaches/${u.actor}/${u.value}`,
    ]),
  );
  return [...checkFlow(trace).filter((f) => !unmet.has(f.id)), ...unmetFindings(trace)];
}

/** The review of a trace is computed once: the panel, the redline, the questions and the report
 * each ask for it. */
const reviewed = new WeakMap<Trace, readonly Finding[]>();

/** Findings sorted by severity, then step. */
export function reviewFindings(trace: Trace): readonly Finding[] {
  const cached = reviewed.get(trace);
  if (cached) return cached;
  const findings = [
    ...flowFindings(trace),
    ...checkFit(trace.scenario),
    ...curatedFindings(trace.scenario),
    ...editorialAsFindings(),
  ].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.step - b.step);
  reviewed.set(trace, findings);
  return findings;
}
