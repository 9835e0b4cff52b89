/**
 * Curated findings: the points a careful SA3 delegate raises on the pCR that the flow cannot
 * compute, each a written rationale attached to the sentence it is about (verbatim, in the clause
 * or the pCR's Introduction; curated.test.ts checks every quote). Severity comes from the text,
 * never from the reading kdflow takes of it: no rule here looks at `reading`. Claims about the
 * standards cite their source and say "recalled" or "uncertain" where domain-notes.md does.
 *
 * Points already computed elsewhere are not repeated here: wrong message references and the
 * variant's fit (fit.ts), values sent or needed and never held, key confirmation and what the
 * network knows (dataflow.ts, needs.ts, knowledge.ts).
 */
import { common, not, rekeying, requested } from '../protocol/procedure/when';
import type { Scenario } from '../protocol/scenario';
import type { Actor } from '../protocol/types';
import type { Finding, Severity, TextFix } from './finding';

export interface CuratedFinding {
  /** `curated/<slug>`. */
  id: `curated/${string}`;
  /** The step it is about (0 for the preamble and the Introduction). */
  step: number;
  severity: Severity;
  /** One or two sentences of rationale. */
  text: string;
  /** A verbatim sentence, or part of one, of the clause or the Introduction. */
  quote: string;
  where: 'clause' | 'intro';
  /** The scenarios it holds in; every scenario when absent. */
  when?: (s: Scenario) => boolean;
  /** The question for the meeting (every open point has one). */
  question?: string;
  /** The change to the text it calls for, where it calls for a concrete one. */
  fix?: TextFix;
  /** The actor it is about, where it is about one. */
  actor?: Actor;
}

const STEP_2 =
  '2. MME_1finds out the address of MME_2 (this is FFS in rekeying case) and sends it a Direct-Keying-Request.';
const STEP_3 =
  '3. MME_2 sends UE_2 the connection identity or EXP code that was received in message 2.';
const STEP_7 =
  '7. Both UEs establish the final KD from the received keying material parameters and parameters held locally.';

