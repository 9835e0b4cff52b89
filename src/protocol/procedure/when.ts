/** The scenario predicates the procedure's steps vary on, each named once. */
import { receivedRequest, rekeying, sendsNewConnectionIdentity, type Scenario } from '../scenario';

export type S = Scenario;
/** The pCR's first variant, under either scheme: each UE calculates KD from keying material. */
export const calculated = (s: S) => s.scheme !== 'common';
/** The pCR's second variant: the MMEs agree on a common KD and send it. */
export const common = (s: S) => s.scheme === 'common';
/** The KDF scheme: keying material from K_ASME and a NAS COUNT, which the MMEs can compute. */
export const kdf = (s: S) => s.scheme === 'kdf';
/** The X25519 scheme: each UE's keying material is its public key, which only it can make. */
export const dh = (s: S) => s.scheme === 'dh';
/** Messages 5 and 6 as written, "received in message 2": the literal and the strict readings. */
export const literal = (s: S) => s.reading !== 'intended';
export const intended = (s: S) => s.reading === 'intended';
/** Only what the text names is carried: "Other parameters are FFS" adds nothing. */
export const strict = (s: S) => s.reading === 'strict';
/** kdflow fills in what the text leaves FFS or implies (the intended and literal readings). */
export const filledIn = (s: S) => s.reading !== 'strict';
export const byExpCode = (s: S) => s.peer === 'exp-code';
export const byConnectionIdentity = (s: S) => s.peer === 'connection-identity';
export const newIdentity = sendsNewConnectionIdentity;
export const keepsIdentity = (s: S) => !sendsNewConnectionIdentity(s);
/** UE_1 has received a PC5 request from UE_2 (step 0 alternative a, either form). */
export const requested = receivedRequest;
export const wantsToConnect = (s: S) => !receivedRequest(s);
export { rekeying };
export const connectionRequested = (s: S) => s.trigger === '0a-dcr';
export const not =
  (p: (s: S) => boolean) =>
  (s: S): boolean =>
    !p(s);
export const both =
  (p: (s: S) => boolean, q: (s: S) => boolean) =>
  (s: S): boolean =>
    p(s) && q(s);
