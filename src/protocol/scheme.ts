/**
 * The illustrative key establishment scheme. TR clause 6.3.4.3.2 leaves the keying material and
 * the KD calculation FFS ("The details of the key establishment protocol need to be added"); this
 * is ONE way to fill them in so that the app can show real bytes. Nothing here is standardised and
 * the FC values are not allocated by 3GPP.
 */
import { concatBytes } from './bytes';
import { kdf, kdfInput } from './kdf';
import type { Derivation, ValueName } from './types';

/** Illustrative FC for Keying_material_i = KDF(K_ASME_i, FC, NAS COUNT). Not allocated. */
export const FC_KEYING_MATERIAL = 0xd0;
/** Illustrative FC for KD = KDF(Keying_material_1 || Keying_material_2, FC, UE_1 ID, UE_2 ID). */
export const FC_KD = 0xd1;

/**
 * Illustrative FC for KD-sess = KDF(KD, FC, Nonce_1, Nonce_2). Not allocated: the study allocates
 * none. By analogy only, TS 33.536 derives KNRP-sess with FC 0x7F, P0 = Nonce_1, P1 = Nonce_2.
 */
export const FC_KD_SESS = 0xd2;

type Named = { name: ValueName; bytes: Uint8Array };

function derive(output: ValueName, keyParts: Named[], fc: number, params: Named[]): Derivation {
  const key = concatBytes(...keyParts.map((k) => k.bytes));
  const paramBytes = params.map((p) => p.bytes);
  return {
    output,
    keyNames: keyParts.map((k) => k.name),
    key,
    fc,
    params,
    s: kdfInput(fc, paramBytes),
    out: kdf(key, fc, paramBytes),
  };
}

/**
 * Keying_material_i, computed alike by UE_i and MME_i from the K_ASME_i they share and a NAS COUNT
 * both hold, so that the UE holds it "locally" without it crossing the air.
 */
export function deriveKeyingMaterial(
  i: 1 | 2,
  kAsme: Uint8Array,
  nasCount: Uint8Array,
): Derivation {
  return derive(
    i === 1 ? 'Keying_material_1' : 'Keying_material_2',
    [{ name: i === 1 ? 'K_ASME_1' : 'K_ASME_2', bytes: kAsme }],
    FC_KEYING_MATERIAL,
    [{ name: i === 1 ? 'NAS_COUNT_1' : 'NAS_COUNT_2', bytes: nasCount }],
  );
}

/**
 * KD from both keying materials and both identities, always in the order 1 then 2, so that UE_1
 * (own Keying_material_1, received Keying_material_2) and UE_2 (the reverse) get the same bytes.
 */
export function deriveKd(
  keyingMaterial1: Uint8Array,
  keyingMaterial2: Uint8Array,
  ue1Id: Uint8Array,
  ue2Id: Uint8Array,
): Derivation {
  return derive(
    'KD',
    [
      { name: 'Keying_material_1', bytes: keyingMaterial1 },
      { name: 'Keying_material_2', bytes: keyingMaterial2 },
    ],
    FC_KD,
    [
      { name: 'UE_1_ID', bytes: ue1Id },
      { name: 'UE_2_ID', bytes: ue2Id },
    ],
  );
}

/** KD-sess (or the old one) from a KD and the two nonces exchanged on PC5, in the order 1, 2. */
export function deriveKdSess(
  kd: { name: ValueName; bytes: Uint8Array },
  nonce1: { name: ValueName; bytes: Uint8Array },
  nonce2: { name: ValueName; bytes: Uint8Array },
  output: ValueName = 'KD_sess',
): Derivation {
  return derive(output, [kd], FC_KD_SESS, [nonce1, nonce2]);
}
