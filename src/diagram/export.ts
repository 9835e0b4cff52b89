/**
 * Export of the updated Figure 6.3.4.3.2-1 as SVG, PNG and Mermaid source, the way the Mermaid
 * Live Editor exports (clone the rendered SVG, serialise it; draw it into a canvas for PNG).
 *
 * An exported file never depends on the page: the page shows steps through its own CSS
 * (`.figure-svg [data-state=…]` in src/ui/figure/figure.css), so the clean export drops the step marks and
 * the highlighted export writes the equivalent styles inline. Mermaid's own `<style>` (theme
 * `default`, light) travels inside the SVG, scoped by the SVG's id, so a dark page theme can never
 * reach the file.
 */

import { embedStepLook } from './stepLook';

/** The caption of the figure in the TR: the pCR updates the figure in place, under its own name. */
export const TR_CAPTION = 'Figure 6.3.4.3.2-1: Network authorised key establishment';

/** Downloaded files are `<name>.svg`, `.png` and `.mmd`; a highlighted one adds `-step-<n>`. */
export const EXPORT_NAME = 'figure-6.3.4.3.2-1';

export function exportFileName(ext: 'svg' | 'png' | 'mmd', highlightStep?: number): string {
  return highlightStep === undefined
    ? `${EXPORT_NAME}.${ext}`
    : `${EXPORT_NAME}-step-${highlightStep}.${ext}`;
}

/**
 * The Mermaid source file: the diagram text the app renders, preceded by the caption as a `%%`
 * comment (a Mermaid `title` would draw it above the figure, where a TR caption never goes).
 * `about` lines become further comments. Line ends in comments are flattened, and a space after
 * `%%` keeps a comment from ever being read as a `%%{…}%%` directive.
 */
export function mermaidSource(diagram: string, caption: string, about: string[] = []): string {
  const comment = (s: string) => `%% ${s.replace(/[\r\n\u2028\u2029]+/g, ' ')}`.trimEnd();
  const body = diagram.endsWith('\n') ? diagram : `${diagram}\n`;
  return [caption, ...about].map(comment).join('\n') + '\n' + body;
}

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

/** The PNG's pixel size for an SVG view box at a scale. */
export function pngSize(box: Box, scale: number): { width: number; height: number } {
  return { width: Math.round(box.width * scale), height: Math.round(box.height * scale) };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Serialises the rendered figure as a stand-alone SVG file: a clone with xmlns, a white
 * background, the caption centred below, and an explicit size. Clean (`highlight: false`): every
 * step mark (`data-state`, `data-step`) is removed. Highlighted: the step marks stay and the
 * page's step styles are written inline, so the file shows the step by itself.
 */
export function exportSvg(
  svg: SVGSVGElement,
  opts: { highlight: boolean; caption: string },
): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = parseViewBox(clone.getAttribute('viewBox'));
  if (!box) throw new Error('the figure has no usable viewBox');

  if (opts.highlight) embedStepLook(clone);
  else
    for (const el of clone.querySelectorAll('[data-state], [data-step]')) {
      el.removeAttribute('data-state');
      el.removeAttribute('data-step');
    }

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

/**
 * Draws an exported SVG into a canvas `scale` times its view box and encodes it as PNG. The SVG
 * is loaded as an image from a data URL, so nothing of the page's CSS applies to it.
 */
export async function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const box = parseViewBox(root.getAttribute('viewBox'));
  if (!box) throw new Error('the SVG has no usable viewBox');
  const { width, height } = pngSize(box, scale);

  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
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
