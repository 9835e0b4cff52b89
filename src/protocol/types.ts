/**
 * The types of clause 6.3.4.3.2's procedure: the engine's generic types (engine/types.ts) with its
 * actors, values and scenario filled in.
 */
import type * as E from './engine/types';
import type { Scenario } from './scenario';

export type { Basis } from './engine/types';

export const ACTORS = ['UE_1', 'MME_1', 'MME_2', 'UE_2'] as const;
export type Actor = (typeof ACTORS)[number];

/** Every value an actor can hold, spelled as the spec spells it where it names it. */
export const VALUE_NAMES = [
  'K_ASME_1',
  'K_ASME_2',
  'UE_1_ID',
  'UE_2_ID',
  'EXP_code',
  'connection_identity',
  'new_connection_identity',
  'NAS_COUNT_1',
  'NAS_COUNT_2',
  'DH_private_1',
  'DH_private_2',
  'Keying_material_1',
  'Keying_material_2',
  'DH_shared',
  'DKSI',
  'KD',
  'Nonce_1',
  'Nonce_2',
  'KD_sess',
  'Integrity_algorithm',
  'K_int',
  'MAC_command',
  'XMAC_command',
  'MAC_complete',
  'XMAC_complete',
  'KD_old',
  'DKSI_old',
  'KD_sess_old',
  // An attacker's own values (attacks.ts): what it sends in place of the keying material, its
  // X25519 keys and secrets, and its copies of the KD each UE ends with.
  'MITM_private_1',
  'MITM_private_2',
  'MITM_keying_material_1',
  'MITM_keying_material_2',
  'MITM_DH_shared_1',
  'MITM_DH_shared_2',
  'KD_UE_1',
  'KD_UE_2',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];

export type Derivation = E.Derivation<ValueName>;
export type KdfDerivation = E.KdfDerivation<ValueName>;
export type Provenance = E.Provenance<Actor, ValueName>;
export type HeldValue = E.HeldValue<Actor, ValueName>;
export type CarriedParam = E.CarriedParam<ValueName>;
export type StepDef = E.StepDef<Actor, ValueName>;
export type StepSpec = E.StepSpec<Actor, ValueName, Scenario>;
export type StepAction = E.StepAction<Actor, ValueName, Scenario>;
export type Procedure = E.Procedure<Actor, ValueName, Scenario>;
export type Holdings = E.Holdings<Actor, ValueName>;
export type Action = E.Action<Actor, ValueName>;
export type Goal = E.Goal<Actor, ValueName>;
export type TraceStep = E.TraceStep<Actor, ValueName>;
export type Trace = E.Trace<Actor, ValueName, Scenario>;

/**
 * The link a message crosses: NAS between a UE and its MME, the MME–MME interface, or PC5 between
 * the UEs (procedure/links.ts says what protects each).
 */
export const LINK_IDS = ['NAS-1', 'NAS-2', 'MME-MME', 'PC5'] as const;
export type Link = (typeof LINK_IDS)[number];
