import { toHex } from './bytes';
import type { Derivation } from './types';

/**
 * A shell command that recomputes a derivation with openssl alone: `printf` writes S as octal
 * escapes (POSIX, so bash, dash and zsh all agree) and openssl computes HMAC-SHA-256 under the
 * key given in hex. It prints `…(stdin)= <hex>`, whose hex is the derivation's output.
 */
export function opensslCommand(d: Pick<Derivation, 's' | 'key'>): string {
  const s = [...d.s].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  return `printf '${s}' | openssl dgst -sha256 -mac HMAC -macopt hexkey:${toHex(d.key)}`;
}

/** The same with xxd turning S's hex into bytes, for readers who prefer to see S whole. */
export function xxdCommand(d: Derivation): string {
  return `printf '%s' ${toHex(d.s)} | xxd -r -p | openssl dgst -sha256 -mac HMAC -macopt hexkey:${toHex(d.key)}`;
}

/** The S of TS 33.220 B.2 broken into its fields, for the inspector: FC, then each Pi and Li. */
export function sFields(d: Derivation): { field: string; name: string; hex: string }[] {
  const out = [{ field: 'FC', name: 'function code', hex: d.fc.toString(16).padStart(2, '0') }];
  d.params.forEach((p, i) => {
    out.push({ field: `P${i}`, name: p.name, hex: toHex(p.bytes) });
    out.push({
      field: `L${i}`,
      name: `length of P${i}: ${p.bytes.length} octets`,
      hex: p.bytes.length.toString(16).padStart(4, '0'),
    });
  });
  return out;
}
