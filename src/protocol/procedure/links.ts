import type { LinkSpec } from '../engine/types';
import type { Actor, Link } from '../types';

/** The links of the procedure and what an eavesdropper on each sees. */
export const LINKS: readonly (LinkSpec<Actor> & { id: Link })[] = [
  {
    id: 'NAS-1',
    between: ['UE_1', 'MME_1'],
    label: 'UE_1–MME_1 (NAS)',
    protection: 'ciphered',
    why: 'NAS protected',
  },
  {
    id: 'NAS-2',
    between: ['UE_2', 'MME_2'],
    label: 'UE_2–MME_2 (NAS)',
    protection: 'ciphered',
    why: 'NAS protected',
  },
  {
    id: 'MME-MME',
    between: ['MME_1', 'MME_2'],
    label: 'MME_1–MME_2',
    // Recalled: S10 is protected by NDS/IP (TS 33.210), not mandatory inside one security domain;
    // the pCR never requires it. kdflow assumes it.
    protection: 'ciphered',
    why: 'protected by network domain security (NDS/IP, TS 33.210): assumed, the pCR does not require it',
  },
  {
    id: 'PC5',
    between: ['UE_1', 'UE_2'],
    label: 'UE_1–UE_2 (PC5)',
    protection: 'clear',
    why: 'PC5 signalling before security is established is sent in clear',
  },
];
