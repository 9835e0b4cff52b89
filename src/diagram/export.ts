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

/**
 * Serialises the rendered figure, its step marks set (restyle.ts `showStep`), as a stand-alone SVG
 * file: a clone with xmlns, a white background, the caption centred below, an explicit size, and
 * the step look's rules (stepLook.ts), so that the file shows the step by itself.
 */
export function exportStepSvg(svg: SVGSVGElement, opts: { caption: string }): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = parseViewBox(clone.getAttribute('viewBox'));
  if (!box) throw new Error('the figure has no usable viewBox');
  embedStepLook(clone);

  const layout = captionLayout(box, opts.caption);
  const { x, y, width, height } = layout.box;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.removeProperty('max-width');
  if (clone.getAttribute('style')?.trim() === '') clone.removeAttribute('style');

  // Inline styles win over Mermaid's scoped sheet, which styles bare `rect`s and `text`s too.
  const doc = clone.ownerDocument;
  const whiteRect = (top: number) => {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(top));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(y + height - top));
    rect.setAttribute('style', 'fill:#ffffff;stroke:none;opacity:1');
    return rect;
  };
  clone.insertBefore(whiteRect(y), clone.firstChild);
  // Mermaid draws lifelines far past its view box; a band under the diagram hides them there.
  clone.appendChild(whiteRect(box.y + box.height));

  const caption = doc.createElementNS(SVG_NS, 'text');
  caption.setAttribute('x', String(layout.x));
  caption.setAttribute('y', String(layout.y));
  caption.setAttribute('text-anchor', 'middle');
  caption.setAttribute('class', 'figure-caption');
  caption.setAttribute(
    'style',
    `font-family:Arial,Helvetica,sans-serif;font-size:${CAPTION_FONT_SIZE}px;font-weight:700;fill:#000000;stroke:none;opacity:1`,
  );
  caption.textContent = opts.caption;
  clone.appendChild(caption);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
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