export const CURATED_FINDINGS: readonly CuratedFinding[] = [
  // The Introduction and the preamble (step 0).
  {
    id: 'curated/tr-placeholder',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    quote: 'This pCR proposes descriptive changes to sec 6.3.4.3.2 of TR 33.cde.',
    text: '“TR 33.cde” is a placeholder: the pCR must name the TR it changes and the version it is based on (the ProSe security study is TR 33.833; recalled, uncertain), or the clause it changes cannot be checked.',
    question: 'Which TR, and which version of it, does this pCR change?',
  },
  {
    id: 'curated/term-network-assisted',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    quote: 'for the Network-assisted direct communications use case',
    text: 'The Introduction calls the use case “Network-assisted”, the clause’s title and step 0b “network authorised”: a network that assists in establishing the key and one that authorises the connection are different claims.',
    question:
      'Is this the network authorised case of the clause’s title or a network assisted one, and should the pCR use one term?',
  },
  {
    id: 'curated/not-ue-to-ue',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    quote: 'the UE-to-UE key exchange protocol for the KD',
    text: 'The Introduction calls it a UE-to-UE key exchange, yet in steps 1–7 no message goes between the UEs: each UE gets its peer’s keying material from the network, so it is a network key distribution and its security rests on the MMEs and their links.',
    question:
      'Should the Introduction describe the scheme as key distribution by the network rather than a UE-to-UE key exchange?',
  },
  {
    id: 'curated/nas-ciphering',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    quote: 'over the secure NAS signalling',
    text: 'The Introduction relies on “the secure NAS signalling” for keying material (in the common variant, KD itself), but the clause never requires messages 3 and 6 to be ciphered, and TS 33.401 allows the null ciphering algorithm EEA0 (recalled): with it the keying material is in clear on the air.',
    question:
      'Must messages 3 and 6 be sent only under NAS ciphering with a non-null algorithm, since they carry keying material?',
  },
  {
    id: 'curated/common-kd-who-draws',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    when: common,
    quote: 'the MME-1 and MME-2 may agree on a common KD',
    text: 'The Introduction has the MMEs “agree on a common KD” but says neither which MME draws it nor how they agree: message 2 goes first, so MME_1 would draw KD and send it to MME_2 as Keying_material_1. Neither UE contributes to KD, so neither can check that it is fresh or that only its peer holds it.',
    question:
      'In the common-KD variant, which MME generates KD, how do the MMEs agree on it, and how can a UE check that it is fresh?',
  },
  {
    id: 'curated/variant-not-signalled',
    step: 0,
    where: 'intro',
    severity: 'open-point',
    quote:
      'In this case, even following the same message flow, and having Keying_Material_1 = Keying_Material_2, the common key can be established, but not calculated.',
    text: 'Both variants follow “the same message flow”, so nothing in the messages tells a UE whether the keying material it receives is KD itself or an input to calculate KD from: the text must fix one variant or signal which is used.',
    question:
      'Will the TR fix one variant, or how does a UE learn whether to take the received keying material as KD or to calculate KD from it?',
  },
  {
    id: 'curated/who-wants-fresh-kd',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    when: rekeying,
    quote: 'when it is desired by one UE to use a fresh KD as opposed to a fresh KD-sess',
    text: 'The preamble runs the procedure when “one UE” wants a fresh KD, and step 0a has UE_1 want one on receiving a Direct Rekeying Request; but the request comes from UE_2, and the text does not say how it asks for a fresh KD rather than a fresh KD-sess (the Direct Rekeying Request of TS 33.303 and TS 24.334 carries an auth flag for this; secondary source).',
    question:
      'After a Direct Rekeying Request, who decides that a fresh KD is needed, and how does the request say so?',
  },
  {
    id: 'curated/coverage',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    when: rekeying,
    quote:
      'The Direct-Rekeying-Request can only be sent when the UEs are already directly connected.',
    text: 'A directly connected pair can rekey KD this way only while both UEs are registered and reachable by their MMEs; the text does not say so, nor how KD is refreshed when one UE is out of network coverage, which is when direct communication matters most for public safety (TS 23.303).',
    question:
      'Is the network authorised case limited to both UEs in network coverage, and how is KD refreshed when one is not?',
  },
  {
    id: 'curated/sa2-reference',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    quote:
      'The following flow shows the security part of the relevant SA2 flow (see sec.6.2.4.2.1 of TR23.703 [4]).',
    text: 'The flow is said to be the security part of SA2’s flow in clause 6.2.4.2.1 of TR 23.703, but neither the version of that TR nor where the steps depart from SA2’s flow (the Extended Service Request, the MME–MME messages) is given, so the alignment cannot be checked.',
    question:
      'Which version of TR 23.703 clause 6.2.4.2.1 does the flow follow, and does SA2’s flow still match it?',
  },
  {
    id: 'curated/figure-missing',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    quote:
      'Editor’s Note: The Fig. 6.3.4.3.2-1 has to be modified to reflect the changes in the text.',
    text: 'The pCR changes the flow but not its figure: the Editor’s Note leaves Figure 6.3.4.3.2-1 to be modified later, so until it is the TR shows a figure that contradicts its own text.',
    question:
      'Who provides the updated Figure 6.3.4.3.2-1, and is the pCR agreed before the figure is?',
  },
  {
    id: 'curated/authorisation-undefined',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    quote: 'using network authorised connection procedure',
    text: 'The case is “network authorised”, but no step says who authorises the connection (MME_1 for UE_1, MME_2 for UE_2, or both), against what, or at which step; in TS 23.303 ProSe authorisation comes from the subscription and the ProSe Function (recalled, uncertain how it applies to this study).',
    question: 'Which node authorises the direct connection, at which step, and against what data?',
  },
  {
    id: 'curated/pending-pc5-request',
    step: 0,
    where: 'clause',
    severity: 'open-point',
    when: requested,
    quote: 'a UE_1 has received a Direct-Connection-Request or Direct-Rekeying-Request',
    text: 'Under 0a UE_2’s PC5 request stays unanswered while steps 1–6 run through both MMEs (paging UE_2 if it is idle); the text does not say that UE_2 waits, for how long, or how UE_2 ties message 3 to its own pending request (TS 24.334 supervises the request with a timer; recalled, uncertain).',
    question:
      'Under 0a, how long may UE_2’s request wait for steps 1–6, and how does UE_2 relate message 3 to it?',
  },
  // Message 1.
  {
    id: 'curated/esr-privacy',
    step: 1,
    where: 'clause',
    severity: 'open-point',
    quote:
      'It contains connection identity given it by UE_2 previously if it has one or the EXP code that is or wants to communicate with.',
    text: 'From EMM-IDLE the Extended Service Request is an initial NAS message, integrity protected but not ciphered (TS 24.301 clause 4.4.5; recalled, uncertain), so the connection identity or EXP code it carries is visible on the air: an eavesdropper learns which peer or service UE_1 asks for and can link its requests over time.',
    question:
      'Is it acceptable that the connection identity or EXP code goes in clear in the ESR, or must it be sent only under NAS ciphering (or concealed)?',
  },
  {
    id: 'curated/esr-service-type',
    step: 1,
    where: 'clause',
    severity: 'open-point',
    quote: '1. UE_1 sends an Extended Service Request (ESR) indicating direct connection to MME_1.',
    text: 'TS 24.301 defines the ESR’s service types for CS fallback and packet services (recalled, uncertain), so “indicating direct connection” needs a new service type or information element from CT1; nor does the text say whether the ESR also sets up the bearers it normally does.',
    question:
      'Is the Extended Service Request the right NAS message, with which new indication, and have SA2 and CT1 agreed to it?',
  },
  {
    id: 'curated/exp-code-undefined',
    step: 1,
    where: 'clause',
    severity: 'open-point',
    quote: 'the EXP code that is or wants to communicate with',
    text: '“EXP code” is not defined in the clause (presumably the ProSe Application Code of direct discovery in TR 23.703; uncertain); an expression may be announced by several UEs, so nothing makes it name exactly one UE_2 for MME_1 to reach.',
    question: 'What is the EXP code, and how is it resolved to exactly one UE_2 and its MME?',
  },
  {
    id: 'curated/other-parameters-ffs',
    step: 1,
    where: 'clause',
    severity: 'open-point',
    quote: 'Other parameters are FFS',
    text: '“Other parameters are FFS” leaves out what is needed to judge the flow: the UEs’ identities, their security capabilities and how the PC5 algorithms are chosen (in TS 33.303 the Direct Communication Request carries the initiator’s capabilities and the Direct Security Mode Command the chosen algorithms; secondary source), and any freshness input.',
    question:
      'Which parameters do messages 1–6 carry (at least the UE identities, the UE security capabilities and a freshness input), and is algorithm selection left to PC5 signalling?',
  },
  // Message 2 and the MME–MME link.
  {
    id: 'curated/authorisation-reject',
    step: 2,
    where: 'clause',
    severity: 'open-point',
    quote: 'It includes the connection identity or EXP code that was received in message 1.',
    text: 'No message lets an MME refuse: if MME_1 does not authorise UE_1’s request, or MME_2 refuses it for UE_2, the text defines no reject message or cause, so the UE that asked is never told why nothing comes back.',
    question:
      'What does an MME send, and to whom, when it refuses the request: a reject with a cause, back along messages 2 and 6?',
  },
  {
    id: 'curated/find-mme-2',
    step: 2,
    where: 'clause',
    severity: 'open-point',
    // In the rekeying case the text itself leaves it FFS (fit/rekeying-address).
    when: not(rekeying),
    quote: 'MME_1finds out the address of MME_2',
    text: 'Outside rekeying the text does not mark it FFS, yet nothing says how MME_1 finds MME_2 from a connection identity or an EXP code: neither names an MME, so a lookup (through the HSS, the ProSe Function, or an identity that encodes the serving MME) is needed and not given.',
    question:
      'How does MME_1 find UE_2’s serving MME from a connection identity or an EXP code, and what must they contain for it?',
  },
  {
    id: 'curated/same-mme',
    step: 2,
    where: 'clause',
    severity: 'open-point',
    quote: STEP_2,
    text: 'The text always has two MMEs; when UE_1 and UE_2 are served by the same MME, messages 2 and 5 are internal to it and that MME holds both keying materials, and the text should say that this case is covered.',
    question:
      'Does the procedure cover both UEs served by one MME (messages 2 and 5 internal), and does anything change then?',
  },
  {
    id: 'curated/mme-mme-protection',
    step: 2,
    where: 'clause',
    severity: 'open-point',
    quote: 'It also includes Keying_material_1.',
    text: 'Keying_material_1 crosses the MME–MME link in message 2 and Keying_material_2 in message 5 (in the common variant, KD itself), yet the text never requires that link to be protected; MME–MME protection is network domain security (NDS/IP, TS 33.210), not mandatory inside one security domain (recalled, uncertain).',
    question:
      'Must messages 2 and 5 be confidentiality and integrity protected between the MMEs (NDS/IP, TS 33.210), inside one operator’s network and between PLMNs alike?',
  },
  {
    id: 'curated/keying-material-freshness',
    step: 2,
    where: 'clause',
    severity: 'open-point',
    quote: 'It also includes Keying_material_1.',
    text: 'Nothing makes Keying_material_1 or Keying_material_2 fresh or bound to this run: if they come from K_ASME and identities alone, a rekeying gives the same KD again. NAS security protects messages 3 and 6 against replay (TS 33.401), but nothing protects messages 2 and 5 unless the MME–MME link is protected.',
    question:
      'Which fresh input (a nonce, a NAS COUNT as in TS 33.401 A.3, a counter) goes into each Keying_material_i, so that every run gives a new KD?',
  },
  // Typing slips the text carries into the figure's labels.
  {
    id: 'curated/typo-step-0a-article',
    step: 0,
    where: 'clause',
    severity: 'editorial',
    quote: 'a. a UE_1 has received',
    text: 'Alternative a has a stray article: “a UE_1 has received”.',
    fix: { quote: 'a. a UE_1 has received', del: 'a UE_1', ins: 'UE_1' },
  },
  {
    id: 'curated/typo-step-0a-wants',
    step: 0,
    where: 'clause',
    severity: 'editorial',
    quote: 'and want to generate a new KD',
    text: 'Alternative a: “UE_1 … want to generate” needs the third person, “wants”, as alternative b has it.',
    fix: { quote: 'and want to generate a new KD', del: 'want', ins: 'wants' },
  },
  {
    id: 'curated/typo-step-0a-or',
    step: 0,
    where: 'clause',
    severity: 'editorial',
    quote: 'a new KD; or.',
    text: 'Alternative a ends “; or.”: the full stop after “or” is a slip.',
    fix: { quote: 'a new KD; or.', del: 'or.', ins: 'or' },
  },
  {
    id: 'curated/typo-step-2-space',
    step: 2,
    where: 'clause',
    severity: 'editorial',
    quote: 'MME_1finds out the address of MME_2',
    text: 'Step 2: a space is missing in “MME_1finds”.',
    fix: { quote: 'MME_1finds out the address of MME_2', del: 'MME_1finds', ins: 'MME_1 finds' },
  },
  // Message 3.
  {
    id: 'curated/message-3-no-keying-material',
    step: 3,
    where: 'clause',
    severity: 'defect',
    actor: 'UE_2',
    quote: STEP_3,
    text: 'Step 3 names only “the connection identity or EXP code”: Keying_material_1, which the Introduction says UE-2 receives from MME-1, is left to “Other parameters are FFS”, so under the text alone UE_2 has no keying material and cannot establish KD at step 7.',
    fix: {
      quote: STEP_3,
      del: 'received in message 2.',
      ins: 'received in message 2 and Keying_material_1.',
    },
  },
  {
    id: 'curated/ue-2-learns-no-peer',
    step: 3,
    where: 'clause',
    severity: 'open-point',
    actor: 'UE_2',
    quote: STEP_3,
    text: 'Message 3 tells UE_2 how it was reached, not who asks: UE_2 learns no identity of UE_1, so it can neither decide whether to accept nor know whom it will share KD with, and the text gives it no way to decline.',
    question: 'What does message 3 tell UE_2 about the requesting UE, and can UE_2 decline?',
  },
  {
    id: 'curated/no-failure-handling',
    step: 3,
    where: 'clause',
    severity: 'open-point',
    quote: STEP_3,
    text: 'Nothing covers a run that does not complete: MME_2 cannot reach UE_2 (not answering paging, detached), UE_2 does not answer with message 4, or a message is lost. No timer, abort or failure cause is given, nor, under a rekeying, that the UEs keep the KD in use.',
    question:
      'What ends a run that does not complete (timers, abort, a failure cause to UE_1), and which KD do the UEs keep then?',
  },
  // Message 4.
  {
    id: 'curated/connection-identity-undefined',
    step: 4,
    where: 'clause',
    severity: 'open-point',
    quote:
      '4. UE_2 sends a new connection identity if there was not one in message 3 or it wants to refresh its connection identity.',
    text: 'The connection identity is never defined: who allocates it, its format, scope and lifetime, and how an MME later resolves it to the UE; step 4 has UE_2 send a new one without saying to whom or when a refresh is required.',
    question:
      'What is a connection identity (format, allocating entity, scope, lifetime), who receives a new one, and when must it be refreshed?',
  },
  {
    id: 'curated/dksi-not-sent',
    step: 4,
    where: 'clause',
    severity: 'defect',
    actor: 'UE_2',
    quote: 'It also selects a DKSI that will be associated with the calculated KD.',
    text: 'UE_2 “selects” a DKSI, but no step says it is sent, nor to whom: UE_1 must name KD by the same DKSI on PC5, so under the text alone UE_1 never learns it (kdflow infers that message 4 carries it).',
    fix: {
      quote: 'It also selects a DKSI that will be associated with the calculated KD.',
      del: 'selects a DKSI',
      ins: 'selects and sends a DKSI',
    },
  },
  {
    id: 'curated/dksi-format',
    step: 4,
    where: 'clause',
    severity: 'open-point',
    quote: 'a DKSI that will be associated with the calculated KD',
    text: 'The DKSI has no format, size or uniqueness rule: UE_2 alone selects it, yet UE_1 must also tell it apart from the DKSIs it holds for other peers. In TS 33.303 the KD ID is 32 bits, 16 chosen by each UE so that each can keep it locally unique (secondary source).',
    question:
      'What are the DKSI’s format and size, who ensures it is unique at both UEs, and is it TS 33.303’s KD ID?',
  },
  // Message 6.
  {
    id: 'curated/message-6-no-keying-material',
    step: 6,
    where: 'clause',
    severity: 'defect',
    actor: 'UE_1',
    quote: '6. MME_1 sends UE_1 the parameters received in message 2.',
    text: 'Step 6 does not name Keying_material_2, even with its reference corrected to message 5: step 5 lists Keying_material_2 apart from “the parameters”, so under the text alone UE_1 never gets the keying material the Introduction says it receives from MME-2, and cannot establish KD.',
    fix: {
      quote: '6. MME_1 sends UE_1 the parameters received in message 2.',
      del: 'the parameters',
      ins: 'Keying_material_2 and the parameters',
    },
  },
  // Step 7 and its Editor's note.
  {
    id: 'curated/identity-binding',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    quote: STEP_7,
    text: 'The text does not say which identities go into KD: unless KD is bound to both UEs’ identities (and the connection identity or EXP code), a UE cannot tell that KD is shared with the peer it asked for, and concurrent runs at one MME could be mixed up.',
    question:
      'Which identities are bound into Keying_material_i and KD, so that each UE knows whom it shares KD with?',
  },
  {
    id: 'curated/rekeyed-kd-in-use',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    when: rekeying,
    quote: 'Both UEs establish the final KD',
    text: 'After a Direct Rekeying Request the UEs already use a KD, and the clause says neither when the new KD and its DKSI replace it nor when the old KD is deleted. kdflow shows make-before-break (checked in the analogue TS 24.502 clause 7.10; for ProSe, expert judgement, uncertain).',
    question:
      'When is a rekeyed KD taken into use (at the Direct Security Mode Command that names its DKSI?), and when is the old KD deleted?',
  },
  {
    id: 'curated/kd-use-on-pc5',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    quote: 'from the received keying material parameters and parameters held locally',
    text: 'The clause stops at KD: it does not say which PC5 message then names KD by its DKSI, nor how KD-sess is derived from KD. kdflow’s continuation follows the pattern of TS 33.303 (nonces in the Direct Communication Request and Direct Security Mode Command; secondary source) and is illustrative.',
    question:
      'After step 7, which PC5 messages carry the DKSI and the nonces for KD-sess, and does the clause refer to a procedure for them?',
  },
  {
    id: 'curated/kdf-undefined',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    quote: 'Editor’s note: The details of the key establishment protocol need to be added.',
    text: 'No KDF, FC value or input list is given for Keying_material_i or KD; the usual way is the generic KDF of TS 33.220 Annex B.2 with FC values allocated as in TS 33.303 Annex A.1.2. kdflow’s FC values and formulas are its own, illustrative.',
    question:
      'Which KDF and inputs give Keying_material_i and KD, and will FC values be allocated for them?',
  },
  {
    id: 'curated/lifetime',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    quote: 'What’s the life time of this security context of D2D?',
    text: 'The Editor’s note asks the lifetime of the security context and the pCR does not answer it: nothing says when KD expires, whether it survives a new K_ASME (re-authentication, an MME change) or the end of the direct link, or how long its DKSI stays valid.',
    question:
      'What is KD’s lifetime: the direct link, a timer, the NAS security contexts it came from, or the UEs’ authorisation?',
  },
  {
    id: 'curated/term-d2d',
    step: 7,
    where: 'clause',
    severity: 'open-point',
    quote: 'security context of D2D',
    text: '“D2D” appears only here: TR 23.703, which the preamble cites, and stage 3 (TS 23.303, TS 33.303) speak of ProSe and ProSe direct communication.',
    question: 'May “D2D” be replaced by “ProSe direct communication”, the term used elsewhere?',
    fix: {
      quote: 'What’s the life time of this security context of D2D?',
      del: 'D2D',
      ins: 'ProSe direct communication',
    },
  },
];

/** The curated findings that hold in one scenario, as review findings. */
export function curatedFindings(scenario: Scenario): Finding[] {
  return CURATED_FINDINGS.filter((c) => c.when?.(scenario) ?? true).map((c): Finding => {
    const { when, ...finding } = c;
    void when;
    return { ...finding, source: 'curated' };
  });
}
