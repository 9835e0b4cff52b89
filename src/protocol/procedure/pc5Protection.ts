/**
 * How kdflow protects the PC5 Direct Security Mode Command and Complete (illustrative): TS 33.303
 * protects them with keys derived from KD-sess (domain-notes.md, secondary). Here the sender
 * derives K_int and the message's MAC with the scheme's derivations and sends the MAC; the
 * receiver derives its own XMAC and verifies the MAC against it, as actions of the trace.
 */
import type { StepAction } from '../types';

type Ue = 'UE_1' | 'UE_2';

/** kdflow's integrity algorithm identity: one octet standing for a choice (illustrative). */
const INTEGRITY_ALGORITHM = 2;

/** How the command is protected and checked, in plain words, when the receiver can check it. */
export const smcNarration = (sender: Ue, receiver: Ue) =>
  ` Both derive the session key KD-sess from KD and the nonces, and ${sender} adds a MAC, a check value under a key from KD-sess. ${receiver} computes it itself: it matches, so ${receiver} knows ${sender} holds the same KD.`;

/**
 * The Security Mode Command's protection: `sender` chooses the integrity algorithm and derives
 * KD-sess, K_int and the MAC, the message goes, then `receiver` derives the same keys and its own
 * XMAC and verifies the MAC it received against it.
 */
export const protectedCommand = (sender: Ue, receiver: Ue): StepAction[] => [
  {
    do: 'generate',
    actor: sender,
    value: 'Integrity_algorithm',
    bytes: () => new Uint8Array([INTEGRITY_ALGORITHM]),
    how: 'integrity algorithm chosen by the command’s sender (kdflow’s identity 2; illustrative)',
  },
  { do: 'derive', actor: sender, use: 'kd-sess' },
  { do: 'derive', actor: sender, use: 'k-int' },
  { do: 'derive', actor: sender, use: 'mac-command' },
  { do: 'send' },
  { do: 'derive', actor: receiver, use: 'kd-sess' },
  { do: 'derive', actor: receiver, use: 'k-int' },
  { do: 'derive', actor: receiver, use: 'xmac-command' },
  { do: 'verify', actor: receiver, value: 'MAC_command', against: 'XMAC_command' },
];

/** The Complete's protection: its sender's MAC under K_int, verified by the receiver. */
export const protectedComplete = (sender: Ue, receiver: Ue): StepAction[] => [
  { do: 'derive', actor: sender, use: 'mac-complete' },
  { do: 'send' },
  { do: 'derive', actor: receiver, use: 'xmac-complete' },
  { do: 'verify', actor: receiver, value: 'MAC_complete', against: 'XMAC_complete' },
];
