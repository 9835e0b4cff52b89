import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { PrintTable } from './PrintTable';
import './print.css';

/**
 * Where the print-only table of values goes. The table is not in the page while on screen (a page
 * of values would cost on every step and edit): it renders only while the page prints.
 * `beforeprint` fires just before the browser lays the page out for print, so that render is
 * flushed synchronously. Its code is small and in the entry, so the very first Ctrl+P has it, and
 * printing works offline.
 */
export function PrintSlot() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const show = (on: boolean) => flushSync(() => setPrinting(on));
    const media = window.matchMedia('print');
    const onMedia = () => show(media.matches);
    const before = () => show(true);
    const after = () => show(media.matches);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? <PrintTable /> : null;
}
