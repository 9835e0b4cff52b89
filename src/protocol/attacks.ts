/**
 * Attackers replayed with real bytes: each profile says what it assumes, and an active one is an
 * `Attack` the interpreter runs with the procedure (its own actions, derivations and
 * substitutions), so its outcome comes from bytes, never from words. This is symbolic reasoning
 * over the flow, useful to teach and to compare schemes; it is not a proof.
 */
import type { Attack, DerivationSpec, StepAction } from './engine/types';
import type { SchemeId, Scenario } from './scenario';
import { derivationSpec, schemeOf } from './scheme';
import { seededBytes } from './seeded';
import type { Actor, ValueName } from './types';

export const ATTACKER_IDS = [
  'none',
  'curious-mme',
  'malicious-mme1',
  's10-eavesdropper',
  'kasme-leak',
] as const;
export type AttackerId = (typeof ATTACKER_IDS)[number];

export interface AttackerProfile {
  id: AttackerId;
  label: string;
  /** What the attacker is and can do, and what kdflow assumes of it. */
  assumes: string;
  /** An active attacker's replay under a scheme; a passive one has none (it only learns). */
  attack?: (scheme: SchemeId) => Attack<Actor, ValueName, Scenario>;
}

export const ATTACKERS: readonly AttackerProfile[] = [
  { id: 'none', label: 'no attacker', assumes: 'Every actor follows the flow.' },
  {
    id: 'curious-mme',
    label: 'curious MME_1',
    assumes:
      'MME_1 follows the flow but computes what it can from what it holds and sees, with a receiver on PC5 that hears the direct link in clear.',
  },
  {
    id: 'malicious-mme1',
    label: 'malicious MME_1',
    assumes:
      'MME_1 replaces the keying material it forwards, in message 2 (to MME_2 and on to UE_2) and message 6 (to UE_1), with its own, and computes the KD each UE then ends with; it does not relay on PC5, where the UEs talk directly. The UEs cannot tell a substituted value from a true one: NAS protects the message, not what MME_1 puts in it.',
    attack: maliciousMme1,
  },
  {
    id: 's10-eavesdropper',
    label: 'S10 eavesdropper',
    assumes:
      'A passive eavesdropper on the MME–MME link, which the text does not require to be protected: it is taken as in clear.',
  },
  {
    id: 'kasme-leak',
    label: 'K_ASME leak',
    assumes:
      'Later, after the run and once its ephemeral values are deleted, an attacker learns K_ASME_1 and K_ASME_2 and holds every recorded message (a NAS link opens with its K_ASME; the MME–MME link only where it is in clear).',
  },
];

const MITM: Actor = 'MME_1';
const gen = (value: ValueName, octets = 32): StepAction<Actor, ValueName, Scenario> => ({
  do: 'generate',
  actor: MITM,
  value,
  bytes: (c) => seededBytes(c.seed, value, octets),
  how: 'drawn by the attacking MME_1 for its substitution',
});
const derive = (use: string): StepAction<Actor, ValueName, Scenario> => ({
  do: 'derive',
  actor: MITM,
  use,
});

/** A scheme's derivation with other inputs and output: the attacker computes what a UE does. */
function like(
  scheme: SchemeId,
  use: 'kd' | 'keying-material-1' | 'dh-shared-1',
  id: string,
  output: ValueName,
  key: readonly ValueName[],
  params: readonly ValueName[],
): DerivationSpec<ValueName> {
  const base = derivationSpec(use, schemeOf({ scheme }));
  return {
    ...base,
    id,
    output,
    key,
    params,
    doc: `The attacker’s copy: ${base.doc}`,
  } as DerivationSpec<ValueName>;
}

const SUBSTITUTE = {
  dkr: { Keying_material_1: 'MITM_keying_material_1' },
  'to-ue1': { Keying_material_2: 'MITM_keying_material_2' },
} as const;

