import { useEffect } from 'react';
import { useActions, useKdflow } from '../../store/react';
import { usePresenterToggle } from '../presenter/presenter';

/** Elements that use these keys themselves: typing in a field must not step the figure. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') return true;
  // A focused scroll container that overflows (the figure on a narrow screen) scrolls with ← →.
  const sideways = key === 'ArrowLeft' || key === 'ArrowRight';
  if (sideways && target.role === 'region' && target.scrollWidth > target.clientWidth) return true;
  // A tab list moves between its tabs with ← → Home End (WAI-ARIA tabs pattern).
  if (target.role === 'tab' && (sideways || key === 'Home' || key === 'End')) return true;
  // A select takes arrows and letters, but Esc may still leave presenter mode from it.
  if (tag === 'SELECT') return key !== 'Escape';
  // A focused button or link takes Space as "press me".
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/** The page's shortcuts, listed for people in the shortcuts dialog (`?`). */
export const SHORTCUTS: readonly (readonly [keys: string, what: string])[] = [
  ['→', 'next step'],
  ['←', 'previous step'],
  ['Home / End', 'first / last step'],
  ['Space', 'play or pause'],
  ['+ / −', 'play faster / slower'],
  ['f', 'presenter mode on or off'],
  ['?', 'this list of shortcuts'],
  ['Esc', 'close this list; leave presenter mode'],
];

/**
 * ← → Home End step through the procedure; Space plays or pauses; + and − change the speed;
 * f toggles presenter mode, ? shows the shortcuts and Esc leaves either.
 */
export function useKeyboard(): void {
  const { next, previous, first, last, togglePlay, faster, slower, setHelpOpen } = useActions();
  const presenting = useKdflow((s) => s.presenting);
  const helpOpen = useKdflow((s) => s.helpOpen);
  const present = usePresenterToggle();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target, e.key)) return;
      // The shortcuts dialog is modal: it closes itself on Esc, and `?` closes it too.
      if (helpOpen) {
        if (e.key === '?') {
          e.preventDefault();
          setHelpOpen(false);
        }
        return;
      }
      const action = {
        ArrowRight: next,
        ArrowLeft: previous,
        Home: first,
        End: last,
        ' ': togglePlay,
        '+': faster,
        '=': faster,
        '-': slower,
        f: () => present(),
        F: () => present(),
        '?': () => setHelpOpen(true),
        Escape: presenting ? () => present(false) : undefined,
      }[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    next,
    previous,
    first,
    last,
    togglePlay,
    faster,
    slower,
    setHelpOpen,
    present,
    presenting,
    helpOpen,
  ]);
}
