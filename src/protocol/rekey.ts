/**
 * Rekeying side by side (issue 4 §4). Under trigger 0a the UEs are already connected; this
 * procedure gives them a fresh KD under a fresh DKSI and retires the old KD and its KD-sess. A
 * Direct Rekeying on its own (TS 33.303 style, no network) only refreshes KD-sess from new nonces
 * under the same KD. The preamble's point — "a fresh KD as opposed to a fresh KD-sess" — is which
 * values change in each case.
 */
import { equalBytes, toHex } from './bytes';
import { deriveKdSess } from './scheme';
import { seededBytes } from './seeded';
import { rekeying } from './scenario';
import { type Actor, type Derivation, type HeldValue, type Trace, type ValueName } from './types';

export const REKEY_ROWS = ['KD', 'DKSI', 'Nonce_1', 'Nonce_2', 'KD_sess'] as const;
export type RekeyRow = (typeof REKEY_ROWS)[number];

export const REKEY_COLUMNS = ['before', 'procedure', 'sess-only'] as const;
export type RekeyColumn = (typeof REKEY_COLUMNS)[number];

export interface RekeyCell {
  /** The value's bytes in hex, or null where the trace has none (UE_1 without a DKSI). */
  hex: string | null;
  /** Whether it differs from the value before (always false in the `before` column). */
  changed: boolean;
  /** Where the value comes from, in a few words. */
  source: string;
}

export interface RekeyContrast {
  rows: { row: RekeyRow; cells: Record<RekeyColumn, RekeyCell> }[];
  /** KD-sess' of the Direct Rekeying: KDF(KD_old, Nonce_1', Nonce_2'), kept whole. */
  sessOnly: Derivation;
  /** The old values each UE retired, and at which step. */
  retired: { actor: Actor; value: ValueName; step: number }[];
}

const UES = ['UE_1', 'UE_2'] as const;

/** A UE's value at a step: UE_1's, or UE_2's where UE_1 has none. */
function valueAt(trace: Trace, step: number, name: ValueName): HeldValue | undefined {
  const h = trace.steps[step]?.holdings;
  return h?.UE_1.find((v) => v.name === name) ?? h?.UE_2.find((v) => v.name === name);
}

/** The message a nonce arrived in, from the trace. */
function arrival(trace: Trace, name: ValueName): string {
  const last = trace.steps.at(-1)?.holdings;
  const p = (last?.UE_1.find((v) => v.name === name) ?? last?.UE_2.find((v) => v.name === name))
    ?.provenance;
  return p && p.kind !== 'held' ? `message ${p.step}` : 'not sent';
}

/**
 * For a rekeying trace (trigger 0a), the values before, after this procedure and after a Direct
 * Rekeying that refreshes only KD-sess, each marked changed or not against before; null for 0b.
 * Before: KD_old, DKSI_old and KD_sess_old from step 0 (with the old connection's nonces, drawn
 * from the seed as simulate draws them, shown only if they give KD_sess_old back). This procedure:
 * KD and DKSI at step 7, the nonces and KD-sess at the last step. Direct Rekeying: the same KD and
 * DKSI, fresh nonces drawn from the seed, KD-sess' = KDF(KD_old, Nonce_1', Nonce_2').
 */
export function rekeyContrast(trace: Trace): RekeyContrast | null {
  if (!rekeying(trace.scenario)) return null;
  const kdAt = trace.clauseLast;
  const last = trace.steps.length - 1;
  const kdOld = valueAt(trace, 0, 'KD_old');
  const dksiOld = valueAt(trace, 0, 'DKSI_old');
  const sessOld = valueAt(trace, 0, 'KD_sess_old');
  if (!kdOld || !dksiOld || !sessOld) return null;

  // The old connection's nonces are not in the trace; recompute them and keep them only if they
  // reproduce the KD-sess the UEs held.
  const n1Old = seededBytes(trace.seed, 'Nonce_1_old', 16);
  const n2Old = seededBytes(trace.seed, 'Nonce_2_old', 16);
  const oldNoncesHold = equalBytes(
    deriveKdSess(kdOld.bytes, n1Old, n2Old, 'kd-sess-old').out,
    sessOld.bytes,
  );

  const n1 = seededBytes(trace.seed, 'Nonce_1_rekey', 16);
  const n2 = seededBytes(trace.seed, 'Nonce_2_rekey', 16);
  // KD-sess′ of a Direct Rekeying: a new KD-sess under the KD in use.
  const sessOnly = deriveKdSess(kdOld.bytes, n1, n2, 'kd-sess-old', 'KD_sess');

  const hex = (b: Uint8Array | undefined) => (b === undefined ? null : toHex(b));
  const values: Record<RekeyRow, Record<RekeyColumn, [string | null, string]>> = {
    KD: {
      before: [kdOld.hex, 'KD in use (KD_old)'],
      procedure: [hex(valueAt(trace, kdAt, 'KD')?.bytes), `KD at step ${kdAt}`],
      'sess-only': [kdOld.hex, 'the same KD'],
    },
    DKSI: {
      before: [dksiOld.hex, 'DKSI in use (DKSI_old)'],
      procedure: [hex(valueAt(trace, kdAt, 'DKSI')?.bytes), 'selected by UE_2, msg 4'],
      'sess-only': [dksiOld.hex, 'the same DKSI'],
    },
    Nonce_1: {
      before: [oldNoncesHold ? toHex(n1Old) : null, 'of the earlier connection'],
      procedure: [hex(valueAt(trace, last, 'Nonce_1')?.bytes), arrival(trace, 'Nonce_1')],
      'sess-only': [toHex(n1), 'fresh, in the Direct Rekeying Request'],
    },
    Nonce_2: {
      before: [oldNoncesHold ? toHex(n2Old) : null, 'of the earlier connection'],
      procedure: [hex(valueAt(trace, last, 'Nonce_2')?.bytes), arrival(trace, 'Nonce_2')],
      'sess-only': [toHex(n2), 'fresh, in the Security Mode Command'],
    },
    KD_sess: {
      before: [sessOld.hex, 'KD-sess in use (KD_sess_old)'],
      procedure: [hex(valueAt(trace, last, 'KD_sess')?.bytes), 'KDF(new KD, Nonce_1, Nonce_2)'],
      'sess-only': [toHex(sessOnly.out), 'KDF(same KD, Nonce_1′, Nonce_2′)'],
    },
  };

  const rows = REKEY_ROWS.map((row) => {
    const [beforeHex] = values[row].before;
    const cells = {} as Record<RekeyColumn, RekeyCell>;
    for (const column of REKEY_COLUMNS) {
      const [h, source] = values[row][column];
      cells[column] = { hex: h, source, changed: column !== 'before' && h !== beforeHex };
    }
    return { row, cells };
  });

  const retired: RekeyContrast['retired'] = [];
  for (const actor of UES)
    for (const v of trace.steps[last]?.holdings[actor] ?? [])
      if (v.retiredAt !== undefined) retired.push({ actor, value: v.name, step: v.retiredAt });

  return { rows, sessOnly, retired };
}
