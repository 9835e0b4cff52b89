import { toHex } from './bytes';
import { STEP_SENTENCES } from './clause';
import { seededInputs, type Inputs } from './inputs';
import { sendsNewConnectionIdentity, type Scenario } from './scenario';
import { deriveKd, deriveKeyingMaterial } from './scheme';
import {
  ACTORS,
  VALUE_NAMES,
  type Actor,
  type CarriedParam,
  type HeldValue,
  type Holdings,
  type Provenance,
  type StepDef,
  type Trace,
  type ValueName,
} from './types';

/** What the actors hold while the run goes on; snapshots of it become the trace. */
class World {
  private readonly held = new Map<Actor, Map<ValueName, HeldValue>>(
    ACTORS.map((a) => [a, new Map()]),
  );

  private mine(actor: Actor): Map<ValueName, HeldValue> {
    const m = this.held.get(actor);
    if (!m) throw new Error(`unknown actor ${actor}`);
    return m;
  }

  put(actor: Actor, name: ValueName, bytes: Uint8Array, provenance: Provenance): void {
    this.mine(actor).set(name, { name, bytes, hex: toHex(bytes), provenance });
  }

  get(actor: Actor, name: ValueName): Uint8Array {
    const v = this.mine(actor).get(name);
    // A sender can only use what it holds: a broken flow fails loudly here, not on screen.
    if (!v) throw new Error(`${actor} does not hold ${name}`);
    return v.bytes;
  }

  /** Delivers every parameter of message `step` from `from` to `to`. */
  send(step: number, from: Actor, to: Actor, params: CarriedParam[]): void {
    for (const p of params)
      this.put(to, p.name, this.get(from, p.name), { kind: 'received', step, from });
  }

  snapshot(): Holdings {
    const order = (v: HeldValue) => VALUE_NAMES.indexOf(v.name);
    const out = {} as Holdings;
    for (const a of ACTORS) out[a] = [...this.mine(a).values()].sort((x, y) => order(x) - order(y));
    return out;
  }
}

/**
 * Messages 5 and 6 say "the parameters received in message 2", which would leave UE_1 without the
 * DKSI; kdflow follows the evident intent and says so on screen.
 */
const READINGS: Record<number, string> = {
  5: 'The text says “the parameters received in message 2”; kdflow carries what UE_2 sent in message 4, as the flow needs.',
  6: 'The text says “the parameters received in message 2”; kdflow carries what MME_1 received in message 5, so that UE_1 gets the DKSI and Keying_material_2.',
};

const named = (name: ValueName): CarriedParam => ({ name, basis: 'named' });
const ffs = (name: ValueName): CarriedParam => ({ name, basis: 'ffs' });

function message(
  n: number,
  from: Actor,
  to: Actor,
  messageName: string | null,
  params: CarriedParam[],
  summary: string,
): StepDef {
  const reading = READINGS[n];
  return {
    ...(reading === undefined ? {} : { reading }),
    ...(messageName === null ? {} : { messageName }),
    n,
    kind: 'message',
    from,
    to,
    actors: [from, to],
    title: messageName ?? `Message ${n}`,
    params,
    summary,
    sentences: STEP_SENTENCES[n] ?? [],
  };
}

/**
 * Runs the procedure of clause 6.3.4.3.2 for one scenario and seed, and returns the trace: for each
 * step 0–7 the message or calculation, and what each of UE_1, MME_1, MME_2 and UE_2 holds once it
 * is done, with where every value came from. Pure and deterministic: the same arguments always give
 * the same bytes.
 */
