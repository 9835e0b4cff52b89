import { describe, expect, it } from 'vitest';
import { escapeLabel } from './escape';

describe('escapeLabel', () => {
  it.each([
    ['plain text', 'Keying_material_1 (FFS), UE_1 ID', 'Keying_material_1 (FFS), UE_1 ID'],
    ['statement end', 'a;b', 'a#59;b'],
    ['comment and entity start', 'a#b', 'a#35;b'],
    ['an entity typed literally', '#59;', '#35;59#59;'],
    ['tags and <br>', '<b>x</b><br>', '#60;b#62;x#60;/b#62;#60;br#62;'],
    ['ends Mermaid would trim', ' x ', '#32;x#32;'],
    ['a wrap: prefix', 'wrap:x', 'wrap#58;x'],
    ['a directive', '%%{init}%%', '#37;%{init}#37;%'],
    ['KaTeX', '$$x$$', '#36;$x#36;$'],
    ['Mermaid placeholders', 'ﬂ°°59¶ß', '#64258;°°59#182;ß'],
    ['emoji stay one code point', '🔑;', '🔑#59;'],
    ['newline', 'a\nb', 'a#10;b'],
  ])('%s', (_name, input, output) => {
    expect(escapeLabel(input)).toBe(output);
  });

  it('leaves characters Mermaid keeps as they are, so that label widths stay true', () => {
    const safe = `Aa0 _.,'"{}()[]-+=|\\\`~^*!?/@&`;
    expect(escapeLabel(safe)).toBe(safe);
  });
});
