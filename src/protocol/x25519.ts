/**
 * X25519 (RFC 7748), for a network-blind candidate scheme: each UE keeps a private key and sends
 * only its public key, so what the MMEs carry never lets them compute the shared secret. The curve
 * arithmetic is @noble/curves' (the author and audit standard of the @noble/hashes the KDF uses);
 * this adapter fixes the sizes and names what the procedure uses.
 */
import { x25519 } from '@noble/curves/ed25519.js';

/** RFC 7748 §5: scalars and u-coordinates are 32 octets. */
export const X25519_LENGTH = 32;

function check(bytes: Uint8Array, what: string): void {
  if (bytes.length !== X25519_LENGTH)
    throw new Error(`${what} must be ${X25519_LENGTH} octets, not ${bytes.length}`);
}

/** X25519(k, u): the scalar multiplication of RFC 7748 §5 (k clamped, u's top bit masked). */
export function x25519ScalarMult(k: Uint8Array, u: Uint8Array): Uint8Array {
  check(k, 'the scalar');
  check(u, 'the u-coordinate');
  return x25519.scalarMult(k, u);
}

/** A private key's public key, X25519(k, 9) (RFC 7748 §6.1). */
export function x25519PublicKey(privateKey: Uint8Array): Uint8Array {
  check(privateKey, 'the private key');
  return x25519.getPublicKey(privateKey);
}

/**
 * The shared secret X25519(a, X25519(b, 9)) of RFC 7748 §6.1. An all-zero result (a peer's
 * public key of small order) is refused, as §6.1 says a party may.
 */
export function x25519SharedSecret(privateKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  check(privateKey, 'the private key');
  check(peerPublicKey, 'the peer’s public key');
  return x25519.getSharedSecret(privateKey, peerPublicKey);
}
