import { useEffect, useRef } from 'react';
import { useActions, useKdflow } from '../../store/react';
import { TID } from '../app/testIds';
import { SHORTCUTS } from './useKeyboard';
import './shortcuts.css';

/**
 * The keyboard shortcuts, in a modal <dialog>: the browser keeps focus inside it, closes it on Esc
 * and gives focus back to where it was.
 */
export function ShortcutsDialog() {
  const open = useKdflow((s) => s.helpOpen);
  const { setHelpOpen } = useActions();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    else if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      data-testid={TID.shortcuts}
      onClose={() => setHelpOpen(false)}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">Typing in a field never steps the figure.</p>
      <button type="button" autoFocus onClick={() => setHelpOpen(false)}>
        Close
      </button>
    </dialog>
  );
}
