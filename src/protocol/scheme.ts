/**
 * The candidate key establishment schemes. TR clause 6.3.4.3.2 leaves the keying material and the
 * KD calculation FFS ("The details of the key establishment protocol need to be added"); each
 * scheme here is ONE way to fill them in so that the app can show real bytes, on the same
 * messages 1–7. Nothing here is standardised and the FC values are not allocated by 3GPP. Whether
 * a derivation is illustrative is said here, once, and every view reads it from the derivation a
 * run gives; a scheme's name and doc are what the picker, the notes and the README show.
 */
import { runDerivation } from './engine/run';
import type { DerivationSpec, KeyScheme } from './engine/types';
import type { Scenario } from './scenario';
import type { Derivation, ValueName } from './types';

/** Illustrative FC for Keying_material_i = KDF(K_ASME_i, FC, NAS COUNT). Not allocated. */
export const FC_KEYING_MATERIAL = 0xd0;
/** Illustrative FC for KD = KDF(Keying_material_1 || Keying_material_2, FC, UE_1 ID, UE_2 ID). */
export const FC_KD = 0xd1;
/**
 * Illustrative FC for KD = KDF(DH_shared, FC, UE_1 ID, UE_2 ID, Keying_material_1,
 * Keying_material_2) in the X25519 scheme. Not allocated.
 */
export const FC_KD_DH = 0xd6;
/**
 * Illustrative FC for KD-sess = KDF(KD, FC, Nonce_1, Nonce_2). Not allocated: the study allocates
 * none. By analogy only, TS 33.536 derives KNRP-sess with FC 0x7F, P0 = Nonce_1, P1 = Nonce_2.
 */
export const FC_KD_SESS = 0xd2;

/**
 * Illustrative FC for K_int = KDF(KD-sess, FC, integrity algorithm), the PC5 integrity key. Not
 * allocated. By analogy only, TS 33.536 Annex A derives NRPIK from KNRP-sess with FC 0x7E,
 * P0 = 0x01 (integrity), P1 = algorithm identity (secondary: a web copy of TS 33.536).
 */
export const FC_K_INT = 0xd3;
/** Illustrative FC for the Direct Security Mode Command's MAC. Not allocated. */
export const FC_MAC_COMMAND = 0xd4;
/** Illustrative FC for the Direct Security Mode Complete's MAC. Not allocated. */
export const FC_MAC_COMPLETE = 0xd5;

/** What every MAC derivation says of itself: what it stands for, and that it is not the standard's. */
const MAC_DOC =
  'Over the DKSI that names KD and both nonces, under K_int (from KD-sess, from KD), so a UE that verifies it knows its peer holds the KD that DKSI names and the same KD-sess; each message has an FC of its own, so one message’s MAC cannot pass for the other’s. Illustrative, and not the standard’s MAC: TS 33.303 and TS 24.334 protect these messages with the chosen PC5 integrity algorithm under a key derived from KD-sess (domain-notes.md, secondary); this KDF stands in for that algorithm so that the trace shows who verifies what, and its FC is not allocated.';
const XMAC_DOC =
  'computed by the receiver itself from what it holds, with the same formula as the sender’s MAC, and compared with the MAC it received (an expected MAC, as XMAC in AKA, TS 33.102). ';

const KD_SESS_DOC =
  'KD-sess from KD and the two PC5 nonces, in the order Nonce_1 (the PC5 initiator’s), Nonce_2; the FC is illustrative: by analogy only, TS 33.536 Annex A derives KNRP-sess with FC 0x7F, P0 = Nonce_1, P1 = Nonce_2.';

const KDF_DERIVATIONS = [
  {
    id: 'keying-material-1',
    output: 'Keying_material_1',
    key: ['K_ASME_1'],
    fc: FC_KEYING_MATERIAL,
    params: ['NAS_COUNT_1'],
    illustrative: true,
    doc: 'Keying_material_1, computed alike by UE_1 and MME_1 from the K_ASME_1 they share and the uplink NAS COUNT of message 1, which both keep: it never crosses the air. The text leaves keying material FFS.',
  },
  {
    id: 'keying-material-2',
    output: 'Keying_material_2',
    key: ['K_ASME_2'],
    fc: FC_KEYING_MATERIAL,
    params: ['NAS_COUNT_2'],
    illustrative: true,
    doc: 'Keying_material_2, computed alike by UE_2 and MME_2 from K_ASME_2 and the downlink NAS COUNT of message 3, which both keep. The text leaves keying material FFS.',
  },
  {
    id: 'kd',
    output: 'KD',
    key: ['Keying_material_1', 'Keying_material_2'],
    fc: FC_KD,
    params: ['UE_1_ID', 'UE_2_ID'],
    illustrative: true,
    doc: 'KD from both keying materials and both identities, always in the order 1 then 2, so that UE_1 (own Keying_material_1, received Keying_material_2) and UE_2 (the reverse) get the same bytes. The text leaves the KD calculation FFS.',
  },
] as const satisfies readonly DerivationSpec<ValueName>[];

