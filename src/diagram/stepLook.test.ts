import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, stepLookCss, type StepLook } from './stepLook';

/** Each selector of the CSS text with its declarations (`name: value[ !important]`), in order. */
function rulesOf(css: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const block of css.split('}')) {
    const [head, body] = block.split('{');
    if (body === undefined || head === undefined) continue;
    const declarations = body
      .split(';')
      .map((d) => d.trim().replace(/\s*:\s*/, ': '))
      .filter(Boolean);
    for (const selector of head.split(',\n')) {
      const key = selector.trim();
      rules.set(key, [...(rules.get(key) ?? []), ...declarations]);
    }
  }
  return rules;
}

/** What each step mark must carry, from a look: the table the page and the export both follow. */
function expected(scope: string, look: StepLook): Map<string, string[]> {
  const w = `${look.currentStrokeWidth}px`;
  const i = '!important';
  return new Map([
    [`${scope} [data-et='message'][data-state='future']`, [`opacity: ${look.futureOpacity}`]],
    [`${scope} [data-et='note'][data-state='future'] rect`, [`opacity: ${look.futureOpacity}`]],
    [`${scope} text.messageText[data-state='future']`, [`fill: ${look.futureInk} ${i}`]],
    [
      `${scope} [data-et='note'][data-state='future'] :is(.noteText, .noteText > tspan)`,
      [`fill: ${look.futureInk} ${i}`],
    ],
    [`${scope} [data-state='past']`, [`opacity: ${look.pastOpacity}`]],
    [
      `${scope} [data-et='message'][data-state='current']`,
      [`stroke: ${look.accent} ${i}`, `stroke-width: ${w} ${i}`],
    ],
    [
      `${scope} text.messageText[data-state='current']`,
      [`fill: ${look.accent} ${i}`, `font-weight: ${look.currentFontWeight} ${i}`],
    ],
    [
      `${scope} [data-et='note'][data-state='current'] rect`,
      [`stroke: ${look.accent} ${i}`, `stroke-width: ${w} ${i}`],
    ],
    [
      `${scope} [data-et='note'][data-state='current'] text`,
      [`font-weight: ${look.currentFontWeight} ${i}`],
    ],
  ]);
}

const CASES: [string, string, StepLook][] = [
  ['light, on the page', '.figure-svg', LIGHT],
  ['dark, on the page', ":where(:root[data-theme='dark']) .figure-svg", DARK],
  ['light, in an export', '#kdflow-figure-3', LIGHT],
];

describe('stepLookCss', () => {
  for (const [name, scope, look] of CASES)
    it(`writes the look's values under its scope (${name})`, () => {
      expect(rulesOf(stepLookCss(scope, look))).toEqual(expected(scope, look));
    });

  it('keeps the page look as figure.css had it, light and dark', () => {
    expect(LIGHT).toEqual({
      accent: '#1d4ed8',
      futureInk: '#646b76',
      futureOpacity: 0.45,
      pastOpacity: 0.75,
      currentStrokeWidth: 3,
      currentFontWeight: 700,
    });
    expect(DARK).toEqual({ ...LIGHT, accent: '#79a8ff', futureInk: '#8f99a5' });
  });

  const changed: { [K in keyof StepLook]: StepLook[K] } = {
    accent: '#c0ffee',
    futureInk: '#abcdef',
    futureOpacity: 0.3,
    pastOpacity: 0.6,
    currentStrokeWidth: 5,
    currentFontWeight: 600,
  };
  for (const key of Object.keys(changed) as (keyof StepLook)[])
    it(`follows a change of ${key}`, () => {
      const look = { ...LIGHT, [key]: changed[key] };
      const css = stepLookCss('.figure-svg', look);
      expect(css).not.toBe(stepLookCss('.figure-svg', LIGHT));
      expect(css).toContain(String(changed[key]));
      expect(rulesOf(css)).toEqual(expected('.figure-svg', look));
    });
});
