import { useSyncExternalStore } from 'react';
import { TID } from '../app/testIds';
import { nextChoice, pageTheme } from './theme';

/** Cycles the page theme (system → the other look → pinned → system); its text says the state. */
export function ThemeToggle() {
  const theme = pageTheme();
  const { choice, theme: shown, systemDark } = useSyncExternalStore(theme.subscribe, theme.state);
  const next = nextChoice(choice, systemDark);
  return (
    <button
      type="button"
      className="theme-toggle"
      data-testid={TID.themeToggle}
      data-theme-choice={choice}
      onClick={() => theme.set(next)}
      title={next === 'system' ? 'Follow the system’s theme' : `Switch to ${next}`}
    >
      Theme: {choice === 'system' ? `system (${shown})` : choice}
    </button>
  );
}
