/**
 * The page theme. The choice is "system" (follow prefers-color-scheme), "light" or "dark", kept
 * in localStorage. The resolved theme goes on <html data-theme="light|dark"> before React first
 * renders (main.tsx), so the CSS needs one dark block and the page does not flash. Exports never
 * read it: they render a detached figure with Mermaid's own light styles (src/diagram/export.ts).
 */

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'kdflow-theme';

/** Anything stored that is not a known choice (or nothing) means "system". */
export function parseChoice(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/**
 * The toggle's next choice: system → the other look → the system's look, pinned → system. So the
 * first press always changes what the page looks like.
 */
export function nextChoice(choice: ThemeChoice, systemDark: boolean): ThemeChoice {
  const other: Theme = systemDark ? 'light' : 'dark';
  if (choice === 'system') return other;
  return choice === other ? resolveTheme('system', systemDark) : 'system';
}

export interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
  systemDark: boolean;
}

export interface ThemeController {
  /** The same object until something changes (a useSyncExternalStore snapshot). */
  state(): ThemeState;
  set(choice: ThemeChoice): void;
  subscribe(listener: () => void): () => void;
}

/** A window, or the part of one the theme uses (unit tests pass a fake). */
export type ThemeWindow = Pick<Window, 'matchMedia'> & {
  readonly localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly document: { readonly documentElement: Pick<Element, 'setAttribute'> };
};

/**
 * Reads the stored choice, applies it and follows the system while the choice is "system".
 * Storage that throws (blocked cookies, some private modes) is the same as none: the page works,
 * the choice just lasts for this visit.
 */
export function createTheme(win: ThemeWindow): ThemeController {
  const storage = () => {
    try {
      return win.localStorage;
    } catch {
      return null;
    }
  };
  let choice: ThemeChoice;
  try {
    choice = parseChoice(storage()?.getItem(THEME_KEY));
  } catch {
    choice = 'system';
  }
  const media = win.matchMedia?.('(prefers-color-scheme: dark)');
  const listeners = new Set<() => void>();
  let state: ThemeState;
  const apply = () => {
    const systemDark = media?.matches ?? false;
    state = { choice, theme: resolveTheme(choice, systemDark), systemDark };
    win.document.documentElement.setAttribute('data-theme', state.theme);
    for (const l of listeners) l();
  };
  media?.addEventListener?.('change', apply);
  apply();
  return {
    state: () => state,
    set(next) {
      choice = next;
      try {
        storage()?.setItem(THEME_KEY, next);
      } catch {
        // Not kept across visits; nothing else to do.
      }
      apply();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let page: ThemeController | null = null;

/** The page's one theme, created (and applied) on first use: main.tsx calls it before rendering. */
export function pageTheme(): ThemeController {
  return (page ??= createTheme(window));
}
