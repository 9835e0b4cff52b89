/**
 * Export of the app's figure for slides: the rendered SVG cloned and serialised, the way the
 * Mermaid Live Editor exports, with the current step highlighted and a caption naming the
 * scenario and step. (The TR figure has its own files: trExport.ts.)
 *
 * An exported file never depends on the page: the page shows steps through the step look's rules
 * (stepLook.ts, scoped `.figure-svg`), and the file carries the same rules in a `<style>` scoped by
 * its own id. Mermaid's own `<style>` (theme `default`, light) travels inside the SVG, scoped by the
 * SVG's id, so a dark page theme can never reach the file.
 */

import { embedStepLook } from './stepLook';

/** Every exported figure file's name starts so. */
export const EXPORT_NAME = 'figure-6.3.4.3.2-1';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Parses an SVG `viewBox` attribute; null when it is missing or not four finite numbers. */
export function parseViewBox(value: string | null | undefined): Box | null {
  const n = (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return null;
  const [x = 0, y = 0, width = 0, height = 0] = n;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

export const CAPTION_FONT_SIZE = 16;
const CAPTION_GAP = 16;

/**
 * Where the caption goes: centred below the diagram, with the view box grown to hold it (and
 * widened when a long caption would overflow; 0.6 em per character is a generous estimate for
 * bold Arial, since the exporter has no layout to measure with).
 */
export function captionLayout(box: Box, caption: string): { box: Box; x: number; y: number } {
  const fs = CAPTION_FONT_SIZE;
  const textWidth = Array.from(caption).length * fs * 0.6 + 2 * CAPTION_GAP;
  const grow = Math.max(0, textWidth - box.width);
  const out: Box = {
    x: box.x - grow / 2,
    y: box.y,
    width: box.width + grow,
    height: box.height + 2 * CAPTION_GAP + fs * 1.25,
  };
  return { box: out, x: out.x + out.width / 2, y: box.y + box.height + CAPTION_GAP + fs };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The pieces every exported SVG file is made of (the slide here, the TR figure in trExport.ts). */
export const svgFile = {
  /** Makes a cloned figure a file of its own: the namespaces, the view box and the size given. */
  standalone(clone: SVGSVGElement, box: Box, size: { width: string; height: string }): void {
    clone.setAttribute('xmlns', SVG_NS);
    clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
    clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
    clone.setAttribute('width', size.width);
    clone.setAttribute('height', size.height);
  },

  /**
   * A white rectangle across `box` from `top` down. Inline styles win over Mermaid's scoped sheet,
   * which styles bare `rect`s too. Mermaid draws lifelines far past its view box: a band from the
   * diagram's bottom hides them under a caption.
   */
  white(doc: Document, box: Box, top = box.y): SVGRectElement {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box.x));
    rect.setAttribute('y', String(top));
    rect.setAttribute('width', String(box.width));
    rect.setAttribute('height', String(box.y + box.height - top));
    rect.setAttribute('style', 'fill:#ffffff;stroke:none;opacity:1');
    return rect;
  },

  /** A caption, centred on `x`, in black bold. */
  caption(
    doc: Document,
    at: { x: number; y: number },
    text: string,
    font: { family: string; size: number },
  ): SVGTextElement {
    const caption = doc.createElementNS(SVG_NS, 'text');
    caption.setAttribute('x', String(at.x));
    caption.setAttribute('y', String(at.y));
    caption.setAttribute('text-anchor', 'middle');
    caption.setAttribute('class', 'figure-caption');
    caption.setAttribute(
      'style',
      `font-family:${font.family};font-size:${font.size}px;font-weight:700;fill:#000000;stroke:none;opacity:1`,
    );
    caption.textContent = text;
    return caption;
  },

  /** A `<style>` element holding `css`. */
  style(doc: Document, css: string): SVGStyleElement {
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent = css;
    return style;
  },

  serialise(clone: SVGSVGElement): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  },
};

/**
 * Serialises the rendered figure, its step marks set (restyle.ts `showStep`), as a stand-alone SVG
 * file: a clone with xmlns, a white background, the caption centred below, an explicit size, and
 * the step look's rules (stepLook.ts), so that the file shows the step by itself.
 */
export function exportStepSvg(svg: SVGSVGElement, opts: { caption: string }): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const drawn = parseViewBox(clone.getAttribute('viewBox'));
  if (!drawn) throw new Error('the figure has no usable viewBox');
  embedStepLook(clone);

  const layout = captionLayout(drawn, opts.caption);
  const { box } = layout;
  svgFile.standalone(clone, box, { width: String(box.width), height: String(box.height) });
  clone.style.removeProperty('max-width');
  if (clone.getAttribute('style')?.trim() === '') clone.removeAttribute('style');

  const doc = clone.ownerDocument;
  clone.insertBefore(svgFile.white(doc, box), clone.firstChild);
  clone.appendChild(svgFile.white(doc, box, drawn.y + drawn.height));
  clone.appendChild(
    svgFile.caption(doc, layout, opts.caption, {
      family: 'Arial,Helvetica,sans-serif',
      size: CAPTION_FONT_SIZE,
    }),
  );
  return svgFile.serialise(clone);
}

/** Saves a blob under a file name through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel a download that has not started reading yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
