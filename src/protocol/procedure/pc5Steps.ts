/**
 * After the clause: the UEs start using KD on PC5, in the pattern of TS 33.303 / TS 24.334
 * (kdflow's illustrative continuation; domain-notes.md, secondary). The PC5 initiator's request
 * carries Nonce_1, the Direct Security Mode Command Nonce_2 (and, after a new KD, the DKSI that
 * names it), the Complete closes. Under 0b UE_1 is the initiator; under 0a UE_2 already sent its
 * request at step 0, so UE_1 answers with the Security Mode Command. Rekeying is make-before-break:
 * the old KD-sess stays in use until the Complete, and the old KD and DKSI are retired with it.
 */
import type { StepSpec } from '../types';
import { rekeying, requested, wantsToConnect } from './when';

/** Stage 3's name for the study's Direct Connection Request, with its source. */
export const STAGE3_DCR =
  'TS 33.303 and TS 24.334 call it the Direct Communication Request (secondary source: the NIST ns-3 model of TS 24.334).';

const SMC_NARRATION =
  ' Both devices derive the session key KD-sess from KD and the two nonces, so every connection gets a fresh session key without touching KD.';

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
    summary: 'UE_1 starts using KD on PC5: it sends Nonce_1 and the DKSI that names KD, in clear.',
    narration:
      'After the clause, kdflow continues on PC5, the radio link between the devices (illustrative, after TS 33.303). UE_1 sends a Direct Connection Request with a fresh random number, Nonce_1, and the DKSI that says which KD to use. These go in clear: they are not secret.',
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
    params: [{ name: 'Nonce_2', basis: 'named' }],
    actions: [
      {
        do: 'generate',
        actor: 'UE_2',
        value: 'Nonce_2',
        bytes: (c) => c.input('Nonce_2'),
        how: 'fresh nonce for this connection',
      },
      { do: 'derive', actor: 'UE_2', use: 'kd-sess' },
      { do: 'send' },
      { do: 'derive', actor: 'UE_1', use: 'kd-sess' },
    ],
    summary:
      'UE_2 sends Nonce_2, protected with KD-sess = KDF(KD, Nonce_1, Nonce_2); both UEs derive KD-sess.',
    narration: 'UE_2 answers with its own random number, Nonce_2.' + SMC_NARRATION,
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
    ],
    actions: [
      {
        do: 'generate',
        actor: 'UE_1',
        value: 'Nonce_2',
        bytes: (c) => c.input('Nonce_2'),
        how: 'fresh nonce of UE_1’s answer to UE_2’s request',
      },
      { do: 'derive', actor: 'UE_1', use: 'kd-sess' },
      { do: 'send' },
      { do: 'derive', actor: 'UE_2', use: 'kd-sess' },
    ],
    summary: [
      {
        text: 'UE_1 answers UE_2’s request with Nonce_2 and the DKSI of the new KD, protected with KD-sess = KDF(KD, Nonce_1, Nonce_2); both UEs derive KD-sess.',
      },
      { when: rekeying, text: ' The old KD-sess stays in use until the Complete.' },
    ],
    narration: [
      {
        text: 'After the clause, kdflow continues on PC5, the radio link between the devices (illustrative, after TS 33.303). UE_1 now has the new KD and answers UE_2’s request with its own random number, Nonce_2, and the DKSI that says which KD to use, in clear.',
      },
      { text: SMC_NARRATION },
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
    actions: [],
    summary: 'UE_1 answers under KD-sess: UE_2 now knows that UE_1 holds KD.',
    narration:
      'UE_1 answers protected with KD-sess. UE_2 can check it, so it now knows that UE_1 holds the same KD: the direct link is secured.',
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
    actions: [{ do: 'send' }, ...RETIRE_OLD],
    summary: [
      { text: 'UE_2 answers under KD-sess: UE_1 now knows that UE_2 holds KD.' },
      {
        when: rekeying,
        text: ' The new KD-sess is agreed: both UEs retire the old KD, its DKSI and the old KD-sess.',
      },
    ],
    narration: [
      {
        text: 'UE_2 answers protected with the new KD-sess. UE_1 can check it, so it knows UE_2 holds the same KD: the link is secured.',
      },
      {
        when: rekeying,
        text: ' Only now do both retire the old KD, its DKSI and the old session key.',
      },
    ],
    sentences: [],
  },
];
