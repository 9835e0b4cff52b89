/**
 * Steps 0–7 of clause 6.3.4.3.2 as data: who sends what, what each actor does, and every text
 * about the step (title, summary, reading note, narration, the sentences it quotes). Where the
 * text leaves something FFS the step fills it in and its basis or text says so.
 */
import { STEP_0A, STEP_0B, STEP_SENTENCES } from '../clause';
import type { Quote } from '../engine/types';
import type { StepSpec } from '../types';
import { STAGE3_DCR } from './pc5Steps';
import {
  both,
  byConnectionIdentity,
  byExpCode,
  calculated,
  common,
  connectionRequested,
  dh,
  intended,
  kdf,
  keepsIdentity,
  literal,
  newIdentity,
  rekeying,
  requested,
  strict,
  filledIn,
  wantsToConnect,
  type S,
} from './when';

/** The clause's sentences of step `n`, each quoted as it is. */
const quotes = (n: number): Quote<S>[] =>
  (STEP_SENTENCES[n] ?? []).map((sentence) => ({ sentence }));

/** Step 0's sentences: alternative a belongs to the request, b to the wish to connect. */
const STEP_0: Quote<S>[] = (STEP_SENTENCES[0] ?? []).map((sentence) => ({
  sentence,
  ...(sentence === STEP_0A
    ? { when: requested }
    : sentence === STEP_0B
      ? { when: wantsToConnect }
      : {}),
}));

/** How UE_1 names UE_2: the connection identity UE_2 gave it earlier, or UE_2's EXP code. */
const PEER_REF = [
  { name: 'connection_identity', basis: 'named', when: byConnectionIdentity },
  { name: 'EXP_code', basis: 'named', when: byExpCode },
] as const;

const PEER_WORDS = [
  { when: byExpCode, text: 'its EXP code (the code UE_1 discovered it by)' },
  { when: byConnectionIdentity, text: 'a connection identity UE_2 gave it earlier' },
];

const QUOTE = {
  dkr: 'It includes the connection identity or EXP code that was received in message 1.',
  m3: '3. MME_2 sends UE_2 the connection identity or EXP code that was received in message 2.',
  m5: '5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2.',
  m6: '6. MME_1 sends UE_1 the parameters received in message 2.',
};

const K_ASME_WORDS =
  ' Each device already shares a key, K_ASME, with its own MME (the network node that serves it).';