export function simulate(
  scenario: Scenario,
  seed: string,
  inputs: Inputs = seededInputs(seed),
): Trace {
  const w = new World();
  const calculated = scenario.mode === 'calculated';
  const peerRef: ValueName = scenario.peer === 'exp-code' ? 'EXP_code' : 'connection_identity';
  const newId = sendsNewConnectionIdentity(scenario);
  const steps: Trace['steps'] = [];
  const record = (def: StepDef) => steps.push({ def, holdings: w.snapshot() });
  const held: Provenance = { kind: 'held' };

  // Before the procedure: each UE shares K_ASME_i with its MME after EPS AKA, and both UEs know
  // how UE_1 names UE_2 (a connection identity UE_2 gave earlier, or UE_2's EXP code).
  w.put('UE_1', 'K_ASME_1', inputs.K_ASME_1, held);
  w.put('UE_1', 'UE_1_ID', inputs.UE_1_ID, held);
  w.put('UE_1', peerRef, inputs[peerRef], held);
  w.put('MME_1', 'K_ASME_1', inputs.K_ASME_1, held);
  w.put('MME_1', 'UE_1_ID', inputs.UE_1_ID, held);
  w.put('MME_2', 'K_ASME_2', inputs.K_ASME_2, held);
  w.put('MME_2', 'UE_2_ID', inputs.UE_2_ID, held);
  w.put('UE_2', 'K_ASME_2', inputs.K_ASME_2, held);
  w.put('UE_2', 'UE_2_ID', inputs.UE_2_ID, held);
  w.put('UE_2', peerRef, inputs[peerRef], held);
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
    w.put('UE_1', 'NAS_COUNT_1', inputs.NAS_COUNT_1, {
      kind: 'generated',
      step: 1,
      how: 'uplink NAS COUNT of message 1',
    });
    const d = deriveKeyingMaterial(1, w.get('UE_1', 'K_ASME_1'), w.get('UE_1', 'NAS_COUNT_1'));
    w.put('UE_1', 'Keying_material_1', d.out, { kind: 'derived', step: 1, derivation: d });
    m1.push(ffs('NAS_COUNT_1'));
  }
  w.send(1, 'UE_1', 'MME_1', m1);
  record(
    message(
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
    const d = deriveKeyingMaterial(1, w.get('MME_1', 'K_ASME_1'), w.get('MME_1', 'NAS_COUNT_1'));
    w.put('MME_1', 'Keying_material_1', d.out, { kind: 'derived', step: 2, derivation: d });
  } else {
    w.put('MME_1', 'KD', inputs.commonKd, {
      kind: 'generated',
      step: 2,
      how: 'common KD proposed by MME_1 to MME_2',
    });
    w.put('MME_1', 'Keying_material_1', inputs.commonKd, {
      kind: 'copied',
      step: 2,
      source: 'KD',
      how: 'the common KD sent as Keying_material_1',
    });
  }
  const m2 = [named(peerRef), named('Keying_material_1'), ffs('UE_1_ID')];
  w.send(2, 'MME_1', 'MME_2', m2);
  if (!calculated) {
    w.put('MME_2', 'KD', w.get('MME_2', 'Keying_material_1'), {
      kind: 'copied',
      step: 2,
      source: 'Keying_material_1',
      how: 'MME_2 agrees to the common KD',
    });
  }
  record(
    message(
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
    w.put('MME_2', 'NAS_COUNT_2', inputs.NAS_COUNT_2, {
      kind: 'generated',
      step: 3,
      how: 'downlink NAS COUNT of message 3',
    });
    m3.push(ffs('NAS_COUNT_2'));
  }
  w.send(3, 'MME_2', 'UE_2', m3);
  record(
    message(
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
    w.put('UE_2', 'new_connection_identity', inputs.new_connection_identity, {
      kind: 'generated',
      step: 4,
      how:
        scenario.peer === 'exp-code'
          ? 'none came in message 3, so UE_2 must send one'
          : 'UE_2 refreshes its connection identity',
    });
    m4.push(named('new_connection_identity'));
  }
  w.put('UE_2', 'DKSI', inputs.DKSI, {
    kind: 'generated',
    step: 4,
    how: 'selected by UE_2 to name KD',
  });
  m4.push(named('DKSI'));
  if (calculated) {
    const d = deriveKeyingMaterial(2, w.get('UE_2', 'K_ASME_2'), w.get('UE_2', 'NAS_COUNT_2'));
    w.put('UE_2', 'Keying_material_2', d.out, { kind: 'derived', step: 4, derivation: d });
  }
  w.send(4, 'UE_2', 'MME_2', m4);
  record(
    message(
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

  // 5. MME_2 → MME_1.
  if (calculated) {
    const d = deriveKeyingMaterial(2, w.get('MME_2', 'K_ASME_2'), w.get('MME_2', 'NAS_COUNT_2'));
    w.put('MME_2', 'Keying_material_2', d.out, { kind: 'derived', step: 5, derivation: d });
  } else {
    w.put('MME_2', 'Keying_material_2', w.get('MME_2', 'KD'), {
      kind: 'copied',
      step: 5,
      source: 'KD',
      how: 'the common KD sent back as Keying_material_2',
    });
  }
  const m5 = [...m4, named('Keying_material_2'), ffs('UE_2_ID')];
  w.send(5, 'MME_2', 'MME_1', m5);
  record(
    message(
      5,
      'MME_2',
      'MME_1',
      null,
      m5,
      calculated
        ? 'MME_2 derives Keying_material_2 and returns it to MME_1 with what UE_2 sent.'
        : 'MME_2 confirms the common KD as Keying_material_2 and returns it with what UE_2 sent.',
    ),
  );

  // 6. MME_1 → UE_1: UE_1 gets the opposite peer's keying material.
  const m6 = [...m5];
  w.send(6, 'MME_1', 'UE_1', m6);
  record(
    message(
      6,
      'MME_1',
      'UE_1',
      null,
      m6,
      calculated
        ? 'MME_1 forwards Keying_material_2, the DKSI and UE_2’s identities to UE_1 over NAS.'
        : 'MME_1 sends UE_1 the common KD as Keying_material_2, with the DKSI, over NAS.',
    ),
  );

  // 7. Both UEs establish KD.
  for (const ue of ['UE_1', 'UE_2'] as const) {
    if (calculated) {
      const d = deriveKd(
        w.get(ue, 'Keying_material_1'),
        w.get(ue, 'Keying_material_2'),
        w.get(ue, 'UE_1_ID'),
        w.get(ue, 'UE_2_ID'),
      );
      w.put(ue, 'KD', d.out, { kind: 'derived', step: 7, derivation: d });
    } else {
      const received: ValueName = ue === 'UE_1' ? 'Keying_material_2' : 'Keying_material_1';
      w.put(ue, 'KD', w.get(ue, received), {
        kind: 'copied',
        step: 7,
        source: received,
        how: 'established, not calculated: the keying material is the common KD',
      });
    }
  }
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
  return { scenario, seed, steps };
}
