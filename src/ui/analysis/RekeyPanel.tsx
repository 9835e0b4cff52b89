import { useMemo } from 'react';
import { PREAMBLE } from '../../protocol/clause';
import {
  REKEY_COLUMNS,
  rekeyContrast,
  type RekeyColumn,
  type RekeyRow,
} from '../../protocol/rekey';
import type { Trace } from '../../protocol/types';
import { displayValue, VALUE_INFO } from '../../protocol/values';
import { TID } from '../app/testIds';
import './rekey.css';

const COLUMN_LABEL: Record<RekeyColumn, string> = {
  before: 'Before (in use)',
  procedure: 'After this procedure (fresh KD)',
  'sess-only': 'After Direct Rekeying only (fresh KD-sess)',
};

const short = (row: RekeyRow, hex: string) => {
  const shown = displayValue(row, hex);
  return shown.length > 12 ? `${shown.slice(0, 12)}…` : shown;
};

/**
 * Trigger 0a only: the values before, after this procedure and after a Direct Rekeying that
 * refreshes only KD-sess, side by side, with what changed — the preamble's "fresh KD as opposed
 * to a fresh KD-sess".
 */
export function RekeyPanel({ trace }: { trace: Trace }) {
  const contrast = useMemo(() => rekeyContrast(trace), [trace]);
  if (!contrast) return null;
  const retiredAt = [...new Set(contrast.retired.map((r) => r.step))];
  const retiredBy = [...new Set(contrast.retired.map((r) => r.actor))];
  const retiredValues = [...new Set(contrast.retired.map((r) => VALUE_INFO[r.value].label))];
  return (
    <section className="rekey" aria-label="Rekeying">
      <h2>Fresh KD (this procedure) vs fresh KD-sess only (Direct Rekeying, no network)</h2>
      <p className="rekey-quote">
        The clause: “<q>{PREAMBLE[0]?.text}</q>” This procedure gives a new KD under a new DKSI,
        with the network; a Direct Rekeying between the UEs alone keeps KD and DKSI and only draws
        new nonces for a new KD-sess.
      </p>
      <table data-testid={TID.rekey}>
        <thead>
          <tr>
            <th scope="col">Value</th>
            {REKEY_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {COLUMN_LABEL[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {contrast.rows.map(({ row, cells }) => (
            <tr key={row}>
              <th scope="row">{VALUE_INFO[row].label}</th>
              {REKEY_COLUMNS.map((c) => {
                const cell = cells[c];
                return (
                  <td
                    key={c}
                    className={cell.changed ? 'changed' : c === 'before' ? undefined : 'kept'}
                    data-rekey={`${row}/${c}`}
                    data-hex={cell.hex ?? ''}
                    data-changed={cell.changed ? 'true' : 'false'}
                    title={`${cell.source}${cell.hex ? `: ${cell.hex}` : ''}`}
                  >
                    <code className="hex">{cell.hex ? short(row, cell.hex) : '—'}</code>
                    {c !== 'before' && (
                      <span className="rekey-mark">{cell.changed ? 'new' : 'same'}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {contrast.retired.length > 0 && (
        <p className="hint">
          This procedure retires {retiredValues.join(', ')} at {retiredBy.join(' and ')} at step{' '}
          {retiredAt.join(', ')}. KD-sess′ = KDF(KD (old), Nonce_1′, Nonce_2′) is computed here with
          the same illustrative FC as KD-sess.
        </p>
      )}
    </section>
  );
}
