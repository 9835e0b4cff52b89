import { describe, expect, it } from 'vitest';
import { FIGURE_CAPTION } from '../protocol/clause';
import { captionLayout, parseViewBox } from './export';

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
    const { box: out, x, y } = captionLayout(box, FIGURE_CAPTION);
    expect(out.x).toBe(box.x);
    expect(out.width).toBe(box.width);
    expect(out.height).toBeGreaterThan(box.height + 30);
    expect(x).toBe(box.x + box.width / 2);
    expect(y).toBeGreaterThan(box.y + box.height);
    expect(y).toBeLessThan(out.y + out.height);
  });

  it('widens a narrow diagram so that the caption fits', () => {
    const { box: out, x } = captionLayout({ x: 0, y: 0, width: 100, height: 50 }, FIGURE_CAPTION);
    expect(out.width).toBeGreaterThan(FIGURE_CAPTION.length * 8);
    expect(x).toBe(50);
  });
});
