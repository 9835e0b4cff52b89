/**
 * Each step told in plain words for students: kdflow's own explanation, kept apart from the
 * clause's verbatim text (which stays the reference). It is what the page's live region reads and
 * what presenter mode shows under the figure. Where the clause leaves something FFS, the narration
 * says that kdflow's choice is illustrative.
 */
import { sendsNewConnectionIdentity, type Scenario } from './scenario';

type Narrator = (s: Scenario) => string;

const peerName = (s: Scenario) =>
  s.peer === 'exp-code'
    ? 'its EXP code (the code UE_1 discovered it by)'
    : 'a connection identity UE_2 gave it earlier';

const NARRATION: readonly Narrator[] = [
  // 0. The trigger.
  (s) =>
    (s.trigger === '0a'
      ? 'UE_1 and UE_2 already talk directly, protected by a key KD they set up before. UE_1 now wants a brand-new KD, not just a new session key, so the network helps again.'
      : 'UE_1 wants to talk to UE_2 directly, device to device. First both devices need the same secret key, KD, and their networks will help them get it.') +
    ' Each device already shares a key, K_ASME, with its own MME (the network node that serves it).',
  // 1. ESR.
  (s) =>
    `UE_1 asks its MME, MME_1, for a direct connection and names UE_2 by ${peerName(s)}. Messages between a device and its MME travel over NAS, which is encrypted and integrity protected.` +
    (s.mode === 'calculated'
      ? ' UE_1 also makes its own share of the key, Keying_material_1, from K_ASME_1 and a counter (kdflow’s illustrative choice: the clause leaves it FFS).'
      : ' In this variant UE_1 computes nothing yet: the two MMEs will choose the key.'),
  // 2. MME_1 → MME_2.
  (s) =>
    'MME_1 finds UE_2’s MME, MME_2, and passes the request on over the protected link between the two networks.' +
    (s.mode === 'calculated'
      ? ' MME_1 knows K_ASME_1 too, so it computes the same Keying_material_1 as UE_1 and sends it along.'
      : ' MME_1 picks a fresh random KD for the two devices and sends it as Keying_material_1; MME_2 agrees to it.'),
  // 3. MME_2 → UE_2.
  (s) =>
    'MME_2 tells UE_2 over NAS that UE_1 wants to connect.' +
    (s.mode === 'calculated'
      ? ' UE_2 receives Keying_material_1, the other device’s share: each device gets its peer’s share through the network.'
      : ' UE_2 receives the common KD, labelled Keying_material_1.'),
  // 4. UE_2 → MME_2.
  (s) =>
    'UE_2 answers its MME. It picks a DKSI, a short number that names the new KD, so that later both devices can say which key they mean.' +
    (sendsNewConnectionIdentity(s)
      ? s.peer === 'exp-code'
        ? ' It was found by its EXP code, so it also gives a new connection identity for UE_1 to use.'
        : ' It also refreshes its connection identity.'
      : '') +
    (s.mode === 'calculated'
      ? ' UE_2 makes its own share, Keying_material_2, from K_ASME_2 and a counter.'
      : ''),
  // 5. MME_2 → MME_1.
  (s) =>
    (s.mode === 'calculated'
      ? 'MME_2 computes Keying_material_2 as UE_2 did and sends it back to MME_1.'
      : 'MME_2 confirms the common KD and sends it back to MME_1 as Keying_material_2.') +
    (s.reading === 'literal'
      ? ' Read word for word, the text has MME_2 return “the parameters received in message 2”: what MME_1 sent, so UE_2’s DKSI is lost on the way.'
      : sendsNewConnectionIdentity(s)
        ? ' It adds what UE_2 sent: the DKSI and the new connection identity.'
        : ' It adds what UE_2 sent: the DKSI.'),
  // 6. MME_1 → UE_1.
  (s) =>
    'MME_1 passes the answer on to UE_1 over NAS.' +
    (s.mode === 'calculated'
      ? ' UE_1 now has Keying_material_2, the other device’s share.'
      : ' UE_1 now has the common KD, labelled Keying_material_2.') +
    (s.reading === 'literal'
      ? ' Read word for word, UE_1 gets only what message 2 carried, so the DKSI never reaches it.'
      : sendsNewConnectionIdentity(s)
        ? ' The DKSI and UE_2’s new connection identity come with it.'
        : ' The DKSI comes with it.'),
  // 7. KD at both UEs.
  (s) =>
    (s.mode === 'calculated'
      ? 'Each device now holds both shares and both identities, and mixes them with the 3GPP KDF into the same KD: the key itself never travelled (kdflow’s illustrative formula). The MMEs, which know the shares, could compute it too.'
      : 'Each device takes the KD the two MMEs agreed on: the key is established, not calculated.') +
    (s.reading === 'literal'
      ? ' Both devices now hold the same KD, but only UE_2 holds the DKSI that names it.'
      : ' Both devices now hold the same KD, named by the DKSI.') +
    (s.trigger === '0a' ? ' The old KD, its DKSI and its session key are retired.' : ''),
  // 8. PC5: Direct Connection / Rekeying Request.
  (s) =>
    `After the clause, kdflow continues on PC5, the radio link between the devices (illustrative, after TS 33.303). UE_1 sends a ${s.trigger === '0a' ? 'Direct Rekeying Request' : 'Direct Connection Request'} with a fresh random number, Nonce_1, and the DKSI that says which KD to use. These go in clear: they are not secret.`,
  // 9. PC5: Direct Security Mode Command.
  () =>
    'UE_2 answers with its own random number, Nonce_2. Both devices derive the session key KD-sess from KD and the two nonces, so every connection gets a fresh session key without touching KD.',
  // 10. PC5: Direct Security Mode Complete.
  () =>
    'UE_1 answers protected with KD-sess. UE_2 can check it, so it now knows that UE_1 holds the same KD: the direct link is secured.',
];

/** The plain-words explanation of step `n` in this scenario ("" for a step that does not exist). */
export function narrate(scenario: Scenario, n: number): string {
  return NARRATION[n]?.(scenario) ?? '';
}

/** How many steps have a narration: one for every step of the trace. */
export const NARRATED_STEPS = NARRATION.length;
