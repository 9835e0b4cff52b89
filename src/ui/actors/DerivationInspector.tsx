import { memo, useState } from 'react';
import { toHex } from '../../protocol/bytes';
import { derivationCommand, sFields } from '../../protocol/reproduce';
import type { Derivation, KdfDerivation, ValueName } from '../../protocol/types';
import { VALUE_INFO } from '../../protocol/values';

const label = (n: string) => (n in VALUE_INFO ? VALUE_INFO[n as ValueName].label : n);

/**
 * How a derived value was made: for a KDF use the key, S = FC ‖ P0 ‖ L0 ‖ … field by field with
 * each P named, and the output; for an X25519 one the private key, the u-coordinate and the
 * output; and a command that recomputes it with openssl alone. Memoised on the derivation
 * (the trace keeps it the same object across steps), and the table is drawn only while open:
 * a step then costs nothing here.
 */
export const DerivationInspector = memo(function DerivationInspector({ d }: { d: Derivation }) {
  const command = derivationCommand(d);
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
      data-fn={d.fn}
      data-illustrative={String(d.illustrative)}
      data-key-hex={toHex(d.key)}
      {...(d.fn === 'kdf'
        ? { 'data-s-hex': toHex(d.s) }
        : d.params[0]
          ? { 'data-u-hex': toHex(d.params[0].bytes) }
          : {})}
      data-out-hex={toHex(d.out)}
      data-command={command}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>how it is computed</summary>
      {open && (d.fn === 'kdf' ? <DerivationTable d={d} /> : <X25519Table d={d} />)}
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

function DerivationTable({ d }: { d: KdfDerivation }) {
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
        <OutRow how="HMAC-SHA-256(Key, S)" out={d.out} />
      </tbody>
    </table>
  );
}

/** An X25519 use: the scalar (a private key), the u-coordinate (9, or the peer's public key). */
function X25519Table({ d }: { d: Derivation }) {
  const [peer] = d.params;
  return (
    <table>
      <tbody>
        <tr>
          <th>k</th>
          <td>{d.keyNames.map(label).join(' ‖ ')} (the scalar, clamped by X25519)</td>
          <td>
            <code className="hex">{toHex(d.key)}</code>
          </td>
        </tr>
        <tr>
          <th>u</th>
          <td>{peer ? `${label(peer.name)} (the peer’s public key)` : 'the base point, 9'}</td>
          <td>{peer && <code className="hex">{toHex(peer.bytes)}</code>}</td>
        </tr>
        <OutRow how="X25519(k, u) (RFC 7748 §5)" out={d.out} />
      </tbody>
    </table>
  );
}

/** The last row of either table: how the output is made, and its bytes. */
function OutRow({ how, out }: { how: string; out: Uint8Array }) {
  return (
    <tr className="out">
      <th>Out</th>
      <td>{how}</td>
      <td>
        <code className="hex">{toHex(out)}</code>
      </td>
    </tr>
  );
}
