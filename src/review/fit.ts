/**
 * Sentences of the clause that do not fit every variant or reading. Each rule names the sentence it
 * is about by its exact text (a test checks that every one is in the clause) and says when it bites.
 */
import { PREAMBLE, STEP_SENTENCES } from '../protocol/clause';
import { rekeying, type Scenario } from '../protocol/scenario';
import type { Finding, Severity, TextFix } from './finding';

export interface FitRule {
  id: string;
  step: number;
  /** A verbatim substring of the step's sentences. */
  quote: string;
  when: (s: Scenario) => boolean;
  severity: Severity;
  text: string;
  /** The change to the text the rule calls for. */
  fix?: TextFix;
  /** For an open point: the question for the meeting. */
  question?: string;
}

export const FIT_RULES: readonly FitRule[] = [
  {
    id: 'fit/calculated-kd',
    step: 4,
    quote: 'It also selects a DKSI that will be associated with the calculated KD.',
    when: (s) => s.scheme === 'common',
    severity: 'open-point',
    text: 'Step 4 speaks of “the calculated KD”; in the common variant KD is established, not calculated.',
    question: 'Should step 4 say “the established KD”, so that it fits the common-KD variant too?',
  },
  {
    id: 'fit/held-locally',
    step: 7,
    quote:
      'Both UEs establish the final KD from the received keying material parameters and parameters held locally.',
    when: (s) => s.scheme === 'common',
    severity: 'open-point',
    text: 'Step 7 has KD made from received and locally held parameters; in the common variant the received keying material is KD itself.',
    question:
      'In the common-KD variant, which “parameters held locally” does a UE use to establish KD, if any?',
  },
  {
    id: 'fit/rekeying-address',
    step: 2,
    quote: '(this is FFS in rekeying case)',
    when: rekeying,
    severity: 'open-point',
    text: 'With trigger 0a after a Direct Rekeying Request (a rekeying), how MME_1 finds the address of MME_2 is FFS.',
    question: 'How does MME_1 find MME_2 when rekeying, and is that in scope of this clause?',
  },
  {
    id: 'fit/0a-after-request',
    step: 0,
    quote: 'a UE_1 has received a Direct-Connection-Request',
    when: (s) => s.trigger === '0a-dcr',
    severity: 'open-point',
    text: 'The preamble lets the procedure run only “prior to sending a Direct Connection Request”, but 0a runs it after UE_1 has received one.',
    question:
      'Does the procedure run before UE_1 sends a Direct Connection Request (the preamble) or after UE_1 has received one (step 0a), or both?',
  },
  {
    id: 'fit/message-2-in-5',
    step: 5,
    quote: 'the parameters received in message 2 and Keying_material_2',
    // A wrong reference is a defect of the text whichever way kdflow reads it.
    when: () => true,
    severity: 'defect',
    text: 'Message 5 should say “the parameters received in message 4”: MME_2 received message 2 from MME_1 and would only return it; what UE_2 sent in message 4 never reaches MME_1.',
    fix: {
      quote: '5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2.',
      del: 'message 2',
      ins: 'message 4',
    },
  },
  {
    id: 'fit/message-2-in-6',
    step: 6,
    quote: 'MME_1 sends UE_1 the parameters received in message 2.',
    when: () => true,
    severity: 'defect',
    text: 'Message 6 should say “the parameters received in message 5”: MME_1 never received message 2.',
    fix: {
      quote: '6. MME_1 sends UE_1 the parameters received in message 2.',
      del: 'message 2',
      ins: 'message 5',
    },
  },
];

/** The text of a step (the preamble counts as step 0), to check the rules' quotes against. */
export function stepText(step: number): string {
  const own = (STEP_SENTENCES[step] ?? []).map((s) => s.text);
  return [...(step === 0 ? PREAMBLE.map((s) => s.text) : []), ...own].join(' ');
}

export function checkFit(scenario: Scenario): Finding[] {
  return FIT_RULES.filter((r) => r.when(scenario)).map((r) => ({
    id: r.id,
    step: r.step,
    severity: r.severity,
    source: 'curated' as const,
    text: r.text,
    quote: r.quote,
    where: 'clause' as const,
    ...(r.fix ? { fix: r.fix } : {}),
    ...(r.question ? { question: r.question } : {}),
  }));
}
