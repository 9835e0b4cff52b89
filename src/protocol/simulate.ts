import { STEP_SENTENCES } from './clause';
import { seededInputs, type Inputs } from './inputs';
import { seededBytes } from './seeded';
import { sendsNewConnectionIdentity, type Scenario } from './scenario';
import { deriveKd, deriveKdSess, deriveKeyingMaterial } from './scheme';
import {
  ACTORS,
  type Actor,
  type CarriedParam,
  type Goal,
  type Link,
  type StepDef,
  type Trace,
  type ValueName,
} from './types';
import { World } from './world';

/** Messages 5 and 6 say "the parameters received in message 2": how each reading takes that. */
const READING_NOTES: Record<Scenario['reading'], Record<number, string>> = {
  intended: {
    5: 'The text says “the parameters received in message 2”; the intended reading carries what UE_2 sent in message 4, as the flow needs.',
    6: 'The text says “the parameters received in message 2”; the intended reading carries what MME_1 received in message 5, so that UE_1 gets the DKSI and Keying_material_2.',
  },
  literal: {
    5: 'As written: MME_2 sends MME_1 the parameters it received in message 2 (which MME_1 itself sent) and Keying_material_2. What UE_2 sent in message 4 stays at MME_2.',
    6: 'As written: MME_1 sends UE_1 “the parameters received in message 2”. MME_1 sent message 2, it never received it; kdflow takes the parameters message 2 carried.',
  },
};

const QUOTES = {
  2: 'It includes the connection identity or EXP code that was received in message 1.',
  3: '3. MME_2 sends UE_2 the connection identity or EXP code that was received in message 2.',
  5: '5. MME_2 sends MME_1 the parameters received in message 2 and Keying_material_2.',
  6: '6. MME_1 sends UE_1 the parameters received in message 2.',
} as const;

const named = (name: ValueName): CarriedParam => ({ name, basis: 'named' });
const ffs = (name: ValueName): CarriedParam => ({ name, basis: 'ffs' });

/** The link between two actors. */
function linkOf(from: Actor, to: Actor): Link {
  const pair = [from, to].sort().join(' ');
  if (pair === 'MME_1 UE_1') return 'NAS-1';
  if (pair === 'MME_2 UE_2') return 'NAS-2';
  if (pair === 'MME_1 MME_2') return 'MME-MME';
  return 'PC5';
}

function message(
  scenario: Scenario,
  n: number,
  from: Actor,
  to: Actor,
  messageName: string | null,
  params: CarriedParam[],
  summary: string,
): StepDef {
  const reading = READING_NOTES[scenario.reading][n];
  return {
    ...(reading === undefined ? {} : { reading }),
    ...(messageName === null ? {} : { messageName }),
    n,
    kind: 'message',
    from,
    to,
    link: linkOf(from, to),
    actors: [from, to],
    title: messageName ?? `Message ${n}`,
    params,
    summary,
    sentences: STEP_SENTENCES[n] ?? [],
  };
}

/**
 * Runs the procedure of clause 6.3.4.3.2 for one scenario and seed, and returns the trace: for each
 * step 0–7 the message or calculation, what the actors did, and what each of UE_1, MME_1, MME_2 and
 * UE_2 holds once it is done, with where every value came from. Pure and deterministic: the same
 * arguments always give the same bytes. A flow that loses a value (as the literal reading does)
 * still runs; the value is simply missing where it never arrived.
 */
