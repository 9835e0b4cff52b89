/**
 * The TR figure's files: the SVG as Word takes it (17 cm wide, Arial, black on white, no caption
 * unless asked), the PNG at 300 dpi for that width, and the `.mmd` that draws the same. The sizes
 * here are the one place that says how big the figure is on the page.
 */
import { FIGURE_CAPTION } from '../protocol/clause';
import { TR_FONT_SIZE, TR_LOOK, withFrontMatter } from './trLook';
import { AS_WRITTEN, correctedTexts, trFigure, trFigureBody } from './trFigure';
import type { Redline } from '../review/redline';
import { EXPORT_NAME, parseViewBox, svgFile, type Box } from './export';

/** Word's text width on an A4 page with 3GPP margins is about 17 cm: the figure's width. */
export const TR_WIDTH_MM = 170;
export const TR_DPI = 300;
/** 17 cm at 300 dpi: 2008 pixels. */
export const TR_PNG_WIDTH = Math.round((TR_WIDTH_MM / 25.4) * TR_DPI);
/** The smallest label a TR figure may have at its width, in points. */
export const MIN_LABEL_PT = 8;

const POINTS_PER_MM = 72 / 25.4;

/** How big a label of `fontPx` (view-box units) prints when the figure is `TR_WIDTH_MM` wide. */
export function labelPoints(fontPx: number, viewBoxWidth: number): number {
  return (fontPx * TR_WIDTH_MM * POINTS_PER_MM) / viewBoxWidth;
}

/** The height, in mm, of a view box drawn `TR_WIDTH_MM` wide. */
export const heightMm = (box: Box) => (TR_WIDTH_MM * box.height) / box.width;

export type TrVersion = 'written' | 'corrected';

export const TR_VERSIONS: Readonly<
  Record<TrVersion, { label: string; about: string; file: string }>
> = {
  written: {
    label: 'TR figure, as written',
    about: 'Drawn from the text of clause 6.3.4.3.2 as the pCR writes it.',
    file: EXPORT_NAME,
  },
  corrected: {
    label: 'TR figure, as the review corrects it',
    about: "Drawn from the text of clause 6.3.4.3.2 after every change of kdflow's redline.",
    file: `${EXPORT_NAME}-corrected`,
  },
};

/** The `.mmd` of a TR figure: its configuration in front-matter, then the caption as a comment. */
export function trMermaid(version: TrVersion, redline: Redline): string {
  const texts = version === 'written' ? AS_WRITTEN : correctedTexts(redline);
  return withFrontMatter(trFigureBody(trFigure(texts)), TR_LOOK, [
    FIGURE_CAPTION,
    TR_VERSIONS[version].about,
  ]);
}

const CAPTION_GAP = 12;

/**
 * Serialises a rendered TR figure as a stand-alone SVG: xmlns, 17 cm wide (so Word inserts it
 * at the text width), a white ground, the font it names (Arimo, embedded, after Arial), and the
 * caption below only when asked (Word writes its own caption under a figure).
 */
export function trSvgFile(
  svg: SVGSVGElement,
  opts: { caption: string | null; fontFace: string },
): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const drawn = parseViewBox(clone.getAttribute('viewBox'));
  if (!drawn) throw new Error('the figure has no usable viewBox');
  const doc = clone.ownerDocument;
  const box: Box = opts.caption
    ? { ...drawn, height: drawn.height + CAPTION_GAP + TR_FONT_SIZE * 1.5 }
    : drawn;

  svgFile.standalone(clone, box, {
    width: `${TR_WIDTH_MM}mm`,
    height: `${heightMm(box).toFixed(2)}mm`,
  });
  clone.removeAttribute('style');
  for (const el of clone.querySelectorAll('[data-state], [data-step]')) {
    el.removeAttribute('data-state');
    el.removeAttribute('data-step');
  }
  clone.insertBefore(svgFile.white(doc, box), clone.firstChild);
  clone.insertBefore(svgFile.style(doc, opts.fontFace), clone.firstChild);

  if (opts.caption) {
    clone.appendChild(svgFile.white(doc, box, drawn.y + drawn.height));
    const at = { x: box.x + box.width / 2, y: drawn.y + drawn.height + CAPTION_GAP + TR_FONT_SIZE };
    clone.appendChild(
      svgFile.caption(doc, at, opts.caption, { family: TR_LOOK.fontFamily, size: TR_FONT_SIZE }),
    );
  }
  return svgFile.serialise(clone);
}
