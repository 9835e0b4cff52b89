/**
 * Entering and leaving presenter mode. The store holds whether the page presents; the browser's
 * full screen is asked for here, in the same keypress or click (it needs a user gesture), and its
 * absence is no error: presenter mode fills the window either way.
 */
import { useCallback, useEffect } from 'react';
import { useActions, useKdflow } from '../../store/react';

/** Whether kdflow asked for the full screen it is in (so that leaving it leaves presenter mode). */
let ownFullscreen = false;

function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen({ navigationUI: 'hide' }).then(
    () => {
      ownFullscreen = true;
    },
    // Refused (no gesture, an iframe without permission, a kiosk): the window is enough.
    () => undefined,
  );
}

function exitFullscreen(): void {
  if (!ownFullscreen || !document.fullscreenElement) return;
  ownFullscreen = false;
  document.exitFullscreen().catch(() => undefined);
}

/** Turns presenter mode on or off, with the full screen. */
export function usePresenterToggle(): (on?: boolean) => void {
  const presenting = useKdflow((s) => s.presenting);
  const { setPresenting } = useActions();
  return useCallback(
    (on = !presenting) => {
      if (on) enterFullscreen();
      else exitFullscreen();
      setPresenting(on);
    },
    [presenting, setPresenting],
  );
}

/**
 * A file dropped while presenting is ignored: the report controls (which open dropped reports)
 * are not on screen, and the browser would otherwise leave the page to show the file.
 */
export function useIgnoreFileDrops(): void {
  useEffect(() => {
    const ignore = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);
}

/** Leaving full screen the browser's way (Esc, F11) leaves presenter mode too. */
export function useFullscreenExit(): void {
  const { setPresenting } = useActions();
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement || !ownFullscreen) return;
      ownFullscreen = false;
      setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);
}
