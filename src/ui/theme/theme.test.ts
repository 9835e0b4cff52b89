import { describe, expect, it } from 'vitest';
import {
  createTheme,
  nextChoice,
  parseChoice,
  resolveTheme,
  THEME_KEY,
  type ThemeChoice,
  type ThemeWindow,
} from './theme';

/** A window with a settable system preference, a storage map and an <html> that records attributes. */
function fakeWindow(opts: {
  systemDark?: boolean;
  stored?: string;
  storage?: 'ok' | 'throws' | 'denied';
}) {
  const store = new Map<string, string>(opts.stored ? [[THEME_KEY, opts.stored]] : []);
  const attrs = new Map<string, string>();
  const changeListeners: (() => void)[] = [];
  const media = {
    matches: opts.systemDark ?? false,
    addEventListener: (_: string, l: () => void) => changeListeners.push(l),
  };
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const win = {
    matchMedia: () => media,
    get localStorage() {
      if (opts.storage === 'denied') throw new Error('SecurityError');
      if (opts.storage === 'throws') return throwing;
      return {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
      };
    },
    document: { documentElement: { setAttribute: (n: string, v: string) => attrs.set(n, v) } },
  } as unknown as ThemeWindow;
  const setSystemDark = (dark: boolean) => {
    media.matches = dark;
    for (const l of changeListeners) l();
  };
  return { win, store, attrs, setSystemDark };
}

describe('theme choice', () => {
  it.each([
    [null, 'system'],
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['DARK', 'system'],
    ['<script>', 'system'],
  ] as const)('parses %j as %s', (stored, choice) => {
    expect(parseChoice(stored)).toBe(choice);
  });

  it('resolves system by the preference, and a pinned choice by itself', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it.each([false, true])(
    'cycles through all three, first press changing the look (system dark: %s)',
    (dark) => {
      const seen: ThemeChoice[] = [];
      let c = parseChoice(null);
      for (let i = 0; i < 3; i++) {
        c = nextChoice(c, dark);
        seen.push(c);
      }
      expect(seen).toEqual(dark ? ['light', 'dark', 'system'] : ['dark', 'light', 'system']);
      expect(resolveTheme(seen[0]!, dark)).not.toBe(resolveTheme('system', dark));
    },
  );
});

describe('createTheme', () => {
  it('applies the stored choice to <html data-theme> at once', () => {
    const w = fakeWindow({ stored: 'dark' });
    const t = createTheme(w.win);
    expect(w.attrs.get('data-theme')).toBe('dark');
    expect(t.state()).toEqual({ choice: 'dark', theme: 'dark', systemDark: false });
  });

  it('follows the system while the choice is "system", and only then', () => {
    const w = fakeWindow({});
    const t = createTheme(w.win);
    expect(w.attrs.get('data-theme')).toBe('light');
    w.setSystemDark(true);
    expect(w.attrs.get('data-theme')).toBe('dark');
    t.set('light');
    w.setSystemDark(false);
    w.setSystemDark(true);
    expect(w.attrs.get('data-theme')).toBe('light');
  });

  it('keeps the choice in storage and tells subscribers, with a new snapshot', () => {
    const w = fakeWindow({});
    const t = createTheme(w.win);
    const before = t.state();
    let calls = 0;
    const off = t.subscribe(() => calls++);
    t.set('dark');
    expect(w.store.get(THEME_KEY)).toBe('dark');
    expect(calls).toBe(1);
    expect(t.state()).not.toBe(before);
    expect(t.state().theme).toBe('dark');
    off();
    t.set('system');
    expect(calls).toBe(1);
  });

  it.each(['throws', 'denied'] as const)('works when storage %s', (storage) => {
    const w = fakeWindow({ storage, systemDark: true });
    const t = createTheme(w.win);
    expect(t.state().choice).toBe('system');
    expect(w.attrs.get('data-theme')).toBe('dark');
    expect(() => t.set('light')).not.toThrow();
    expect(w.attrs.get('data-theme')).toBe('light');
  });
});
