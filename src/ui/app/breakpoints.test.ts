import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS } from './breakpoints';

const UI = join(import.meta.dirname, '..');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? stylesheets(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('breakpoints', () => {
  const allowed = new Set<number>(Object.values(BREAKPOINTS));
  const files = stylesheets(UI);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(UI.length + 1), f]))(
    '%s uses only the listed breakpoints',
    (_, file) => {
      const css = readFileSync(file, 'utf8');
      const widths = [...css.matchAll(/@media[^{]*?(?:min|max)-width:\s*(\d+)px/g)].map((m) =>
        Number(m[1]),
      );
      expect(widths.filter((w) => !allowed.has(w))).toEqual([]);
    },
  );

  it('tokens.css names each breakpoint', () => {
    const tokens = readFileSync(join(UI, 'app', 'tokens.css'), 'utf8');
    for (const px of allowed) expect(tokens).toContain(`${px}px`);
  });
});