export const CLAUSE_STEPS: readonly StepSpec[] = [
  {
    id: 'trigger',
    when: wantsToConnect,
    part: 'clause',
    kind: 'trigger',
    actors: ['UE_1'],
    title: '0b. UE_1 wants to connect to UE_2',
    summary: 'UE_1 wants a connection with UE_2 through the network authorised procedure.',
    narration:
      'UE_1 wants to talk to UE_2 directly, device to device. First both devices need the same secret key, KD, and their networks will help them get it.' +
      K_ASME_WORDS,
    actions: [],
    sentences: STEP_0,
  },
  {
    // 0a: UE_2 is the PC5 initiator and has already sent its request with Nonce_1 (the TS 33.303
    // pattern; domain-notes.md, secondary).
    id: 'request',
    when: requested,
    part: 'clause',
    kind: 'message',
    from: 'UE_2',
    to: 'UE_1',
    title: [
      { when: rekeying, text: '0a. UE_1 has received a Direct Rekeying Request' },
      { when: connectionRequested, text: '0a. UE_1 has received a Direct Connection Request' },
    ],
    messageName: [
      { when: rekeying, text: 'Direct Rekeying Request' },
      { when: connectionRequested, text: 'Direct Connection Request' },
    ],
    stage3: [
      {
        when: connectionRequested,
        text: STAGE3_DCR,
      },
    ],
    params: [{ name: 'Nonce_1', basis: 'inferred' }],
    actions: [
      {
        do: 'generate',
        actor: 'UE_2',
        value: 'Nonce_1',
        bytes: (c) => c.input('Nonce_1'),
        how: 'fresh nonce of UE_2’s request: UE_2 is the PC5 initiator',
      },
    ],
    summary: [
      {
        when: rekeying,
        text: 'UE_2 asks UE_1 over PC5 to rekey with a fresh KD (its auth flag set), with Nonce_1; the UEs keep KD-sess in use meanwhile.',
      },
      {
        when: connectionRequested,
        text: 'UE_2 asks UE_1 over PC5 for a direct connection, with Nonce_1; UE_1 wants a new KD for it.',
      },
    ],
    reading:
      'The text only says UE_1 “has received” the request. Following TS 33.303, kdflow draws it as UE_2’s message carrying Nonce_1 (inferred): UE_2 is then the PC5 initiator, and UE_1 answers after step 7.',
    narration: [
      {
        when: rekeying,
        text: 'UE_1 and UE_2 already talk directly, protected by a key KD they set up before. UE_2 asks for a brand-new KD, not just a new session key, so the network helps again. Its request carries a fresh random number, Nonce_1.',
      },
      {
        when: connectionRequested,
        text: 'UE_2 asks UE_1 to talk directly, device to device, with a fresh random number, Nonce_1. UE_1 wants a new KD for it, so the networks help them get one.',
      },
      { text: K_ASME_WORDS },
    ],
    sentences: STEP_0,
  },
  {
    id: 'esr',
    part: 'clause',
    kind: 'message',
    from: 'UE_1',
    to: 'MME_1',
    title: 'Extended Service Request (ESR)',
    messageName: 'Extended Service Request (ESR)',
    params: [...PEER_REF, { name: 'Keying_material_1', basis: 'ffs', when: dh }],
    exposed:
      'An Extended Service Request is an initial NAS message: it is sent integrity protected but not ciphered (TS 24.301 clause 4.4.5; recalled, to be confirmed), so what it carries is seen on the air.',
    actions: [
      {
        when: dh,
        do: 'generate',
        actor: 'UE_1',
        value: 'DH_private_1',
        bytes: (c) => c.input('DH_private_1'),
        how: 'UE_1’s ephemeral X25519 private key, drawn for this run; it never leaves UE_1',
      },
      {
        when: kdf,
        do: 'generate',
        actor: 'UE_1',
        value: 'NAS_COUNT_1',
        bytes: (c) => c.input('NAS_COUNT_1'),
        how: 'uplink NAS COUNT of message 1, which UE_1 keeps (only its sequence number is sent)',
      },
      { when: calculated, do: 'derive', actor: 'UE_1', use: 'keying-material-1' },
      { do: 'send' },
      {
        when: kdf,
        do: 'generate',
        actor: 'MME_1',
        value: 'NAS_COUNT_1',
        bytes: (c) => c.input('NAS_COUNT_1'),
        how: 'uplink NAS COUNT of message 1, which MME_1 keeps too: a COUNT is kept at both ends, never carried',
      },
    ],
    summary: [
      {
        when: kdf,
        text: 'UE_1 asks MME_1 for a direct connection and derives Keying_material_1 from K_ASME_1 and the NAS COUNT.',
      },
      {
        when: both(dh, filledIn),
        text: 'UE_1 asks MME_1 for a direct connection and sends its X25519 public key as Keying_material_1.',
      },
      {
        when: both(dh, strict),
        text: 'UE_1 asks MME_1 for a direct connection; read strictly, its X25519 public key is not carried.',
      },
      { when: common, text: 'UE_1 asks MME_1 for a direct connection to UE_2.' },
    ],
    narration: [
      { text: 'UE_1 asks its MME, MME_1, for a direct connection and names UE_2 by ' },
      ...PEER_WORDS,
      {
        text: '. This request to the network is integrity protected but not encrypted (it opens the NAS connection), so anyone listening on the radio sees who UE_1 asks for.',
      },
      {
        when: kdf,
        text: ' UE_1 also makes its own share of the key, Keying_material_1, from K_ASME_1 and the NAS counter both ends keep (kdflow’s illustrative choice: the clause leaves it FFS).',
      },
      {
        when: dh,
        text: ' UE_1 also draws a fresh secret number, DH_private_1, that it never sends, and makes from it a public key, Keying_material_1, that anyone may see (X25519: kdflow’s candidate scheme, as the clause leaves it FFS).',
      },
      {
        when: common,
        text: ' In this variant UE_1 computes nothing yet: the two MMEs will choose the key.',
      },
    ],
    sentences: quotes(1),
  },
  {
    id: 'dkr',
    part: 'clause',
    kind: 'message',
    from: 'MME_1',
    to: 'MME_2',
    title: 'Direct-Keying-Request',
    messageName: 'Direct-Keying-Request',
    params: [
      ...PEER_REF,
      { name: 'Keying_material_1', basis: 'named' },
      { name: 'UE_1_ID', basis: 'ffs' },
    ],
    actions: [
      { when: kdf, do: 'derive', actor: 'MME_1', use: 'keying-material-1' },
      {
        when: common,
        do: 'generate',
        actor: 'MME_1',
        value: 'KD',
        bytes: (c) => c.input('common_KD'),
        how: 'common KD proposed by MME_1 to MME_2',
      },
      {
        when: common,
        do: 'copy',
        actor: 'MME_1',
        value: 'Keying_material_1',
        from: 'KD',
        how: 'the common KD sent as Keying_material_1',
      },
      { do: 'refer', actor: 'MME_1', step: 'esr', quote: QUOTE.dkr },
      { do: 'send' },
      {
        when: common,
        do: 'copy',
        actor: 'MME_2',
        value: 'KD',
        from: 'Keying_material_1',
        how: 'MME_2 agrees to the common KD',
      },
    ],
    summary: [
      {
        when: kdf,
        text: 'MME_1 derives Keying_material_1 like UE_1 did and sends it to MME_2.',
      },
      {
        when: dh,
        text: 'MME_1 passes on the Keying_material_1 UE_1 sent over its integrity-protected NAS, vouching for it, to MME_2.',
      },
      {
        when: common,
        text: 'MME_1 proposes a common KD and sends it to MME_2 as Keying_material_1.',
      },
    ],
    narration: [
      {
        text: 'MME_1 finds UE_2’s MME, MME_2, and passes the request on over the link between the two networks (kdflow assumes it is protected; the text does not say).',
      },
      {
        when: kdf,
        text: ' MME_1 knows K_ASME_1 and the NAS counter too, so it computes the same Keying_material_1 as UE_1 and sends it along.',
      },
      {
        when: dh,
        text: ' MME_1 cannot make Keying_material_1 itself: it passes on the public key UE_1 sent, and since it came over UE_1’s integrity-protected NAS, MME_1 vouches that it is UE_1’s.',
      },
      {
        when: common,
        text: ' MME_1 picks a fresh random KD for the two devices and sends it as Keying_material_1; MME_2 agrees to it.',
      },
    ],
    sentences: quotes(2),
  },
  {
    id: 'to-ue2',
    part: 'clause',
    kind: 'message',
    from: 'MME_2',
    to: 'UE_2',
    title: 'Message 3',
    params: [
      ...PEER_REF,
      { name: 'Keying_material_1', basis: 'ffs' },
      { name: 'UE_1_ID', basis: 'ffs' },
    ],
    actions: [
      {
        when: kdf,
        do: 'generate',
        actor: 'MME_2',
        value: 'NAS_COUNT_2',
        bytes: (c) => c.input('NAS_COUNT_2'),
        how: 'downlink NAS COUNT of message 3, which MME_2 keeps (only its sequence number is sent)',
      },
      { do: 'refer', actor: 'MME_2', step: 'dkr', quote: QUOTE.m3 },
      { do: 'send' },
      {
        when: kdf,
        do: 'generate',
        actor: 'UE_2',
        value: 'NAS_COUNT_2',
        bytes: (c) => c.input('NAS_COUNT_2'),
        how: 'downlink NAS COUNT of message 3, which UE_2 keeps too: a COUNT is kept at both ends, never carried',
      },
    ],
    summary: [
      {
        when: both(calculated, filledIn),
        text: 'MME_2 forwards the peer reference and Keying_material_1 to UE_2 over NAS.',
      },
      {
        when: both(common, filledIn),
        text: 'MME_2 sends UE_2 the common KD as Keying_material_1 over NAS.',
      },
      {
        when: strict,
        text: 'MME_2 sends UE_2 the peer reference only: the text names no keying material here.',
      },
    ],
    narration: [
      { text: 'MME_2 tells UE_2 over NAS that UE_1 wants to connect.' },
      {
        when: both(calculated, filledIn),
        text: ' UE_2 receives Keying_material_1, the other device’s share: each device gets its peer’s share through the network.',
      },
      {
        when: both(common, filledIn),
        text: ' UE_2 receives the common KD, labelled Keying_material_1.',
      },
      {
        when: strict,
        text: ' Read strictly, that is all it gets: the text names no keying material in message 3, so UE_2 will have nothing to establish KD from.',
      },
    ],
    sentences: quotes(3),
  },
  {
    id: 'ue2-reply',
    part: 'clause',
    kind: 'message',
    from: 'UE_2',
    to: 'MME_2',
    title: 'Message 4',
    params: [
      { name: 'new_connection_identity', basis: 'named', when: newIdentity },
      // "It also selects a DKSI": the text does not say it is sent, nor to whom.
      { name: 'DKSI', basis: 'inferred' },
      // The X25519 scheme: MME_2 cannot make UE_2's public key, so UE_2 sends it.
      { name: 'Keying_material_2', basis: 'ffs', when: dh },
    ],
    actions: [
      {
        when: newIdentity,
        do: 'generate',
        actor: 'UE_2',
        value: 'new_connection_identity',
        bytes: (c) => c.input('new_connection_identity'),
        how: [
          { when: byExpCode, text: 'none came in message 3, so UE_2 must send one' },
          { when: byConnectionIdentity, text: 'UE_2 refreshes its connection identity' },
        ],
      },
      {
        // When a KD is in use, the new DKSI must differ from the one that names it.
        do: 'generate',
        actor: 'UE_2',
        value: 'DKSI',
        bytes: (c) => nextDksi(c.input('DKSI'), c.peek('UE_2', 'DKSI_old')),
        how: (c) =>
          nextDksi(c.input('DKSI'), c.peek('UE_2', 'DKSI_old')) === c.input('DKSI')
            ? 'selected by UE_2 to name KD'
            : 'selected by UE_2 to name KD; the next value, as the drawn one names the KD in use',
      },
      {
        when: dh,
        do: 'generate',
        actor: 'UE_2',
        value: 'DH_private_2',
        bytes: (c) => c.input('DH_private_2'),
        how: 'UE_2’s ephemeral X25519 private key, drawn for this run; it never leaves UE_2',
      },
      { when: calculated, do: 'derive', actor: 'UE_2', use: 'keying-material-2' },
    ],
    summary: [
      {
        when: both(newIdentity, filledIn),
        text: 'UE_2 sends a new connection identity and the DKSI it selected',
      },
      { when: both(keepsIdentity, filledIn), text: 'UE_2 sends the DKSI it selected' },
      {
        when: both(newIdentity, strict),
        text: 'UE_2 sends a new connection identity and keeps the DKSI it selected',
      },
      {
        when: both(keepsIdentity, strict),
        text: 'UE_2 selects a DKSI and sends nothing the text names',
      },
      {
        when: kdf,
        text: '; it derives Keying_material_2 from K_ASME_2 and the NAS COUNT.',
      },
      {
        when: both(dh, filledIn),
        text: ', with its X25519 public key as Keying_material_2.',
      },
      {
        when: both(dh, strict),
        text: '; read strictly, its X25519 public key is not carried.',
      },
      { when: common, text: '.' },
    ],
    reading: [
      {
        when: filledIn,
        text: 'The text says UE_2 “selects” a DKSI, not that it sends it: kdflow sends it to MME_2 here (inferred), as UE_1 needs it.',
      },
      {
        when: strict,
        text: 'The text says UE_2 “selects” a DKSI, not that it sends it: read strictly, the DKSI stays at UE_2.',
      },
    ],
    narration: [
      {
        text: 'UE_2 answers its MME. It picks a DKSI, a short number that names the new KD, so that later both devices can say which key they mean.',
      },
      {
        when: (s) => newIdentity(s) && byExpCode(s),
        text: ' It was found by its EXP code, so it also gives a new connection identity for UE_1 to use.',
      },
      {
        when: (s) => newIdentity(s) && byConnectionIdentity(s),
        text: ' It also refreshes its connection identity.',
      },
      {
        when: kdf,
        text: ' UE_2 makes its own share, Keying_material_2, from K_ASME_2 and the NAS counter.',
      },
      {
        when: dh,
        text: ' UE_2 draws its own secret number, DH_private_2, and sends its public key, Keying_material_2, for MME_2 to pass on.',
      },
    ],
    sentences: quotes(4),
  },
  {
    id: 'mme2-reply',
    part: 'clause',
    kind: 'message',
    from: 'MME_2',
    to: 'MME_1',
    title: 'Message 5',
    params: [
      { sameAs: 'dkr', when: literal },
      { sameAs: 'ue2-reply', when: intended },
      { name: 'Keying_material_2', basis: 'named' },
      { name: 'UE_2_ID', basis: 'ffs' },
    ],
    actions: [
      { when: kdf, do: 'derive', actor: 'MME_2', use: 'keying-material-2' },
      {
        when: common,
        do: 'copy',
        actor: 'MME_2',
        value: 'Keying_material_2',
        from: 'KD',
        how: 'the common KD sent back as Keying_material_2',
      },
      { when: literal, do: 'refer', actor: 'MME_2', step: 'dkr', quote: QUOTE.m5 },
      { when: intended, do: 'refer', actor: 'MME_2', step: 'ue2-reply', quote: QUOTE.m5 },
    ],
    summary: [
      {
        when: literal,
        text: 'MME_2 returns what it received in message 2, with Keying_material_2.',
      },
      {
        when: (s) => intended(s) && kdf(s),
        text: 'MME_2 derives Keying_material_2 and returns it to MME_1 with what UE_2 sent.',
      },
      {
        when: (s) => intended(s) && dh(s),
        text: 'MME_2 returns what UE_2 sent, its public key Keying_material_2 among it, to MME_1.',
      },
      {
        when: (s) => intended(s) && common(s),
        text: 'MME_2 confirms the common KD as Keying_material_2 and returns it with what UE_2 sent.',
      },
    ],
    reading: [
      {
        when: intended,
        text: 'The text says “the parameters received in message 2”; the intended reading carries what UE_2 sent in message 4, as the flow needs.',
      },
      {
        when: literal,
        text: 'As written: MME_2 sends MME_1 the parameters it received in message 2 (which MME_1 itself sent) and Keying_material_2. What UE_2 sent in message 4 stays at MME_2.',
      },
    ],
    narration: [
      {
        when: kdf,
        text: 'MME_2 computes Keying_material_2 as UE_2 did and sends it back to MME_1.',
      },
      {
        when: dh,
        text: 'MME_2 sends UE_2’s public key, Keying_material_2, back to MME_1, vouching that it is UE_2’s.',
      },
      {
        when: common,
        text: 'MME_2 confirms the common KD and sends it back to MME_1 as Keying_material_2.',
      },
      {
        when: literal,
        text: ' Read word for word, the text has MME_2 return “the parameters received in message 2”: what MME_1 sent',
      },
      { when: both(literal, filledIn), text: ', so UE_2’s DKSI is lost on the way.' },
      { when: strict, text: '. (Read strictly, UE_2 sent no DKSI to lose.)' },
      {
        when: (s) => intended(s) && newIdentity(s),
        text: ' It adds what UE_2 sent: the DKSI and the new connection identity.',
      },
      { when: (s) => intended(s) && keepsIdentity(s), text: ' It adds what UE_2 sent: the DKSI.' },
    ],
    sentences: quotes(5),
  },
  {
    id: 'to-ue1',
    part: 'clause',
    kind: 'message',
    from: 'MME_1',
    to: 'UE_1',
    title: 'Message 6',
    // "the parameters received in message 2": the pCR's introduction has UE_1 receive
    // Keying_material_2, so the literal reading carries it as an FFS parameter.
    params: [
      { sameAs: 'dkr', when: literal },
      { name: 'Keying_material_2', basis: 'ffs', when: literal },
      { name: 'UE_2_ID', basis: 'ffs', when: literal },
      { sameAs: 'mme2-reply', when: intended },
    ],
    actions: [
      { when: literal, do: 'refer', actor: 'MME_1', step: 'dkr', quote: QUOTE.m6 },
      { when: intended, do: 'refer', actor: 'MME_1', step: 'mme2-reply', quote: QUOTE.m6 },
    ],
    summary: [
      {
        when: both(literal, filledIn),
        text: 'MME_1 sends UE_1 what message 2 carried, with Keying_material_2: no DKSI.',
      },
      {
        when: strict,
        text: 'MME_1 sends UE_1 what message 2 carried and no more: no Keying_material_2, no DKSI.',
      },
      {
        when: (s) => intended(s) && calculated(s),
        text: 'MME_1 forwards Keying_material_2, the DKSI and UE_2’s identities to UE_1 over NAS.',
      },
      {
        when: (s) => intended(s) && common(s),
        text: 'MME_1 sends UE_1 the common KD as Keying_material_2, with the DKSI, over NAS.',
      },
    ],
    reading: [
      {
        when: intended,
        text: 'The text says “the parameters received in message 2”; the intended reading carries what MME_1 received in message 5, so that UE_1 gets the DKSI and Keying_material_2.',
      },
      {
        when: literal,
        text: 'As written: MME_1 sends UE_1 “the parameters received in message 2”. MME_1 sent message 2, it never received it; kdflow takes the parameters message 2 carried.',
      },
    ],
    narration: [
      { text: 'MME_1 passes the answer on to UE_1 over NAS.' },
      {
        when: both(calculated, filledIn),
        text: ' UE_1 now has Keying_material_2, the other device’s share.',
      },
      {
        when: both(common, filledIn),
        text: ' UE_1 now has the common KD, labelled Keying_material_2.',
      },
      {
        when: both(literal, filledIn),
        text: ' Read word for word, UE_1 gets only what message 2 carried, so the DKSI never reaches it.',
      },
      {
        when: strict,
        text: ' Read strictly, UE_1 gets only what message 2 carried: no Keying_material_2, and the DKSI never reaches it.',
      },
      {
        when: both(common, strict),
        text: ' Message 2’s Keying_material_1 is the common KD, though, so UE_1 has it after all.',
      },
      {
        when: (s) => intended(s) && newIdentity(s),
        text: ' The DKSI and UE_2’s new connection identity come with it.',
      },
      { when: (s) => intended(s) && keepsIdentity(s), text: ' The DKSI comes with it.' },
    ],
    sentences: quotes(6),
  },
  {
    id: 'kd',
    part: 'clause',
    kind: 'calculation',
    actors: ['UE_1', 'UE_2'],
    title: [
      { when: calculated, text: 'Both UEs calculate KD' },
      { when: common, text: 'Both UEs establish the common KD' },
    ],
    params: [
      { name: 'KD', basis: 'named' },
      { name: 'DKSI', basis: 'named' },
    ],
    actions: [
      { when: dh, do: 'derive', actor: 'UE_1', use: 'dh-shared-1' },
      { when: dh, do: 'derive', actor: 'UE_2', use: 'dh-shared-2' },
      { when: calculated, do: 'derive', actor: 'UE_1', use: 'kd' },
      { when: calculated, do: 'derive', actor: 'UE_2', use: 'kd' },
      {
        when: both(common, filledIn),
        do: 'copy',
        actor: 'UE_1',
        value: 'KD',
        from: 'Keying_material_2',
        how: 'established, not calculated: the keying material is the common KD',
      },
      {
        // Read strictly, the keying material UE_1 received is message 2's: the common KD too.
        when: both(common, strict),
        do: 'copy',
        actor: 'UE_1',
        value: 'KD',
        from: 'Keying_material_1',
        how: 'established from the keying material message 6 brought: Keying_material_1, the common KD',
      },
      {
        when: common,
        do: 'copy',
        actor: 'UE_2',
        value: 'KD',
        from: 'Keying_material_1',
        how: 'established, not calculated: the keying material is the common KD',
      },
    ],
    summary: [
      {
        when: both(kdf, filledIn),
        text: 'UE_1 and UE_2 each calculate KD from both keying materials and both identities, named by the DKSI.',
      },
      {
        when: both(dh, filledIn),
        text: 'UE_1 and UE_2 each calculate the X25519 shared secret from their own private key and the peer’s public key, and KD from it, both identities and both public keys, named by the DKSI.',
      },
      {
        when: both(common, filledIn),
        text: 'UE_1 and UE_2 take the received keying material as KD: established, not calculated.',
      },
      {
        when: both(calculated, strict),
        text: 'Read strictly, neither UE holds its peer’s keying material: neither can calculate KD.',
      },
      {
        when: both(common, strict),
        text: 'Read strictly, UE_1 takes the common KD from message 6; UE_2 received no keying material and cannot.',
      },
    ],
    narration: [
      {
        when: both(kdf, filledIn),
        text: 'Each device now holds both shares and both identities, and mixes them with the 3GPP KDF into the same KD: the key itself never travelled (kdflow’s illustrative formula). The MMEs, which know the shares, could compute it too.',
      },
      {
        when: both(dh, filledIn),
        text: 'Each device combines its own secret number with the other’s public key and gets the same shared secret, then mixes it with both identities and both public keys into KD (kdflow’s illustrative formula). The MMEs carried both public keys but hold neither secret number, so they cannot compute KD.',
      },
      {
        when: both(common, filledIn),
        text: 'Each device takes the KD the two MMEs agreed on: the key is established, not calculated.',
      },
      {
        when: both(literal, filledIn),
        text: ' Both devices now hold the same KD, but only UE_2 holds the DKSI that names it.',
      },
      {
        when: both(calculated, strict),
        text: 'Read strictly, neither device can make KD: message 3 gave UE_2 no keying material, and message 6 gave UE_1 only what message 2 carried.',
      },
      {
        when: both(common, strict),
        text: 'Read strictly, only UE_1 holds KD, established, not calculated, from message 2’s keying material passed on in message 6; message 3 gave UE_2 no keying material, so it cannot establish KD.',
      },
      { when: intended, text: ' Both devices now hold the same KD, named by the DKSI.' },
      {
        when: rekeying,
        text: ' The old KD and its session key stay in use until the new session key is agreed on PC5.',
      },
    ],
    sentences: quotes(7),
  },
];

/** A DKSI that differs from the one in use (0–6 round, as 7 means "no key"). */
function nextDksi(drawn: Uint8Array, inUse: Uint8Array | undefined): Uint8Array {
  if (inUse === undefined || drawn[0] !== inUse[0]) return drawn;
  return Uint8Array.of(((drawn[0] ?? 0) + 1) % 7);
}