export function simulate(
  scenario: Scenario,
  seed: string,
  inputs: Inputs = seededInputs(seed),
): Trace {
  const w = new World();
  const calculated = scenario.mode === 'calculated';
  const literal = scenario.reading === 'literal';
  const peerRef: ValueName = scenario.peer === 'exp-code' ? 'EXP_code' : 'connection_identity';
  const newId = sendsNewConnectionIdentity(scenario);
  const steps: Trace['steps'] = [];
  const record = (def: StepDef) => steps.push({ def, ...w.endStep() });

  // Before the procedure: each UE shares K_ASME_i with its MME after EPS AKA, and both UEs know
  // how UE_1 names UE_2 (a connection identity UE_2 gave earlier, or UE_2's EXP code).
  for (const [actor, names] of [
    ['UE_1', ['K_ASME_1', 'UE_1_ID', peerRef]],
    ['MME_1', ['K_ASME_1', 'UE_1_ID']],
    ['MME_2', ['K_ASME_2', 'UE_2_ID']],
    ['UE_2', ['K_ASME_2', 'UE_2_ID', peerRef]],
  ] as const)
    for (const name of names) w.hold(actor, name, inputs[name]);
  // 0a with UEs already connected: both hold the KD in use, its DKSI and the KD-sess derived from
  // it on the earlier connection (with nonces of that connection, drawn from the seed).
  const rekeying = scenario.trigger === '0a';
  if (rekeying) {
    const oldSess = deriveKdSess(
      { name: 'KD_old', bytes: inputs.KD_old },
      { name: 'Nonce_1', bytes: seededBytes(seed, 'Nonce_1_old', 16) },
      { name: 'Nonce_2', bytes: seededBytes(seed, 'Nonce_2_old', 16) },
      'KD_sess_old',
    );
    for (const ue of ['UE_1', 'UE_2'] as const) {
      w.hold(ue, 'KD_old', inputs.KD_old);
      w.hold(ue, 'DKSI_old', inputs.DKSI_old);
      w.hold(ue, 'KD_sess_old', oldSess.out);
    }
  }
  const initial = Object.fromEntries(ACTORS.map((a) => [a, w.names(a)])) as Trace['initial'];
  record({
    n: 0,
    kind: 'trigger',
    actors: ['UE_1'],
    title:
      scenario.trigger === '0a' ? '0a. UE_1 wants a new KD' : '0b. UE_1 wants to connect to UE_2',
    params: [],
    summary:
      scenario.trigger === '0a'
        ? 'UE_1 has received a Direct-Connection-Request or Direct-Rekeying-Request and wants a new KD.'
        : 'UE_1 wants a connection with UE_2 through the network authorised procedure.',
    sentences: STEP_SENTENCES[0] ?? [],
  });

  // 1. ESR. In the illustrative scheme the ESR's uplink NAS COUNT is the freshness for
  // Keying_material_1, which UE_1 can derive at once.
  const m1 = [named(peerRef)];
  if (calculated) {
    w.generate(1, 'UE_1', 'NAS_COUNT_1', inputs.NAS_COUNT_1, 'uplink NAS COUNT of message 1');
    w.derive(1, 'UE_1', 'Keying_material_1', ['K_ASME_1', 'NAS_COUNT_1'], ([k, c]) =>
      deriveKeyingMaterial(1, k!, c!),
    );
    m1.push(ffs('NAS_COUNT_1'));
  }
  w.send(1, 'UE_1', 'MME_1', m1);
  record(
    message(
      scenario,
      1,
      'UE_1',
      'MME_1',
      'Extended Service Request (ESR)',
      m1,
      calculated
        ? 'UE_1 asks MME_1 for a direct connection and derives Keying_material_1 from K_ASME_1 and the NAS COUNT.'
        : 'UE_1 asks MME_1 for a direct connection to UE_2.',
    ),
  );

  // 2. Direct-Keying-Request.
  if (calculated) {
    w.derive(2, 'MME_1', 'Keying_material_1', ['K_ASME_1', 'NAS_COUNT_1'], ([k, c]) =>
      deriveKeyingMaterial(1, k!, c!),
    );
  } else {
    w.generate(2, 'MME_1', 'KD', inputs.common_KD, 'common KD proposed by MME_1 to MME_2');
    w.copy(2, 'MME_1', 'Keying_material_1', 'KD', 'the common KD sent as Keying_material_1');
  }
  w.refer('MME_1', 1, QUOTES[2]);
  const m2 = [named(peerRef), named('Keying_material_1'), ffs('UE_1_ID')];
  w.send(2, 'MME_1', 'MME_2', m2);
  if (!calculated) w.copy(2, 'MME_2', 'KD', 'Keying_material_1', 'MME_2 agrees to the common KD');
  record(
    message(
      scenario,
      2,
      'MME_1',
      'MME_2',
      'Direct-Keying-Request',
      m2,
      calculated
        ? 'MME_1 derives Keying_material_1 like UE_1 did and sends it to MME_2.'
        : 'MME_1 proposes a common KD and sends it to MME_2 as Keying_material_1.',
    ),
  );

  // 3. MME_2 → UE_2: UE_2 gets the opposite peer's keying material.
  const m3 = [named(peerRef), ffs('Keying_material_1'), ffs('UE_1_ID')];
  if (calculated) {
    w.generate(3, 'MME_2', 'NAS_COUNT_2', inputs.NAS_COUNT_2, 'downlink NAS COUNT of message 3');
    m3.push(ffs('NAS_COUNT_2'));
  }
  w.refer('MME_2', 2, QUOTES[3]);
  w.send(3, 'MME_2', 'UE_2', m3);
  record(
    message(
      scenario,
      3,
      'MME_2',
      'UE_2',
      null,
      m3,
      calculated
        ? 'MME_2 forwards the peer reference and Keying_material_1 to UE_2 over NAS.'
        : 'MME_2 sends UE_2 the common KD as Keying_material_1 over NAS.',
    ),
  );

  // 4. UE_2 → MME_2: a new connection identity when needed, and the DKSI for KD.
  const m4: CarriedParam[] = [];
  if (newId) {
    w.generate(
      4,
      'UE_2',
      'new_connection_identity',
      inputs.new_connection_identity,
      scenario.peer === 'exp-code'
        ? 'none came in message 3, so UE_2 must send one'
        : 'UE_2 refreshes its connection identity',
    );
    m4.push(named('new_connection_identity'));
  }
  // When rekeying, the new DKSI must differ from the one in use.
  const dksi =
    rekeying && inputs.DKSI[0] === inputs.DKSI_old[0]
      ? Uint8Array.of(((inputs.DKSI[0] ?? 0) + 1) % 7)
      : inputs.DKSI;
  w.generate(
    4,
    'UE_2',
    'DKSI',
    dksi,
    dksi === inputs.DKSI
      ? 'selected by UE_2 to name KD'
      : 'selected by UE_2 to name KD; the next value, as the drawn one names the KD in use',
  );
  m4.push(named('DKSI'));
  if (calculated) {
    w.derive(4, 'UE_2', 'Keying_material_2', ['K_ASME_2', 'NAS_COUNT_2'], ([k, c]) =>
      deriveKeyingMaterial(2, k!, c!),
    );
  }
  w.send(4, 'UE_2', 'MME_2', m4);
  record(
    message(
      scenario,
      4,
      'UE_2',
      'MME_2',
      null,
      m4,
      (newId
        ? 'UE_2 sends a new connection identity and the DKSI it selected'
        : 'UE_2 sends the DKSI it selected') +
        (calculated ? '; it derives Keying_material_2 from K_ASME_2 and the NAS COUNT.' : '.'),
    ),
  );

  // 5. MME_2 → MME_1: "the parameters received in message 2 and Keying_material_2".
  if (calculated) {
    w.derive(5, 'MME_2', 'Keying_material_2', ['K_ASME_2', 'NAS_COUNT_2'], ([k, c]) =>
      deriveKeyingMaterial(2, k!, c!),
    );
  } else {
    w.copy(5, 'MME_2', 'Keying_material_2', 'KD', 'the common KD sent back as Keying_material_2');
  }
  w.refer('MME_2', literal ? 2 : 4, QUOTES[5]);
  const m5 = [...(literal ? m2 : m4), named('Keying_material_2'), ffs('UE_2_ID')];
  w.send(5, 'MME_2', 'MME_1', m5);
  record(
    message(
      scenario,
      5,
      'MME_2',
      'MME_1',
      null,
      m5,
      literal
        ? 'MME_2 returns what it received in message 2, with Keying_material_2.'
        : calculated
          ? 'MME_2 derives Keying_material_2 and returns it to MME_1 with what UE_2 sent.'
          : 'MME_2 confirms the common KD as Keying_material_2 and returns it with what UE_2 sent.',
    ),
  );

  // 6. MME_1 → UE_1: "the parameters received in message 2". The pCR's introduction has UE_1
  // receive Keying_material_2, so the literal reading carries it as an FFS parameter.
  w.refer('MME_1', literal ? 2 : 5, QUOTES[6]);
  const m6 = literal ? [...m2, ffs('Keying_material_2'), ffs('UE_2_ID')] : [...m5];
  w.send(6, 'MME_1', 'UE_1', m6);
  record(
    message(
      scenario,
      6,
      'MME_1',
      'UE_1',
      null,
      m6,
      literal
        ? 'MME_1 sends UE_1 what message 2 carried, with Keying_material_2: no DKSI.'
        : calculated
          ? 'MME_1 forwards Keying_material_2, the DKSI and UE_2’s identities to UE_1 over NAS.'
          : 'MME_1 sends UE_1 the common KD as Keying_material_2, with the DKSI, over NAS.',
    ),
  );

  // 7. Both UEs establish KD.
  for (const ue of ['UE_1', 'UE_2'] as const) {
    if (calculated) {
      w.derive(
        7,
        ue,
        'KD',
        ['Keying_material_1', 'Keying_material_2', 'UE_1_ID', 'UE_2_ID'],
        ([km1, km2, id1, id2]) => deriveKd(km1!, km2!, id1!, id2!),
      );
    } else {
      const received: ValueName = ue === 'UE_1' ? 'Keying_material_2' : 'Keying_material_1';
      w.copy(
        7,
        ue,
        'KD',
        received,
        'established, not calculated: the keying material is the common KD',
      );
    }
  }
  if (rekeying)
    for (const ue of ['UE_1', 'UE_2'] as const)
      for (const old of ['KD_old', 'DKSI_old', 'KD_sess_old'] as const) w.retire(7, ue, old);
  record({
    n: 7,
    kind: 'calculation',
    actors: ['UE_1', 'UE_2'],
    title: calculated ? 'Both UEs calculate KD' : 'Both UEs establish the common KD',
    params: [named('KD'), named('DKSI')],
    summary: calculated
      ? 'UE_1 and UE_2 each calculate KD from both keying materials and both identities, named by the DKSI.'
      : 'UE_1 and UE_2 take the received keying material as KD: established, not calculated.',
    sentences: STEP_SENTENCES[7] ?? [],
  });

  pc5(w, scenario, inputs, record);

  const goals: Goal[] = [];
  for (const ue of ['UE_1', 'UE_2'] as const) {
    goals.push({ actor: ue, value: 'KD', why: 'both UEs must hold KD at step 7' });
    goals.push({ actor: ue, value: 'DKSI', why: 'the DKSI names KD at both UEs' });
  }
  if (newId)
    goals.push({
      actor: 'UE_1',
      value: 'new_connection_identity',
      why: 'UE_2 sent a new connection identity in message 4 for UE_1 to use',
    });
  return { scenario, seed, initial, steps, goals };
}

