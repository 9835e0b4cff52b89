/**
 * A derivation written out as a formula, the one way every view writes it: a KDF use as
 * `KD = KDF(Keying_material_1 ‖ Keying_material_2, FC=0xD1, UE_1 ID, UE_2 ID)`, an X25519 one as
 * `Keying_material_1 = X25519(DH_private_1, 9)` or `DH_shared = X25519(DH_private_1,
 * Keying_material_2)`. It works on a scheme's spec and on a run's derivation alike.
 */
import type { DerivationSpec } from './engine/types';
import type { Derivation, ValueName } from './types';
import { VALUE_INFO } from './values';

type Named = Pick<DerivationSpec<ValueName>, 'output'> &
  (
    | { fn: 'x25519'; key: readonly ValueName[]; params: readonly ValueName[] }
    | { fn?: 'kdf'; key: readonly ValueName[]; params: readonly ValueName[]; fc: number }
  );

export interface FormulaOptions {
  /** How a value is named (its label by default). */
  label?: (v: ValueName) => string;
  /** Whether to write the FC (a KDF use), and whether to mark it illustrative. */
  fc?: 'none' | 'hex' | 'hex-illustrative';
  /** Whether to start with `output =`. */
  output?: boolean;
  /** The key's concatenation sign. */
  concat?: string;
}

const fcHex = (fc: number) => `0x${fc.toString(16).toUpperCase().padStart(2, '0')}`;

/** A spec, or a run's derivation (by its names), as a formula. */
export function formulaOf(d: Named | Derivation, options: FormulaOptions = {}): string {
  const label = options.label ?? ((v: ValueName) => VALUE_INFO[v].label);
  const named: Named =
    'keyNames' in d
      ? d.fn === 'x25519'
        ? { fn: 'x25519', output: d.output, key: d.keyNames, params: d.params.map((p) => p.name) }
        : { output: d.output, key: d.keyNames, params: d.params.map((p) => p.name), fc: d.fc }
      : d;
  const head = options.output === false ? '' : `${label(named.output)} = `;
  if (named.fn === 'x25519') {
    const u = named.params[0] === undefined ? '9' : label(named.params[0]);
    return `${head}X25519(${named.key.map(label).join(', ')}, ${u})`;
  }
  const fc =
    options.fc === undefined || options.fc === 'none'
      ? []
      : [`FC=${fcHex(named.fc)}${options.fc === 'hex-illustrative' ? ' illustrative' : ''}`];
  const args = [
    named.key.map(label).join(options.concat ?? ' ‖ '),
    ...fc,
    ...named.params.map(label),
  ];
  return `${head}KDF(${args.join(', ')})`;
}

/** Every input of a derivation, the key's first. */
export function inputsOf(d: Derivation): ValueName[] {
  return [...d.keyNames, ...d.params.map((p) => p.name)];
}
