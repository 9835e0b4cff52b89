/**
 * After the clause: the UEs start using KD on PC5, in the pattern of TS 33.303 / TS 24.334
 * (kdflow's illustrative continuation; domain-notes.md, secondary). The PC5 initiator's request
 * carries Nonce_1, the Direct Security Mode Command Nonce_2 (and, after a new KD, the DKSI that
 * names it), the Complete closes. Under 0b UE_1 is the initiator; under 0a UE_2 already sent its
 * request at step 0, so UE_1 answers with the Security Mode Command. Rekeying is make-before-break:
 * the old KD-sess stays in use until the Complete, and the old KD and DKSI are retired with it.
 *
 * The Security Mode Command and Complete are integrity protected under a key derived from KD-sess
 * (TS 33.303; domain-notes.md, secondary). kdflow shows it with its illustrative scheme: the sender
 * derives K_int and the message's MAC and sends the MAC; the receiver derives K_int and its own
 * XMAC, and verifies the MAC against it (pc5Protection.ts). Both are actions of the trace, so the
 * review reads who verified what, at which step (review/confirmation.ts).
 */
import type { StepSpec } from '../types';
import { protectedCommand, protectedComplete, smcNarration } from './pc5Protection';
import { both, intended, literal, not, rekeying, requested, strict, wantsToConnect } from './when';

/** Messages 5 and 6 as written, with kdflow's fill-ins: UE_1 never gets the DKSI. */
const literalOnly = both(literal, not(strict));

/** Stage 3's name for the study's Direct Connection Request, with its source. */
export const STAGE3_DCR =
  'TS 33.303 and TS 24.334 call it the Direct Communication Request (secondary source: the NIST ns-3 model of TS 24.334).';

const RETIRE_OLD = (['UE_1', 'UE_2'] as const).flatMap((actor) =>
  (['KD_old', 'DKSI_old', 'KD_sess_old'] as const).map((value) => ({
    when: rekeying,
    do: 'retire' as const,
    actor,
    value,
  })),
);

