import { describe, expect, it } from 'vitest';
import { revealOffsets, unionBox, type ScrollView } from './reveal';

/** A 400×300 view, scrolled to the top, of content 1000×1200; a 40 px actor row on top. */
const view: ScrollView = {
  scrollTop: 0,
  scrollLeft: 0,
  width: 400,
  height: 300,
  maxTop: 900,
  maxLeft: 600,
  insetTop: 40,
};
const box = (top: number, left: number, bottom: number, right: number) => ({
  top,
  left,
  bottom,
  right,
});

describe('revealOffsets', () => {
  it('does not move when the box is wholly in sight below the actor row', () => {
    expect(revealOffsets(box(50, 10, 290, 390), view)).toBeNull();
    expect(revealOffsets(box(40, 0, 300, 400), view)).toBeNull();
  });

  it('centres a box below the view in the band the actor row leaves', () => {
    // Band 40–300 (centre 170); the box 500–560 (centre 530) needs 360 px more.
    expect(revealOffsets(box(500, 10, 560, 200), view)).toEqual({ top: 360, left: 0 });
  });

  it('moves a box hidden under the actor row down out of it', () => {
    const scrolled = { ...view, scrollTop: 400 };
    // The box 20–60 is half under the row: centred at 170, so scrolled up by 130.
    expect(revealOffsets(box(20, 10, 60, 200), scrolled)).toEqual({ top: 270, left: 0 });
  });

  it('scrolls sideways only when the box runs out sideways', () => {
    // Vertically in sight; 350–450 runs out on the right (centre 400 → 200).
    expect(revealOffsets(box(100, 350, 150, 450), view)).toEqual({ top: 0, left: 200 });
    const right = { ...view, scrollLeft: 300 };
    expect(revealOffsets(box(100, -50, 150, 50), right)).toEqual({ top: 0, left: 100 });
  });

  it('puts the start of a box larger than the band at the band’s start', () => {
    expect(revealOffsets(box(500, 10, 900, 200), view)).toEqual({ top: 460, left: 0 });
  });

  it('shows the labels of a message wider than the view, centred, rather than its start', () => {
    // An arrow 0–900 cannot fit 400 px; its label 600–700 (centre 650) is centred at 200.
    const label = box(100, 600, 150, 700);
    expect(revealOffsets(box(100, 0, 160, 900), view, label)).toEqual({ top: 0, left: 450 });
    // Already in sight: no move, though the arrow runs out both sides.
    const there = { ...view, scrollLeft: 450 };
    expect(revealOffsets(box(100, -450, 160, 450), there, box(100, 150, 150, 250))).toBeNull();
  });

  it('never scrolls past either end', () => {
    expect(revealOffsets(box(1100, 10, 1150, 200), view)).toEqual({ top: 900, left: 0 });
    const down = { ...view, scrollTop: 100 };
    expect(revealOffsets(box(-200, 10, -150, 200), down)).toEqual({ top: 0, left: 0 });
  });

  it('treats less than a pixel as no move', () => {
    const fractional = { ...view, scrollTop: 360.4 };
    expect(revealOffsets(box(140, 10, 200, 200), fractional)).toBeNull();
  });
});

describe('unionBox', () => {
  it('holds every box, padded', () => {
    expect(unionBox([box(10, 20, 30, 40), box(5, 25, 50, 35)], 2)).toEqual(box(3, 18, 52, 42));
  });
  it('is null for no boxes', () => {
    expect(unionBox([])).toBeNull();
  });
});
