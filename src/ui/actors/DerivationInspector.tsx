import { memo, useState } from 'react';
import { toHex } from '../../protocol/bytes';
import { opensslCommand, sFields } from '../../protocol/reproduce';
import type { Derivation, ValueName } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';

const label = (n: string) => (n in VALUE_INFO ? VALUE_INFO[n as ValueName].label : n);

/**
 * How a derived value was made: the key, S = FC ‖ P0 ‖ L0 ‖ … field by field with each P named,
 * the output, and a command that recomputes it with openssl alone. Memoised on the derivation
 * (the trace keeps it the same object across steps), and the table is drawn only while open:
 * a step then costs nothing here.
 */
export const DerivationInspector = memo(function DerivationInspector({ d }: { d: Derivation }) {
  const command = opensslCommand(d);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(command).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  return (
    <details
      className="derivation"
      data-derivation={d.output}
      data-illustrative={String(d.illustrative)}
      data-key-hex={toHex(d.key)}
      data-s-hex={toHex(d.s)}
      data-out-hex={toHex(d.out)}
      data-command={command}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>how it is computed</summary>
      {open && <DerivationTable d={d} />}
      {open && (
        <div className="command">
          <code>{command}</code>
          <button type="button" onClick={copy} data-copy-command={d.output}>
            {copied === 'done' ? 'Copied' : 'Copy command'}
          </button>
          {copied === 'failed' && (
            <span className="field-error" role="alert">
              The browser refused the clipboard: select the command and copy it by hand.
            </span>
          )}
        </div>
      )}
    </details>
  );
});

function DerivationTable({ d }: { d: Derivation }) {
  return (
    <table>
      <tbody>
        <tr>
          <th>Key</th>
          <td>{d.keyNames.map(label).join(' ‖ ')}</td>
          <td>
            <code className="hex">{toHex(d.key)}</code>
          </td>
        </tr>
        {sFields(d).map((f) => (
          <tr key={f.field} className={f.field.startsWith('L') ? 'len' : undefined}>
            <th>{f.field}</th>
            <td>
              {f.field === 'FC'
                ? d.illustrative
                  ? 'function code (illustrative, not allocated)'
                  : 'function code'
                : label(f.name)}
            </td>
            <td>
              <code className="hex">{f.hex}</code>
            </td>
          </tr>
        ))}
        <tr>
          <th>S</th>
          <td>FC ‖ P0 ‖ L0 ‖ … (TS 33.220 B.2)</td>
          <td>
            <code className="hex">{toHex(d.s)}</code>
          </td>
        </tr>
        <tr className="out">
          <th>Out</th>
          <td>HMAC-SHA-256(Key, S)</td>
          <td>
            <code className="hex">{toHex(d.out)}</code>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
