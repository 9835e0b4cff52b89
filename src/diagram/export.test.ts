import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import {
  captionLayout,
  exportFileName,
  mermaidSource,
  parseViewBox,
  pngSize,
  TR_CAPTION,
} from './export';
import { toMermaid } from './sequence';

describe('mermaidSource', () => {
  const diagram = toMermaid(simulate(DEFAULT_SCENARIO, 'demo'));

  it('is the rendered diagram text, after the caption as a comment', () => {
    const src = mermaidSource(diagram, TR_CAPTION, ['kdflow scenario: mode=calculated']);
    expect(src).toBe(`%% ${TR_CAPTION}\n%% kdflow scenario: mode=calculated\n${diagram}`);
    expect(src.split('\n')[0]).toBe('%% Figure 6.3.4.3.2-1: Network authorised key establishment');
  });

  it('keeps every comment on one line and never makes a directive', () => {
    const src = mermaidSource('sequenceDiagram', 'a\nb\r\nc', ['{init: {"theme":"dark"}}']);
    expect(src).toBe('%% a b c\n%% {init: {"theme":"dark"}}\nsequenceDiagram\n');
    expect(src).not.toContain('%%{');
  });
});

describe('parseViewBox', () => {
  it.each([
    ['-102 -10 1170 762.25', { x: -102, y: -10, width: 1170, height: 762.25 }],
    ['0,0,10,20', { x: 0, y: 0, width: 10, height: 20 }],
    ['0 0 0 20', null],
    ['0 0 10', null],
    ['a b c d', null],
    [null, null],
  ])('%s', (value, box) => {
    expect(parseViewBox(value)).toEqual(box);
  });
});

describe('captionLayout', () => {
  it('puts the caption centred below the diagram and grows the view box to hold it', () => {
    const box = { x: -102, y: -10, width: 1170, height: 762 };
    const { box: out, x, y } = captionLayout(box, TR_CAPTION);
    expect(out.x).toBe(box.x);
    expect(out.width).toBe(box.width);
    expect(out.height).toBeGreaterThan(box.height + 30);
    expect(x).toBe(box.x + box.width / 2);
    expect(y).toBeGreaterThan(box.y + box.height);
    expect(y).toBeLessThan(out.y + out.height);
  });

  it('widens a narrow diagram so that the caption fits', () => {
    const { box: out, x } = captionLayout({ x: 0, y: 0, width: 100, height: 50 }, TR_CAPTION);
    expect(out.width).toBeGreaterThan(TR_CAPTION.length * 8);
    expect(x).toBe(50);
  });
});

describe('file names and sizes', () => {
  it('names the clean files as the issue asks, and a highlighted one by its step', () => {
    expect(['svg', 'png', 'mmd'].map((e) => exportFileName(e as 'svg'))).toEqual([
      'figure-6.3.4.3.2-1.svg',
      'figure-6.3.4.3.2-1.png',
      'figure-6.3.4.3.2-1.mmd',
    ]);
    expect(exportFileName('png', 3)).toBe('figure-6.3.4.3.2-1-step-3.png');
  });

  it('sizes the PNG at twice the view box, rounded', () => {
    expect(pngSize({ x: -5, y: 0, width: 1170, height: 814.2333 }, 2)).toEqual({
      width: 2340,
      height: 1628,
    });
  });
});
