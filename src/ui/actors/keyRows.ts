import type { Scenario } from '../../protocol/scenario';
import { schemeOf } from '../../protocol/scheme';
import type { ValueName } from '../../protocol/types';

/**
 * The keys the procedure is about, first in a UE's panel and in this order, with a "not yet" row
 * until each is held: the rows keep their place while stepping, and a reader sees what is to come.
 * (A module of its own, without React or CSS, so the e2e tests read the same list.)
 */
export const KEY_ROWS: readonly ValueName[] = [
  'Keying_material_1',
  'Keying_material_2',
  'DKSI',
  'KD',
  'KD_sess',
];

/**
 * A scheme's own keys (X25519: DH_shared), listed right after the key rows once held: the key
 * rows keep their places (and fit one screen on a projector) whatever the scheme.
 */
export function schemeKeysOf(scenario: Pick<Scenario, 'scheme'>): readonly ValueName[] {
  return schemeOf(scenario).keys ?? [];
}

/** Long keys shortened where space is short (phones); the whole hex stays in `data-hex`. */
export function shortHex(text: string): string {
  return text.length > 20 ? `${text.slice(0, 8)}…${text.slice(-8)}` : text;
}
