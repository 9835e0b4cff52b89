import type { ClauseSentence } from './clause';
import type { Scenario } from './scenario';

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
  'Keying_material_1',
  'Keying_material_2',
  'DKSI',
  'KD',
  'Nonce_1',
  'Nonce_2',
  'KD_sess',
  'KD_old',
  'DKSI_old',
  'KD_sess_old',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];

/** One KDF use (TS 33.220 B.2), kept whole so that anyone can recompute it. */
export interface Derivation {
  output: ValueName;
  /** The names whose bytes, concatenated in this order, form the KDF key. */
  keyNames: ValueName[];
  key: Uint8Array;
  fc: number;
  params: { name: ValueName; bytes: Uint8Array }[];
  /** S = FC || P0 || L0 || … as fed to HMAC-SHA-256. */
  s: Uint8Array;
  out: Uint8Array;
}

/** Where an actor's value came from. */
export type Provenance =
  | { kind: 'held' }
  | { kind: 'generated'; step: number; how: string }
  | { kind: 'received'; step: number; from: Actor }
  | { kind: 'derived'; step: number; derivation: Derivation }
  | { kind: 'copied'; step: number; source: ValueName; how: string };

export interface HeldValue {
  name: ValueName;
  bytes: Uint8Array;
  hex: string;
  provenance: Provenance;
  /** The step at which the actor stopped using it (an old KD after rekeying). */
  retiredAt?: number;
}

/**
 * The link a message crosses: NAS between a UE and its MME (protected), the MME–MME interface
 * (protected by network domain security), or PC5 between the UEs (nonces and DKSI in clear).
 */
export type Link = 'NAS-1' | 'NAS-2' | 'MME-MME' | 'PC5';

/** The clause covers steps 0–7; steps after it (PC5) are kdflow's illustrative continuation. */
export const CLAUSE_LAST_STEP = 7;

/** A parameter a message carries; `ffs` where the text leaves it FFS and kdflow fills it in. */
export interface CarriedParam {
  name: ValueName;
  basis: 'named' | 'ffs';
}

export interface StepDef {
  n: number;
  kind: 'trigger' | 'message' | 'calculation';
  /** Sender and receiver of a message step. */
  from?: Actor;
  to?: Actor;
  /** The actors that act in a trigger or calculation step (for a message: sender, receiver). */
  actors: Actor[];
  /** The link a message crosses. */
  link?: Link;
  /** A short title of the step. */
  title: string;
  /** The message's name where the text gives one (messages 1 and 2 only). */
  messageName?: string;
  params: CarriedParam[];
  /** What the step does in this scenario, in one line (kdflow's words, not the clause's). */
  summary: string;
  /** Where kdflow has to read the text one way to make the flow work, said plainly. */
  reading?: string;
  /** The clause's own sentences for this step, verbatim. */
  sentences: readonly ClauseSentence[];
}

export type Holdings = Record<Actor, HeldValue[]>;

/** What an actor does in a step, by value name only: the data flow that a review checks. */
export type Action =
  | { kind: 'generate'; actor: Actor; value: ValueName }
  | { kind: 'derive'; actor: Actor; value: ValueName; inputs: ValueName[] }
  | { kind: 'send'; from: Actor; to: Actor; message: number; params: ValueName[] }
  /** The text has `actor` use "the parameters received in message N". */
  | { kind: 'refer'; actor: Actor; message: number; quote: string };

/** A value an actor must hold when the procedure ends, and why. */
export interface Goal {
  actor: Actor;
  value: ValueName;
  why: string;
}

export interface TraceStep {
  def: StepDef;
  /** What the actors did in this step, in order. */
  actions: Action[];
  /** What each actor holds once the step is done. */
  holdings: Holdings;
}

export interface Trace {
  scenario: Scenario;
  seed: string;
  /** What each actor holds before the procedure. */
  initial: Record<Actor, ValueName[]>;
  steps: TraceStep[];
  goals: Goal[];
}