/** The malicious MME_1 of each scheme, as an attack the interpreter runs. */
export function maliciousMme1(scheme: SchemeId): Attack<Actor, ValueName, Scenario> {
  const common = { id: 'malicious-mme1', actor: MITM, substitute: SUBSTITUTE };
  switch (scheme) {
    case 'common':
      // UE_2 takes the attacker's value as KD (message 3 brings it), UE_1 the other (message 6).
      return {
        ...common,
        before: { dkr: [gen('MITM_keying_material_1')], 'to-ue1': [gen('MITM_keying_material_2')] },
        after: {
          kd: [
            {
              do: 'copy',
              actor: MITM,
              value: 'KD_UE_1',
              from: 'MITM_keying_material_2',
              how: 'UE_1 takes it as KD',
            },
            {
              do: 'copy',
              actor: MITM,
              value: 'KD_UE_2',
              from: 'MITM_keying_material_1',
              how: 'UE_2 takes it as KD',
            },
          ],
        },
      };
    case 'kdf':
      return {
        ...common,
        before: { dkr: [gen('MITM_keying_material_1')], 'to-ue1': [gen('MITM_keying_material_2')] },
        derivations: [
          like(
            'kdf',
            'kd',
            'attack-kd-ue-1',
            'KD_UE_1',
            ['Keying_material_1', 'MITM_keying_material_2'],
            ['UE_1_ID', 'UE_2_ID'],
          ),
          like(
            'kdf',
            'kd',
            'attack-kd-ue-2',
            'KD_UE_2',
            ['MITM_keying_material_1', 'Keying_material_2'],
            ['UE_1_ID', 'UE_2_ID'],
          ),
        ],
        after: { kd: [derive('attack-kd-ue-1'), derive('attack-kd-ue-2')] },
      };
    case 'dh':
      // Two exchanges: the attacker's first key pair with UE_2, its second with UE_1.
      return {
        ...common,
        before: {
          dkr: [gen('MITM_private_1'), derive('attack-public-1')],
          'to-ue1': [gen('MITM_private_2'), derive('attack-public-2')],
        },
        derivations: [
          like(
            'dh',
            'keying-material-1',
            'attack-public-1',
            'MITM_keying_material_1',
            ['MITM_private_1'],
            [],
          ),
          like(
            'dh',
            'keying-material-1',
            'attack-public-2',
            'MITM_keying_material_2',
            ['MITM_private_2'],
            [],
          ),
          like(
            'dh',
            'dh-shared-1',
            'attack-dh-1',
            'MITM_DH_shared_1',
            ['MITM_private_2'],
            ['Keying_material_1'],
          ),
          like(
            'dh',
            'dh-shared-1',
            'attack-dh-2',
            'MITM_DH_shared_2',
            ['MITM_private_1'],
            ['Keying_material_2'],
          ),
          like(
            'dh',
            'kd',
            'attack-kd-ue-1',
            'KD_UE_1',
            ['MITM_DH_shared_1'],
            ['UE_1_ID', 'UE_2_ID', 'Keying_material_1', 'MITM_keying_material_2'],
          ),
          like(
            'dh',
            'kd',
            'attack-kd-ue-2',
            'KD_UE_2',
            ['MITM_DH_shared_2'],
            ['UE_1_ID', 'UE_2_ID', 'MITM_keying_material_1', 'Keying_material_2'],
          ),
        ],
        after: {
          kd: [
            derive('attack-dh-1'),
            derive('attack-dh-2'),
            derive('attack-kd-ue-1'),
            derive('attack-kd-ue-2'),
          ],
        },
      };
  }
}

/** The attack the interpreter runs for a profile under a scheme: none for a passive one. */
export function attackOf(
  attacker: AttackerId,
  scheme: SchemeId,
): Attack<Actor, ValueName, Scenario> | undefined {
  return ATTACKERS.find((a) => a.id === attacker)?.attack?.(scheme);
}

/** The attacker whose run a profile replays: itself if active, else the honest run's (`none`). */
export function runOf(attacker: AttackerId): AttackerId {
  return ATTACKERS.find((a) => a.id === attacker)?.attack ? attacker : 'none';
}