const DH_DOC =
  'kdflow’s illustrative network-blind scheme: an ephemeral X25519 exchange (RFC 7748) whose public keys travel as the keying material over the UEs’ integrity-protected NAS and the MME–MME link, where the text carries keying material, so that each MME vouches for its own UE’s value; the private keys never leave the UEs.';

const DH_DERIVATIONS = [
  {
    id: 'keying-material-1',
    fn: 'x25519',
    output: 'Keying_material_1',
    key: ['DH_private_1'],
    params: [],
    illustrative: true,
    doc: `Keying_material_1, UE_1’s X25519 public key X25519(DH_private_1, 9). ${DH_DOC}`,
  },
  {
    id: 'keying-material-2',
    fn: 'x25519',
    output: 'Keying_material_2',
    key: ['DH_private_2'],
    params: [],
    illustrative: true,
    doc: `Keying_material_2, UE_2’s X25519 public key X25519(DH_private_2, 9). ${DH_DOC}`,
  },
  {
    id: 'dh-shared-1',
    fn: 'x25519',
    output: 'DH_shared',
    key: ['DH_private_1'],
    params: ['Keying_material_2'],
    illustrative: true,
    doc: 'DH_shared at UE_1: X25519(DH_private_1, Keying_material_2). Only a holder of a private key can compute it, so the MMEs, which carry both public keys, cannot.',
  },
  {
    id: 'dh-shared-2',
    fn: 'x25519',
    output: 'DH_shared',
    key: ['DH_private_2'],
    params: ['Keying_material_1'],
    illustrative: true,
    doc: 'DH_shared at UE_2: X25519(DH_private_2, Keying_material_1), the same 32 octets as UE_1’s (RFC 7748 §6.1).',
  },
  {
    id: 'kd',
    output: 'KD',
    key: ['DH_shared'],
    fc: FC_KD_DH,
    params: ['UE_1_ID', 'UE_2_ID', 'Keying_material_1', 'Keying_material_2'],
    illustrative: true,
    doc: 'KD from the X25519 shared secret, both identities and both public keys, always in the order 1 then 2, so that both UEs get the same bytes and KD is bound to who took part and to the exchange. The text leaves the KD calculation FFS.',
  },
] as const satisfies readonly DerivationSpec<ValueName>[];

/** The PC5 derivations after KD, the same in every scheme. */
const SESSION_DERIVATIONS = [
  {
    id: 'kd-sess',
    output: 'KD_sess',
    key: ['KD'],
    fc: FC_KD_SESS,
    params: ['Nonce_1', 'Nonce_2'],
    illustrative: true,
    doc: KD_SESS_DOC,
  },
  {
    id: 'kd-sess-old',
    output: 'KD_sess_old',
    key: ['KD_old'],
    fc: FC_KD_SESS,
    params: ['Nonce_1', 'Nonce_2'],
    illustrative: true,
    doc: `The KD-sess in use before, from the old KD and the earlier connection’s nonces. ${KD_SESS_DOC}`,
  },
  {
    id: 'k-int',
    output: 'K_int',
    key: ['KD_sess'],
    fc: FC_K_INT,
    params: ['Integrity_algorithm'],
    illustrative: true,
    doc: 'K_int, the PC5 integrity key, from KD-sess and the integrity algorithm the Direct Security Mode Command names. Illustrative: by analogy only, TS 33.536 Annex A derives NRPIK from KNRP-sess with FC 0x7E, P0 = 0x01 (integrity) and P1 = the algorithm identity (secondary: a web copy of TS 33.536); the FC here is not allocated.',
  },
  ...(
    [
      ['command', 'MAC_command', 'XMAC_command', FC_MAC_COMMAND, 'Direct Security Mode Command'],
      [
        'complete',
        'MAC_complete',
        'XMAC_complete',
        FC_MAC_COMPLETE,
        'Direct Security Mode Complete',
      ],
    ] as const
  ).flatMap(([id, mac, xmac, fc, message]) => [
    {
      id: `mac-${id}` as const,
      output: mac,
      key: ['K_int'] as const,
      fc,
      params: ['DKSI', 'Nonce_1', 'Nonce_2'] as const,
      illustrative: true,
      doc: `MAC of the ${message}, made by its sender and carried in it. ${MAC_DOC}`,
    },
    {
      id: `xmac-${id}` as const,
      output: xmac,
      key: ['K_int'] as const,
      fc,
      params: ['DKSI', 'Nonce_1', 'Nonce_2'] as const,
      illustrative: true,
      doc: `The MAC of the ${message} ${XMAC_DOC}${MAC_DOC}`,
    },
  ]),
] as const satisfies readonly DerivationSpec<ValueName>[];

