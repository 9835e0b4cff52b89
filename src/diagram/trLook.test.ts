import { describe, expect, it } from 'vitest';
import { APP_LOOK, MERMAID_CONFIG } from './config';
import { TR_FONT_FAMILY, TR_LOOK, withFrontMatter } from './trLook';

describe('the TR look', () => {
  it('is black on white, in Arial first', () => {
    const colours = new Set(Object.values(TR_LOOK.themeVariables).filter((v) => v.startsWith('#')));
    expect([...colours].sort()).toEqual(['#000000', '#ffffff']);
    expect(TR_FONT_FAMILY).toMatch(/^Arial, Arimo,/);
    for (const key of ['actorFontFamily', 'messageFontFamily', 'noteFontFamily'] as const)
      expect(TR_LOOK.sequence[key]).toBe(TR_FONT_FAMILY);
  });

  it('sets every drawing key the app sets, so that the app’s own set-up cannot leak into the file', () => {
    for (const key of Object.keys(MERMAID_CONFIG.sequence))
      expect(TR_LOOK.sequence, key).toHaveProperty(key);
    expect(TR_LOOK).toHaveProperty('theme');
    expect(TR_LOOK).toHaveProperty('look');
  });

  it('keeps out what a diagram may not set', () => {
    for (const look of [TR_LOOK, APP_LOOK])
      for (const key of ['securityLevel', 'startOnLoad', 'secure', 'maxTextSize'])
        expect(look).not.toHaveProperty(key);
  });
});

describe('withFrontMatter', () => {
  it('writes the configuration as YAML between --- lines, then comments, then the diagram', () => {
    const text = withFrontMatter(
      'sequenceDiagram\n  A->>B: hi\n',
      { theme: 'base', sequence: { wrap: false, width: 110, font: 'Arial, "Liberation Sans"' } },
      ['Figure 1', 'a\nb'],
    );
    expect(text).toBe(
      [
        '---',
        'config:',
        '  theme: "base"',
        '  sequence:',
        '    wrap: false',
        '    width: 110',
        '    font: "Arial, \\"Liberation Sans\\""',
        '---',
        '%% Figure 1',
        '%% a b',
        'sequenceDiagram',
        '  A->>B: hi',
        '',
      ].join('\n'),
    );
  });

  it('never turns a comment into a directive', () => {
    expect(withFrontMatter('sequenceDiagram', {}, ['{init: {"theme":"dark"}}'])).not.toContain(
      '%%{',
    );
  });
});
