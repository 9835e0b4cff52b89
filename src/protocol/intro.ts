/**
 * What the pCR changes: its own Introduction (section 1), verbatim, and kdflow's summary of the
 * change in its own words. The two are kept apart, as the clause's sentences are kept apart from
 * the narration: the Introduction is the pCR's, the summary is kdflow's reading of it.
 */
import { DKSI_SENTENCE, KD_SENTENCE } from './clause';
import type { SchemeId } from './scenario';

export interface IntroParagraph {
  /** Verbatim from the pCR, the pCR's own spellings kept; only trailing blanks are dropped. */
  text: string;
  /** A list item in the pCR (its "·" bullet is layout and is not part of the text). */
  bullet?: true;
}

/**
 * The pCR's section 1 "Introduction", one entry per line of the pCR, in order. Note its spellings
 * differ from the clause's (UE-1, MME-2, Keying_Material_2 here; UE_1, MME_2, Keying_material_2
 * in the clause): they are the text under review and are not normalised.
 */
export const PCR_INTRODUCTION: readonly IntroParagraph[] = [
  { text: 'This pCR proposes descriptive changes to sec 6.3.4.3.2 of TR 33.cde.' },
  {
    text: 'In sec.6.3.4.3.2 the UE-to-UE key exchange protocol for the KD is described for the Network-assisted direct communications use case.',
  },
  {
    text: 'In this protocol, each UE receives the Keying Material (currently undefined) from the MME associated with the opposite peer,',
  },
  {
    text: 'i.e. UE-1 receives Keying_Material_2 from the MME-2, while UE-2 receives the Keying_Material_1 from the MME-1.',
    bullet: true,
  },
  {
    text: 'In another solution example, the MME-1 and MME-2 may agree on a common KD, and simply send it to their respective clients – UE-1 and UE-2 respectively – over the secure NAS signalling. In this case, even following the same message flow, and having Keying_Material_1 = Keying_Material_2, the common key can be established, but not calculated.',
  },
  {
    text: 'The proposed change makes the text in the section sufficiently general pending acceptance of the specific key establishment scheme.',
  },
];

/** A run of the summary: kdflow's words, or a sentence quoted verbatim from the clause. */
export type SummaryRun = string | { quote: string };

export interface ChangeVariant {
  /** The scheme that shows the variant (the first variant has two: kdflow's KDF shows it). */
  scheme: SchemeId;
  /** The button's words, e.g. "Show the common-KD variant". */
  action: string;
  text: readonly SummaryRun[];
}

export interface ChangeSummary {
  /** What the new step 7 says, with the sentence quoted from clause.ts. */
  rewrite: readonly SummaryRun[];
  /** What the pCR does not show (the earlier wording) and what kdflow infers about it. */
  earlier: readonly SummaryRun[];
  /** The two variants the one message flow now fits. */
  variants: readonly ChangeVariant[];
  /** What else in the changed text bears on the common-KD variant. */
  remaining: readonly SummaryRun[];
}

/**
 * kdflow's summary of the change, in kdflow's words (not the pCR's). Every clause sentence it
 * quotes is taken from `clause.ts`, so it cannot drift from the text shown at each step. It claims
 * nothing about the earlier text beyond what the Introduction implies, and says so.
 */
export const CHANGE_SUMMARY: ChangeSummary = {
  rewrite: [
    'In the changed text, step 7 has the UEs establish KD, a word that fits a KD they calculate and a KD they are given:',
    { quote: KD_SENTENCE.text },
    'How is left open: the keying material is “currently undefined” (the Introduction), and an Editor’s note after step 7 leaves the details of the protocol to be added.',
  ],
  earlier: [
    'The pCR does not show the wording it replaces. That the change is in step 7, and that step 7 had the UEs “calculate” KD before, is kdflow’s inference from the Introduction (“established, but not calculated”).',
  ],
  variants: [
    {
      scheme: 'kdf',
      action: 'Show the calculated variant',
      text: [
        'Calculated: each UE receives the opposite peer’s keying material and calculates KD from it and what it holds locally (kdflow’s formula is illustrative; its X25519 scheme is another way to fill this variant in).',
      ],
    },
    {
      scheme: 'common',
      action: 'Show the common-KD variant',
      text: [
        'Common KD: the MMEs agree on one KD and send it to their UEs over NAS. Keying_material_1 = Keying_material_2, and each UE takes KD as it receives it: “established, but not calculated”.',
      ],
    },
  ],
  remaining: [
    'Step 4, in the same changed text, reads',
    { quote: DKSI_SENTENCE.text },
    'In the common-KD variant no KD is calculated; kdflow’s review flags this sentence there.',
  ],
};