/**
 * After the clause: the UEs start using KD on PC5, in the pattern of TS 33.303 (illustrative).
 * 8. Direct Connection Request (or Direct Rekeying Request when rekeying) with Nonce_1 and the
 * DKSI; 9. Direct Security Mode Command with Nonce_2; both UEs derive KD-sess; 10. Complete.
 */
function pc5(w: World, scenario: Scenario, inputs: Inputs, record: (def: StepDef) => void): void {
  const kdSess = (ue: Actor) =>
    w.derive(9, ue, 'KD_sess', ['KD', 'Nonce_1', 'Nonce_2'], ([kd, n1, n2]) =>
      deriveKdSess(
        { name: 'KD', bytes: kd! },
        { name: 'Nonce_1', bytes: n1! },
        { name: 'Nonce_2', bytes: n2! },
      ),
    );
  const name = scenario.trigger === '0a' ? 'Direct Rekeying Request' : 'Direct Connection Request';
  w.generate(8, 'UE_1', 'Nonce_1', inputs.Nonce_1, 'fresh nonce for this connection');
  const m8 = [named('Nonce_1'), named('DKSI')];
  w.send(8, 'UE_1', 'UE_2', m8);
  record({
    ...message(
      scenario,
      8,
      'UE_1',
      'UE_2',
      name,
      m8,
      'UE_1 starts using KD on PC5: it sends Nonce_1 and the DKSI that names KD, in clear.',
    ),
    sentences: [],
  });

  w.generate(9, 'UE_2', 'Nonce_2', inputs.Nonce_2, 'fresh nonce for this connection');
  kdSess('UE_2');
  const m9 = [named('Nonce_2')];
  w.send(9, 'UE_2', 'UE_1', m9);
  kdSess('UE_1');
  record({
    ...message(
      scenario,
      9,
      'UE_2',
      'UE_1',
      'Direct Security Mode Command',
      m9,
      'UE_2 sends Nonce_2, protected with KD-sess = KDF(KD, Nonce_1, Nonce_2); both UEs derive KD-sess.',
    ),
    sentences: [],
  });

  w.send(10, 'UE_1', 'UE_2', []);
  record({
    ...message(
      scenario,
      10,
      'UE_1',
      'UE_2',
      'Direct Security Mode Complete',
      [],
      'UE_1 answers under KD-sess: UE_2 now knows that UE_1 holds KD.',
    ),
    sentences: [],
  });
}
