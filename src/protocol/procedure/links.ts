import type { LinkSpec } from '../engine/types';
import type { Actor, Link } from '../types';

/** The links of the procedure and what an eavesdropper on each sees, under the default assumptions. */
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
    // the pCR never requires it. kdflow assumes it by default; `s10` below switches it.
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

/**
 * What the text leaves open about protection, as assumptions the user switches (the URL's `s10`
 * and `esr`). Each sets either a link's protection or whether one message on a protected link is
 * seen in clear. The first choice is the default. None of these is required or settled by the pCR.
 */
export const PROTECTION_ASSUMPTIONS = [
  {
    key: 's10',
    label: 'MME–MME link (S10)',
    about: 'whether the MME_1–MME_2 link is protected',
    link: 'MME-MME',
    choices: [
      {
        value: 'protected',
        label: 'protected (NDS/IP, assumed)',
        protection: 'ciphered',
        why: 'protected by network domain security (NDS/IP, TS 33.210): assumed, the pCR does not require it',
      },
      {
        value: 'clear',
        label: 'in clear',
        protection: 'clear',
        why: 'assumed unprotected: the pCR never requires protection of the MME–MME link, and NDS/IP (TS 33.210) is not mandatory inside one security domain (recalled)',
      },
    ],
  },
  {
    key: 'esr',
    label: 'ESR (message 1)',
    about: 'whether the Extended Service Request is ciphered',
    step: 'esr',
    choices: [
      {
        value: 'clear',
        label: 'not ciphered (initial NAS message)',
        inClear: true,
        why: 'an initial NAS message, sent integrity protected but not ciphered (TS 24.301 clause 4.4.5; recalled, to be confirmed)',
      },
      {
        value: 'ciphered',
        label: 'ciphered (assumed)',
        inClear: false,
        why: 'assumed ciphered, as NAS messages are once a NAS signalling connection exists; sent from EMM-IDLE it is an initial NAS message and is not ciphered (TS 24.301 clause 4.4.5; recalled, to be confirmed)',
      },
    ],
  },
] as const;

type AssumptionSpec = (typeof PROTECTION_ASSUMPTIONS)[number];
export type AssumptionKey = AssumptionSpec['key'];

/** One choice per protection assumption, e.g. `{ s10: 'protected', esr: 'clear' }`. */
export type Assumptions = {
  [K in AssumptionKey]: Extract<AssumptionSpec, { key: K }>['choices'][number]['value'];
};

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  s10: PROTECTION_ASSUMPTIONS[0].choices[0].value,
  esr: PROTECTION_ASSUMPTIONS[1].choices[0].value,
};

/** The choices of each assumption, default first. */
export const ASSUMPTION_CHOICES: { readonly [K in AssumptionKey]: readonly Assumptions[K][] } = {
  s10: PROTECTION_ASSUMPTIONS[0].choices.map((c) => c.value),
  esr: PROTECTION_ASSUMPTIONS[1].choices.map((c) => c.value),
};

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = PROTECTION_ASSUMPTIONS.map((a) => a.key);

/** The choice `text` names for assumption `key`, or undefined. */
export function readAssumption<K extends AssumptionKey>(
  key: K,
  text: string,
): Assumptions[K] | undefined {
  const choices: readonly string[] = ASSUMPTION_CHOICES[key];
  return choices.includes(text) ? (text as Assumptions[K]) : undefined;
}