export const PC5_STEPS: readonly StepSpec[] = [
  {
    id: 'pc5-request',
    when: wantsToConnect,
    part: 'continuation',
    kind: 'message',
    from: 'UE_1',
    to: 'UE_2',
    title: 'Direct Connection Request',
    messageName: 'Direct Connection Request',
    stage3: STAGE3_DCR,
    params: [
      { name: 'Nonce_1', basis: 'named' },
      { name: 'DKSI', basis: 'named' },
    ],
    actions: [
      {
        do: 'generate',
        actor: 'UE_1',
        value: 'Nonce_1',
        bytes: (c) => c.input('Nonce_1'),
        how: 'fresh nonce for this connection: UE_1 is the PC5 initiator',
      },
    ],
    summary: [
      {
        when: intended,
        text: 'UE_1 starts using KD on PC5: it sends Nonce_1 and the DKSI that names KD, in clear.',
      },
      {
        when: not(intended),
        text: 'UE_1 opens PC5 with Nonce_1, in clear; the DKSI that should name KD never reached it, so the request carries none.',
      },
    ],
    narration: [
      {
        text: 'After the clause, kdflow continues on PC5, the radio link between the devices (illustrative, after TS 33.303). UE_1 sends a Direct Connection Request with a fresh random number, Nonce_1',
      },
      {
        when: intended,
        text: ', and the DKSI that says which KD to use. These go in clear: they are not secret.',
      },
      {
        when: not(intended),
        text: '. It should also send the DKSI that says which KD to use, but the DKSI never reached UE_1.',
      },
    ],
    sentences: [],
  },
  {
    id: 'security-mode-command',
    when: wantsToConnect,
    part: 'continuation',
    kind: 'message',
    from: 'UE_2',
    to: 'UE_1',
    title: 'Direct Security Mode Command',
    messageName: 'Direct Security Mode Command',
    params: [
      { name: 'Nonce_2', basis: 'named' },
      { name: 'Integrity_algorithm', basis: 'named' },
      { name: 'MAC_command', basis: 'named' },
    ],
    actions: [
      {
        do: 'generate',
        actor: 'UE_2',
        value: 'Nonce_2',
        bytes: (c) => c.input('Nonce_2'),
        how: 'fresh nonce for this connection',
      },
      ...protectedCommand('UE_2', 'UE_1'),
    ],
    summary: [
      {
        when: not(strict),
        text: 'UE_2 sends Nonce_2 and the integrity algorithm under a MAC with K_int, from KD-sess = KDF(KD, Nonce_1, Nonce_2); ',
      },
      {
        when: intended,
        text: 'UE_1 derives the same keys and verifies the MAC: it now knows that UE_2 holds KD.',
      },
      {
        when: literalOnly,
        text: 'UE_1 cannot verify the MAC: it covers the DKSI, which UE_1 never received.',
      },
      {
        when: strict,
        text: 'UE_2 sends Nonce_2 and the integrity algorithm, but under the strict reading it never got KD: it has no KD-sess, so it sends no MAC, and UE_1 has nothing to verify.',
      },
    ],
    narration: [
      { when: intended, text: 'UE_2 answers with its own random number, Nonce_2.' },
      { when: intended, text: smcNarration('UE_2', 'UE_1') },
      {
        when: literalOnly,
        text: 'UE_2 answers with its own random number, Nonce_2, and protects its answer with a MAC, a check value under a key from the new session key. The MAC covers the DKSI that names KD, which never reached UE_1: UE_1 cannot compute the check value, so it cannot tell whether UE_2 holds the same KD.',
      },
      {
        when: strict,
        text: 'UE_2 answers with its own random number, Nonce_2. Under the strict reading it never got KD, so it has no session key and cannot add the MAC, the check value UE_1 would verify: UE_1 cannot tell whether UE_2 holds KD.',
      },
    ],
    sentences: [],
  },
  {
    id: 'security-mode-command',
    when: requested,
    part: 'continuation',
    kind: 'message',
    from: 'UE_1',
    to: 'UE_2',
    title: 'Direct Security Mode Command',
    messageName: 'Direct Security Mode Command',
    params: [
      { name: 'Nonce_2', basis: 'named' },
      { name: 'DKSI', basis: 'named' },
      { name: 'Integrity_algorithm', basis: 'named' },
      { name: 'MAC_command', basis: 'named' },
    ],
    actions: [
      {
        do: 'generate',
        actor: 'UE_1',
        value: 'Nonce_2',
        bytes: (c) => c.input('Nonce_2'),
        how: 'fresh nonce of UE_1’s answer to UE_2’s request',
      },
      ...protectedCommand('UE_1', 'UE_2'),
    ],
    summary: [
      {
        when: intended,
        text: 'UE_1 answers UE_2’s request with Nonce_2, the DKSI of the new KD and the integrity algorithm, under a MAC with K_int, from KD-sess = KDF(KD, Nonce_1, Nonce_2); UE_2 derives the same keys and verifies the MAC: it now knows that UE_1 holds KD.',
      },
      {
        when: not(intended),
        text: 'UE_1 answers UE_2’s request with Nonce_2, but it never received the DKSI: it can neither name the new KD nor compute the MAC, which covers the DKSI, so UE_2 has no MAC to verify.',
      },
      { when: rekeying, text: ' The old KD-sess stays in use until the Complete.' },
    ],
    narration: [
      {
        text: 'After the clause, kdflow continues on PC5, the radio link between the devices (illustrative, after TS 33.303). ',
      },
      {
        when: intended,
        text: 'UE_1 now has the new KD and answers UE_2’s request with its own random number, Nonce_2, and the DKSI that says which KD to use, in clear.',
      },
      { when: intended, text: smcNarration('UE_1', 'UE_2') },
      {
        when: not(intended),
        text: 'UE_1 answers UE_2’s request with its own random number, Nonce_2. It should name the new KD by its DKSI and protect the answer with a MAC, a check value that covers the DKSI, but the DKSI never reached UE_1: it cannot compute the MAC, and UE_2 has nothing to check.',
      },
      {
        when: rekeying,
        text: ' Until the new one is confirmed, the old session key stays in use: make before break.',
      },
    ],
    sentences: [],
  },
  {
    id: 'security-mode-complete',
    when: wantsToConnect,
    part: 'continuation',
    kind: 'message',
    from: 'UE_1',
    to: 'UE_2',
    title: 'Direct Security Mode Complete',
    messageName: 'Direct Security Mode Complete',
    params: [{ name: 'MAC_complete', basis: 'named' }],
    actions: protectedComplete('UE_1', 'UE_2'),
    summary: [
      {
        when: intended,
        text: 'UE_1 answers with its MAC under K_int; UE_2 verifies it: it now knows that UE_1 holds KD.',
      },
      {
        when: not(intended),
        text: 'UE_1 cannot compute its MAC without the DKSI, so the Complete carries none: UE_2 cannot tell whether UE_1 holds KD.',
      },
    ],
    narration: [
      {
        when: intended,
        text: 'UE_1 answers with a MAC of its own under the same key. UE_2 computes it too and compares: they match, so UE_2 knows that UE_1 holds the same KD, and the direct link is secured.',
      },
      {
        when: not(intended),
        text: 'UE_1 should answer with a MAC of its own, but the MAC covers the DKSI, which UE_1 never received: UE_1 cannot compute it, and UE_2 cannot tell whether UE_1 holds the same KD.',
      },
    ],
    sentences: [],
  },
  {
    id: 'security-mode-complete',
    when: requested,
    part: 'continuation',
    kind: 'message',
    from: 'UE_2',
    to: 'UE_1',
    title: 'Direct Security Mode Complete',
    messageName: 'Direct Security Mode Complete',
    params: [{ name: 'MAC_complete', basis: 'named' }],
    actions: [...protectedComplete('UE_2', 'UE_1'), ...RETIRE_OLD],
    summary: [
      {
        when: intended,
        text: 'UE_2 answers with its MAC under K_int; UE_1 verifies it: it now knows that UE_2 holds KD.',
      },
      {
        when: literalOnly,
        text: 'UE_2 answers with its MAC under K_int; UE_1 cannot verify it: it covers the DKSI, which UE_1 never received.',
      },
      {
        when: strict,
        text: 'Under the strict reading UE_2 never got KD: it has no K_int and sends no MAC, so UE_1 has nothing to verify.',
      },
      {
        when: (s) => rekeying(s) && intended(s),
        text: ' The new KD-sess is agreed: both UEs retire the old KD, its DKSI and the old KD-sess.',
      },
      {
        when: (s) => rekeying(s) && !intended(s),
        text: ' Both UEs retire the old KD, its DKSI and the old KD-sess all the same.',
      },
    ],
    narration: [
      {
        when: intended,
        text: 'UE_2 answers with a MAC under the new session key; UE_1 checks it against its own, so it knows UE_2 holds the same KD: the link is secured.',
      },
      {
        when: literalOnly,
        text: 'UE_2 answers with a MAC under the new session key, but the MAC covers the DKSI, which UE_1 never received: UE_1 cannot check it, nor tell whether UE_2 holds the same KD.',
      },
      {
        when: strict,
        text: 'UE_2 answers, but under the strict reading it never got KD: it has no session key and sends no MAC, so UE_1 cannot tell whether UE_2 holds KD.',
      },
      {
        when: (s) => rekeying(s) && intended(s),
        text: ' Only now do both retire the old KD, its DKSI and the old session key.',
      },
      {
        when: (s) => rekeying(s) && !intended(s),
        text: ' Both retire the old KD, its DKSI and the old session key all the same.',
      },
    ],
    sentences: [],
  },
];
