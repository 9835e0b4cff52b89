import type { ValueSpec } from './engine/types';
import type { HeldValue, ValueName } from './types';

export type ValueInfo = ValueSpec;

export const VALUE_INFO: Record<ValueName, ValueInfo> = {
  K_ASME_1: {
    label: 'K_ASME_1',
    about: 'K_ASME shared by UE_1 and MME_1 after EPS AKA (random, seeded)',
    format: 'hex',
    illustrative: false,
  },
  K_ASME_2: {
    label: 'K_ASME_2',
    about: 'K_ASME shared by UE_2 and MME_2 after EPS AKA (random, seeded)',
    format: 'hex',
    illustrative: false,
  },
  UE_1_ID: {
    label: 'UE_1 ID',
    about: 'identity of UE_1 (24 bits, like a ProSe Layer-2 ID; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  UE_2_ID: {
    label: 'UE_2 ID',
    about: 'identity of UE_2 (24 bits, like a ProSe Layer-2 ID; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  EXP_code: {
    label: 'EXP code',
    about: 'expression code that names UE_2 from discovery (64 bits here; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  connection_identity: {
    label: 'connection identity',
    about: 'connection identity UE_2 gave UE_1 previously (32 bits here; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  new_connection_identity: {
    label: 'new connection identity',
    about: 'connection identity UE_2 sends in message 4 (32 bits here; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  NAS_COUNT_1: {
    label: 'NAS COUNT (msg 1)',
    about:
      'uplink NAS COUNT of message 1: kept by UE_1 and MME_1, never sent (only its 8-bit sequence number travels); its use as freshness is illustrative',
    format: 'hex',
    illustrative: true,
  },
  NAS_COUNT_2: {
    label: 'NAS COUNT (msg 3)',
    about:
      'downlink NAS COUNT of message 3: kept by UE_2 and MME_2, never sent (only its 8-bit sequence number travels); its use as freshness is illustrative',
    format: 'hex',
    illustrative: true,
  },
  DH_private_1: {
    label: 'DH_private_1',
    about:
      'UE_1’s ephemeral X25519 private key (32 octets, RFC 7748), drawn in this run and never sent (X25519 scheme; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  DH_private_2: {
    label: 'DH_private_2',
    about:
      'UE_2’s ephemeral X25519 private key (32 octets, RFC 7748), drawn in this run and never sent (X25519 scheme; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  DH_shared: {
    label: 'DH_shared',
    about:
      'the X25519 shared secret each UE computes from its own private key and the peer’s public key (X25519 scheme; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  Keying_material_1: {
    label: 'Keying_material_1',
    about:
      'keying material of the UE_1 side (the TR leaves it FFS; the scheme says what it is: illustrative)',
    format: 'hex',
    illustrative: true,
  },
  Keying_material_2: {
    label: 'Keying_material_2',
    about:
      'keying material of the UE_2 side (the TR leaves it FFS; the scheme says what it is: illustrative)',
    format: 'hex',
    illustrative: true,
  },
  DKSI: {
    label: 'DKSI',
    about:
      'identifier of KD selected by UE_2; the text gives no format: 3 bits, 0–6, like NAS KSI, is kdflow’s (illustrative)',
    format: 'int',
    illustrative: true,
  },
  KD: {
    label: 'KD',
    about: 'the key the two UEs share for ProSe direct communication (calculation illustrative)',
    format: 'hex',
    illustrative: true,
  },
  Nonce_1: {
    label: 'Nonce_1',
    about:
      'nonce the PC5 initiator sends in its request (Direct Connection or Rekeying Request), 128 bits',
    format: 'hex',
    illustrative: false,
  },
  Nonce_2: {
    label: 'Nonce_2',
    about: 'nonce the responder sends in the Direct Security Mode Command over PC5 (128 bits)',
    format: 'hex',
    illustrative: false,
  },
  KD_sess: {
    label: 'KD-sess',
    about: 'session key of the direct link, from KD and both nonces (FC illustrative)',
    format: 'hex',
    illustrative: true,
  },
  Integrity_algorithm: {
    label: 'integrity algorithm',
    about:
      'the PC5 integrity algorithm the Direct Security Mode Command chooses; kdflow’s identity 2 stands for a choice (illustrative)',
    format: 'int',
    illustrative: true,
  },
  K_int: {
    label: 'K_int',
    about:
      'PC5 integrity key from KD-sess and the chosen algorithm, under which the security mode messages are protected (formula illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MAC_command: {
    label: 'MAC (command)',
    about:
      'MAC of the Direct Security Mode Command, made by its sender under K_int (a KDF standing in for the PC5 integrity algorithm; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  XMAC_command: {
    label: 'XMAC (command)',
    about:
      'the receiver’s own computation of the command’s MAC, compared with the MAC it received (illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MAC_complete: {
    label: 'MAC (complete)',
    about:
      'MAC of the Direct Security Mode Complete, made by its sender under K_int (a KDF standing in for the PC5 integrity algorithm; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  XMAC_complete: {
    label: 'XMAC (complete)',
    about:
      'the receiver’s own computation of the complete’s MAC, compared with the MAC it received (illustrative)',
    format: 'hex',
    illustrative: true,
  },
  KD_old: {
    label: 'KD (old)',
    about: 'the KD in use before this rekeying (trigger 0a after a Direct Rekeying Request)',
    format: 'hex',
    illustrative: true,
  },
  DKSI_old: {
    label: 'DKSI (old)',
    about: 'the DKSI of the KD in use before this rekeying (format illustrative, as DKSI)',
    format: 'int',
    illustrative: true,
  },
  KD_sess_old: {
    label: 'KD-sess (old)',
    about: 'the KD-sess in use before this rekeying, from the old KD',
    format: 'hex',
    illustrative: true,
  },
  MITM_private_1: {
    label: 'attacker’s private key (to UE_2)',
    about:
      'an X25519 private key the attacking MME_1 draws, whose public key it sends UE_2 as Keying_material_1 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MITM_private_2: {
    label: 'attacker’s private key (to UE_1)',
    about:
      'an X25519 private key the attacking MME_1 draws, whose public key it sends UE_1 as Keying_material_2 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MITM_keying_material_1: {
    label: 'attacker’s Keying_material_1',
    about:
      'what the attacking MME_1 sends in place of Keying_material_1 in message 2 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MITM_keying_material_2: {
    label: 'attacker’s Keying_material_2',
    about:
      'what the attacking MME_1 sends UE_1 in place of Keying_material_2 in message 6 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MITM_DH_shared_1: {
    label: 'attacker’s DH_shared with UE_1',
    about: 'the X25519 secret the attacking MME_1 shares with UE_1 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  MITM_DH_shared_2: {
    label: 'attacker’s DH_shared with UE_2',
    about: 'the X25519 secret the attacking MME_1 shares with UE_2 (attack replay; illustrative)',
    format: 'hex',
    illustrative: true,
  },
  KD_UE_1: {
    label: 'KD of UE_1 (attacker’s copy)',
    about: 'the attacker’s own computation of the KD UE_1 ends with (attack replay)',
    format: 'hex',
    illustrative: true,
  },
  KD_UE_2: {
    label: 'KD of UE_2 (attacker’s copy)',
    about: 'the attacker’s own computation of the KD UE_2 ends with (attack replay)',
    format: 'hex',
    illustrative: true,
  },
};

/** Renders a value as the UI shows it: DKSI as its number, everything else as hex. */
export function displayValue(name: ValueName, hex: string): string {
  return VALUE_INFO[name].format === 'int' ? String(parseInt(hex, 16)) : hex;
}

/**
 * Whether a held value is kdflow's own choice: its format or size is (the vocabulary says), or it
 * was derived by an illustrative derivation of the scheme. The one place every view asks.
 */
export function isIllustrative(v: Pick<HeldValue, 'name' | 'provenance'>): boolean {
  return (
    VALUE_INFO[v.name].illustrative ||
    (v.provenance.kind === 'derived' && v.provenance.derivation.illustrative)
  );
}
