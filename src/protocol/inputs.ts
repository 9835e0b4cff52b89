import { seededBytes, seededSmallInt } from './seeded';

/** The random-looking inputs of one run, all drawn from the text seed. */
export interface Inputs {
  K_ASME_1: Uint8Array;
  K_ASME_2: Uint8Array;
  UE_1_ID: Uint8Array;
  UE_2_ID: Uint8Array;
  EXP_code: Uint8Array;
  connection_identity: Uint8Array;
  new_connection_identity: Uint8Array;
  NAS_COUNT_1: Uint8Array;
  NAS_COUNT_2: Uint8Array;
  DKSI: Uint8Array;
  /** The KD that MME_1 and MME_2 agree on in the `common` mode. */
  commonKd: Uint8Array;
}

/** A NAS COUNT is 24 bits (overflow || SQN) carried in 32: the top octet is zero. */
function nasCount(seed: string, name: string): Uint8Array {
  const c = seededBytes(seed, name, 4);
  c[0] = 0;
  return c;
}

/** Draws every input from the seed; the same seed gives the same bytes everywhere. */
export function seededInputs(seed: string): Inputs {
  return {
    K_ASME_1: seededBytes(seed, 'K_ASME_1', 32),
    K_ASME_2: seededBytes(seed, 'K_ASME_2', 32),
    UE_1_ID: seededBytes(seed, 'UE_1_ID', 3),
    UE_2_ID: seededBytes(seed, 'UE_2_ID', 3),
    EXP_code: seededBytes(seed, 'EXP_code', 8),
    connection_identity: seededBytes(seed, 'connection_identity', 4),
    new_connection_identity: seededBytes(seed, 'new_connection_identity', 4),
    NAS_COUNT_1: nasCount(seed, 'NAS_COUNT_1'),
    NAS_COUNT_2: nasCount(seed, 'NAS_COUNT_2'),
    // DKSI is 3 bits like NAS KSI; 7 means "no key", so UE_2 picks from 0–6.
    DKSI: Uint8Array.of(seededSmallInt(seed, 'DKSI', 7)),
    commonKd: seededBytes(seed, 'common_KD', 32),
  };
}
