import { formulaOf } from '../../protocol/formula';
import type { Derivation, Provenance } from '../../protocol/types';

/** A derivation written out: KD = KDF(Keying_material_1 ‖ Keying_material_2, FC=0xD1, …). */
export function formula(d: Derivation): string {
  return formulaOf(d, { fc: d.illustrative ? 'hex-illustrative' : 'hex' });
}

/** Where a value came from, in one line. */
export function describeProvenance(p: Provenance): string {
  switch (p.kind) {
    case 'held':
      return 'held before the procedure';
    case 'generated':
      return `step ${p.step}: ${p.how}`;
    case 'received':
      return `received in message ${p.step} from ${p.from}`;
    case 'derived':
      return `derived at step ${p.step}: ${formula(p.derivation)}`;
    case 'copied':
      return `step ${p.step}: ${p.how}`;
  }
}

/** The step at which a value arrived, or null for what was held before. */
export function provenanceStep(p: Provenance): number | null {
  return p.kind === 'held' ? null : p.step;
}
