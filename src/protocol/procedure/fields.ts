/**
 * The scenario fields of clause 6.3.4.3.2's procedure: each with the picker's label, what it
 * chooses and its choices (a short name for the compact bar, the whole sentence for its tooltip).
 * The pickers, the URL, the report and the compare view all read this list.
 */
import { COMMON_SCHEME, DH_SCHEME, KDF_SCHEME } from '../scheme';

export const FIELDS = [
  {
    key: 'scheme',
    label: 'Scheme',
    about: 'Which key establishment scheme',
    choices: [
      {
        value: 'kdf',
        short: KDF_SCHEME.short,
        long: 'kdf: each UE calculates KD from the peer’s keying material (the pCR’s first variant, with kdflow’s KDF)',
      },
      {
        value: 'common',
        short: COMMON_SCHEME.short,
        long: 'common: the MMEs agree one KD and send it (the pCR’s second variant)',
      },
      {
        value: 'dh',
        short: DH_SCHEME.short,
        long: 'dh: each UE calculates KD from an X25519 exchange the MMEs carry but cannot compute (kdflow’s candidate)',
      },
    ],
    // Before there were three schemes the field was `mode`, and the KDF scheme `calculated`.
    formerKeys: ['mode'],
    aliases: { calculated: 'kdf' },
  },
  {
    key: 'trigger',
    label: 'Step 0',
    about: 'Which alternative of step 0',
    choices: [
      {
        value: '0a-drr',
        short: '0a: got a rekeying request',
        long: '0a: UE_1 has received a Direct Rekeying Request (the UEs are connected)',
      },
      {
        value: '0a-dcr',
        short: '0a: got a connection request',
        long: '0a: UE_1 has received a Direct Connection Request (no direct link yet)',
      },
      { value: '0b', short: '0b: wants to connect', long: '0b: UE_1 wants to connect to UE_2' },
    ],
    // Before 0a was split in two, `trigger=0a` meant the rekeying case.
    aliases: { '0a': '0a-drr' },
  },
  {
    key: 'peer',
    label: 'Peer',
    about: 'UE_1 names UE_2 by',
    choices: [
      {
        value: 'connection-identity',
        short: 'connection identity',
        long: 'connection identity UE_2 gave earlier',
      },
      { value: 'exp-code', short: 'EXP code', long: 'EXP code of UE_2' },
    ],
  },
  {
    key: 'refresh',
    label: 'Refresh',
    about: 'UE_2 refreshes its connection identity',
    choices: [
      { value: 'yes', short: 'yes', long: 'yes' },
      { value: 'no', short: 'no', long: 'no' },
    ],
  },
  {
    key: 'reading',
    label: 'Reading',
    about: 'How the text is read',
    choices: [
      { value: 'intended', short: 'intended', long: 'intended: what the flow needs' },
      { value: 'literal', short: 'literal', long: 'literal: “received in message 2”, as written' },
      {
        value: 'strict',
        short: 'strict',
        long: 'strict: as written, and each message carries only what the text names (nothing FFS or inferred)',
      },
    ],
  },
] as const;
