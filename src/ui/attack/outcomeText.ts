/** An attack's outcome as the page writes it: a few words, and its data attributes. */
import type { AttackOutcome } from '../../review/attackOutcome';

/** The outcome in a few words: KD, what the attacker knows, and detection. */
export function outcomeWords(o: AttackOutcome): string[] {
  const knows =
    o.knows.UE_1 && o.knows.UE_2
      ? 'the attacker knows the KD of each UE'
      : o.knows.UE_1 || o.knows.UE_2
        ? `the attacker knows ${o.knows.UE_1 ? 'UE_1' : 'UE_2'}’s KD only`
        : 'the attacker knows neither UE’s KD';
  return [
    o.sameKd ? 'UE_1 and UE_2 end with the same KD' : 'UE_1 and UE_2 end with different KDs',
    knows,
    o.detectedAt === null ? 'never detected' : `detected at step ${o.detectedAt}`,
  ];
}

/** The data attributes every outcome carries, for the page and its tests. */
export function outcomeData(o: AttackOutcome) {
  return {
    'data-outcome': o.attacker,
    'data-same-kd': String(o.sameKd),
    'data-attacker-knows-kd': String(o.knows.UE_1 || o.knows.UE_2),
    'data-detected-at': o.detectedAt === null ? 'none' : String(o.detectedAt),
  };
}
