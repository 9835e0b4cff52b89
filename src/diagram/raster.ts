/**
 * Draws an SVG file into a canvas and encodes it as PNG, with its resolution written in (png.ts).
 * The SVG is loaded as an image from a data URL, so nothing of the page's CSS applies to it:
 * what the PNG shows is what the SVG file says, fonts included.
 */
import { parseViewBox, type Box } from './export';
import { withResolution } from './png';

/** The view box of SVG markup (a file, or what Mermaid rendered). */
export function viewBoxOf(svgText: string): Box {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const box = parseViewBox(root.getAttribute('viewBox'));
  if (!box) throw new Error('the SVG has no usable viewBox');
  return box;
}

/** Pixel size for a width, keeping the SVG's aspect ratio. */
export function rasterSize(svgText: string, width: number): { width: number; height: number } {
  const box = viewBoxOf(svgText);
  return { width: Math.round(width), height: Math.round((width * box.height) / box.width) };
}

/** The PNG of an SVG file, `width` pixels wide, declaring `dpi`. */
export async function svgToPng(svgText: string, width: number, dpi: number): Promise<Blob> {
  const size = rasterSize(svgText, width);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(img, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
  const bytes = withResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
