import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../protocol/scenario';
import { simulate } from '../protocol/simulate';
import { buildRedline } from '../review/redline';
import { reviewFindings } from '../review/review';
import { heightMm, labelPoints, TR_PNG_WIDTH, TR_VERSIONS, trMermaid } from './trExport';
import { AS_WRITTEN, trFigure, trFigureBody } from './trFigure';
import { TR_LOOK, withFrontMatter } from './trLook';

describe('sizes on a Word page', () => {
  it('17 cm at 300 dpi is 2008 pixels', () => {
    expect(TR_PNG_WIDTH).toBe(2008);
  });

  it('a 16 px label in a 914-unit-wide figure prints at 8.4 pt when it is 17 cm wide', () => {
    expect(labelPoints(16, 914)).toBeCloseTo(8.44, 2);
    expect(labelPoints(16, 1200)).toBeLessThan(8);
    expect(heightMm({ x: 0, y: 0, width: 900, height: 1000 })).toBeCloseTo(188.9, 1);
  });
});

describe('trMermaid', () => {
  const redline = buildRedline(reviewFindings(simulate(DEFAULT_SCENARIO, 'tr')));

  it('is the TR look in front-matter, the caption, and the figure read from the text', () => {
    const text = trMermaid('written', redline);
    expect(text).toBe(
      withFrontMatter(trFigureBody(trFigure(AS_WRITTEN)), TR_LOOK, [
        'Figure 6.3.4.3.2-1: Network authorised key establishment',
        TR_VERSIONS.written.about,
      ]),
    );
  });

  it('differs as written and corrected only in the figure', () => {
    const [a, b] = [trMermaid('written', redline), trMermaid('corrected', redline)];
    const head = (t: string) => t.slice(0, t.indexOf('---', 4));
    expect(head(a)).toBe(head(b));
    expect(a).toContain('received in message 2');
    expect(b).toContain('received in message 4');
  });
});
