import { useEffect } from 'react';
import { useActions } from '../store/react';

/** Elements that use these keys themselves: typing in a field must not step the figure. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  // A focused button or link takes Space as "press me".
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/** ← → Home End step through the procedure; Space plays or pauses. */
export function useKeyboard(): void {
  const { next, previous, first, last, togglePlay } = useActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target, e.key)) return;
      const action = {
        ArrowRight: next,
        ArrowLeft: previous,
        Home: first,
        End: last,
        ' ': togglePlay,
      }[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, first, last, togglePlay]);
}