/** Every derivation id a scheme may have. */
type DerivationId = (
  typeof KDF_DERIVATIONS | typeof DH_DERIVATIONS | typeof SESSION_DERIVATIONS
)[number]['id'];

const SESSION_DOC =
  'KD-sess from KD and the PC5 nonces, the PC5 integrity key K_int from KD-sess, and the MACs of the Direct Security Mode Command and Complete from K_int, each with the KDF of TS 33.220 Annex B.2 and an unallocated FC.';

/** The pCR’s first variant filled in with the KDF: keying material from K_ASME and a NAS COUNT. */
export const KDF_SCHEME: KeyScheme<ValueName> = {
  id: 'kdf',
  name: 'Illustrative KDF scheme',
  short: 'KDF (calculated)',
  illustrative: true,
  doc: `The pCR’s first variant, each UE receives the opposite peer’s keying material and calculates KD, filled in by kdflow: keying material from K_ASME and a NAS COUNT, and KD from both keying materials and both identities. Then ${SESSION_DOC}`,
  derivations: [...KDF_DERIVATIONS, ...SESSION_DERIVATIONS],
};

/** The pCR’s second variant: the MMEs agree on one KD and send it as both keying materials. */
export const COMMON_SCHEME: KeyScheme<ValueName> = {
  id: 'common',
  name: 'Common KD (the pCR’s second variant)',
  short: 'common KD',
  illustrative: true,
  doc: `The pCR’s second variant: the two MMEs agree on a common KD and send it, Keying_material_1 = Keying_material_2 = KD. That MME_1 draws it at random and MME_2 agrees is kdflow’s choice; the text says only that the MMEs agree on it. Then ${SESSION_DOC}`,
  derivations: SESSION_DERIVATIONS,
};

/** kdflow’s network-blind candidate: the pCR’s first variant with an X25519 exchange. */
export const DH_SCHEME: KeyScheme<ValueName> = {
  id: 'dh',
  name: 'Illustrative network-blind X25519 scheme',
  short: 'X25519 (network-blind)',
  illustrative: true,
  doc: `A candidate for the pCR’s first variant, not in the pCR: each UE draws an X25519 private key and sends its public key as its keying material; each calculates the shared secret from its own private key and the peer’s public key, and KD from that secret, both identities and both public keys. The MMEs carry the keying material but cannot compute KD. Then ${SESSION_DOC}`,
  derivations: [...DH_DERIVATIONS, ...SESSION_DERIVATIONS],
  keys: ['DH_shared'],
};

/** The schemes, in the order the scheme field lists them. */
export const SCHEME_LIST = [KDF_SCHEME, COMMON_SCHEME, DH_SCHEME] as const;

/** The scheme a scenario runs under. */
export function schemeOf(scenario: Pick<Scenario, 'scheme'>): KeyScheme<ValueName> {
  return SCHEME_LIST.find((s) => s.id === scenario.scheme)!;
}

/** The derivation `id` of a scheme (the KDF scheme by default). */
export function derivationSpec(
  id: DerivationId,
  scheme: KeyScheme<ValueName> = KDF_SCHEME,
): DerivationSpec<ValueName> {
  const spec = scheme.derivations.find((d) => d.id === id);
  if (!spec) throw new Error(`scheme ${scheme.id} has no derivation ${id}`);
  return spec;
}

/** KD-sess (or the old one) from a KD and the two nonces exchanged on PC5, in the order 1, 2. */
export function deriveKdSess(
  kd: Uint8Array,
  nonce1: Uint8Array,
  nonce2: Uint8Array,
  use: 'kd-sess' | 'kd-sess-old' = 'kd-sess',
  output?: ValueName,
): Derivation {
  const base = derivationSpec(use);
  const spec = output === undefined ? base : { ...base, output };
  const [key] = spec.key;
  return runDerivation(spec, (name) => (name === key ? kd : name === 'Nonce_1' ? nonce1 : nonce2));
}
