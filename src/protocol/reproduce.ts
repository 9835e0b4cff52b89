import { concatBytes, fromHex, toHex } from './bytes';
import type { Derivation, KdfDerivation } from './types';

/** Bytes as `printf` octal escapes: POSIX, so bash, dash and zsh all write the same bytes. */
const octal = (bytes: Uint8Array) =>
  [...bytes].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');

/** Prints what openssl wrote as one line of lowercase hex (od is POSIX; xxd is not everywhere). */
const HEX_OUT = "od -An -v -tx1 | tr -d ' \\n'";

/**
 * RFC 8410's DER wrappings of raw X25519 keys, the forms openssl reads: a PKCS #8 private key
 * (OneAsymmetricKey, id-X25519 = 1.3.101.110) and a SubjectPublicKeyInfo public key.
 */
const X25519_PRIVATE_DER = fromHex('302e020100300506032b656e04220420');
const X25519_PUBLIC_DER = fromHex('302a300506032b656e032100');

function writeX25519Private(privateKey: Uint8Array): string {
  return `printf '${octal(concatBytes(X25519_PRIVATE_DER, privateKey))}' > x25519-private.der`;
}

/**
 * A shell command that recomputes an X25519 shared secret with openssl alone: it writes the
 * private key and the peer's public key as DER files in the current folder and runs
 * `openssl pkeyutl -derive`, printing the 32-octet secret in hex.
 */
export function x25519OpensslCommand(privateKey: Uint8Array, peerPublicKey: Uint8Array): string {
  return [
    writeX25519Private(privateKey),
    `printf '${octal(concatBytes(X25519_PUBLIC_DER, peerPublicKey))}' > x25519-peer.der`,
    `openssl pkeyutl -derive -keyform DER -inkey x25519-private.der -peerform DER -peerkey x25519-peer.der | ${HEX_OUT}`,
  ].join(' && ');
}

/** The same for a public key: openssl derives it from the private key; its last 32 octets. */
export function x25519PublicKeyOpensslCommand(privateKey: Uint8Array): string {
  return [
    writeX25519Private(privateKey),
    `openssl pkey -inform DER -in x25519-private.der -pubout -outform DER | tail -c 32 | ${HEX_OUT}`,
  ].join(' && ');
}

/**
 * A shell command that recomputes a derivation with openssl alone: `printf` writes S as octal
 * escapes (POSIX, so bash, dash and zsh all agree) and openssl computes HMAC-SHA-256 under the
 * key given in hex. It prints `…(stdin)= <hex>`, whose hex is the derivation's output.
 */
export function opensslCommand(d: Pick<KdfDerivation, 's' | 'key'>): string {
  return `printf '${octal(d.s)}' | openssl dgst -sha256 -mac HMAC -macopt hexkey:${toHex(d.key)}`;
}

/**
 * The openssl command that recomputes any derivation of a run: HMAC-SHA-256 for a KDF use,
 * `openssl pkeyutl -derive` for an X25519 shared secret, `openssl pkey` for a public key.
 */
export function derivationCommand(d: Derivation): string {
  if (d.fn === 'kdf') return opensslCommand(d);
  const [peer] = d.params;
  return peer ? x25519OpensslCommand(d.key, peer.bytes) : x25519PublicKeyOpensslCommand(d.key);
}

/** The same with xxd turning S's hex into bytes, for readers who prefer to see S whole. */
export function xxdCommand(d: KdfDerivation): string {
  return `printf '%s' ${toHex(d.s)} | xxd -r -p | openssl dgst -sha256 -mac HMAC -macopt hexkey:${toHex(d.key)}`;
}

/** The S of TS 33.220 B.2 broken into its fields, for the inspector: FC, then each Pi and Li. */
export function sFields(d: KdfDerivation): { field: string; name: string; hex: string }[] {
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
