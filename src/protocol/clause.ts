/**
 * The text of clause 6.3.4.3.2 "Network authorised case" as changed by the pCR, split into the
 * sentences that belong to each step. Every string here is copied verbatim from the pCR (typos
 * included: they are the text under review); only trailing blanks are dropped.
 */

import type { ClauseSentence, SentenceKind } from './engine/types';

export type { ClauseSentence, SentenceKind };

const s = (text: string, kind: SentenceKind = 'normative'): ClauseSentence => ({ text, kind });

export const CLAUSE_NUMBER = '6.3.4.3.2';
export const CLAUSE_TITLE = 'Network authorised case';
export const FIGURE_CAPTION = 'Figure 6.3.4.3.2-1: Network authorised key establishment';

/** The opening sentences and the note before step 0. */
export const PREAMBLE: readonly ClauseSentence[] = [
  s(
    'This procedure may only be run prior to sending a Direct Connection Request or after a Direct Rekeying Request when it is desired by one UE to use a fresh KD as opposed to a fresh KD-sess.',
  ),
  s('The Direct-Rekeying-Request can only be sent when the UEs are already directly connected.'),
  s(
    'The following flow shows the security part of the relevant SA2 flow (see sec.6.2.4.2.1 of TR23.703 [4]).',
  ),
  s(FIGURE_CAPTION, 'caption'),
  s(
    'Editor’s Note: The Fig. 6.3.4.3.2-1 has to be modified to reflect the changes in the text.',
    'editors-note',
  ),
];

/**
 * Step 7's first sentence, where the UEs "establish" KD: the word the pCR's Introduction bears on
 * ("the common key can be established, but not calculated"). Exported on its own so that
 * kdflow's summary of the change (intro.ts) quotes it from here, not from a second copy.
 */
/** The Editor's note's open question after step 7, verbatim. */
export const LIFETIME_QUESTION: ClauseSentence = s(
  'What’s the life time of this security context of D2D?',
  'editors-note',
);

export const KD_SENTENCE: ClauseSentence = s(
  '7. Both UEs establish the final KD from the received keying material parameters and parameters held locally.',
);

/** Step 4's second sentence, which speaks of "the calculated KD" (quoted in intro.ts). */
export const DKSI_SENTENCE: ClauseSentence = s(
  'It also selects a DKSI that will be associated with the calculated KD.',
);

/** Step 0's two alternatives: the procedure quotes each where its scenario holds. */
export const STEP_0A: ClauseSentence = s(
  'a. a UE_1 has received a Direct-Connection-Request or Direct-Rekeying-Request and want to generate a new KD; or.',
);
export const STEP_0B: ClauseSentence = s(
  'b. UE_1 wants to establish a connection with UE_2 using network authorised connection procedure',
);

/**
 * Sentences of the clause's steps 0–7, in the clause's own numbering. The procedure
 * (procedure/clauseSteps.ts) quotes them from here; the editorial review reads them whole.
 */
export const STEP_SENTENCES: readonly (readonly ClauseSentence[])[] = [
  [s('0. Either'), STEP_0A, STEP_0B],
  [
    s('1. UE_1 sends an Extended Service Request (ESR) indicating direct connection to MME_1.'),
    s(
      'It contains connection identity given it by UE_2 previously if it has one or the EXP code that is or wants to communicate with.',
    ),
    s('Other parameters are FFS', 'ffs'),
  ],
  [
    s(
      '2. MME_1finds out the address of MME_2 (this is FFS in rekeying case) and sends it a Direct-Keying-Request.',
    ),
    s('It includes the connection identity or EXP code that was received in message 1.'),
    s('It also includes Keying_material_1.'),
    s('Other parameters are FFS.', 'ffs'),
  ],
  [
    s('3. MME_2 sends UE_2 the connection identity or EXP code that was received in message 2.'),
    s('Other parameters are FFS.', 'ffs'),
  ],
  [
    s(
      '4. UE_2 sends a new connection identity if there was not one in message 3 or it wants to refresh its connection identity.',
    ),
    DKSI_SENTENCE,
    s('Other parameters are FFS.', 'ffs'),
  ],
  [
    s('5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2.'),
    s('Other parameters are FFS.', 'ffs'),
  ],
  [
    s('6. MME_1 sends UE_1 the parameters received in message 2.'),
    s('Other parameters are FFS.', 'ffs'),
  ],
  [
    KD_SENTENCE,
    s(
      'Editor’s note: The details of the key establishment protocol need to be added.',
      'editors-note',
    ),
    LIFETIME_QUESTION,
  ],
];
