/**
 * PNG resolution: a canvas encodes PNGs without a `pHYs` chunk, so Word would insert a 2008-pixel
 * image at 96 dpi, 53 cm wide. `withResolution` writes the chunk (PNG spec §11.3.5.3: pixels per
 * metre, unit 1) right after IHDR, so the picture goes in at its intended size.
 */
import { concatBytes } from '../protocol/bytes';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;

/** CRC-32 of the PNG spec (ISO 3309, polynomial 0xEDB88320), over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for a resolution in dots per inch. */
export const dpiToPpm = (dpi: number) => Math.round(dpi / 0.0254);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The chunks of a PNG, as type and data, after checking the signature. */
export function pngChunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** The PNG with its resolution set to `dpi` (any `pHYs` it had is replaced). */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new Error('the PNG does not start with IHDR');
  const ppm = dpiToPpm(dpi);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1; // unit: the metre
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', chunks[0].data),
    chunk('pHYs', data),
    ...chunks
      .slice(1)
      .filter((c) => c.type !== 'pHYs')
      .map((c) => chunk(c.type, c.data)),
  ];
  return concatBytes(...parts);
}

/** The resolution a PNG declares, in dots per inch (rounded), or null without `pHYs`. */
export function pngDpi(png: Uint8Array): { x: number; y: number } | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys || phys.data[8] !== 1) return null;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, 9);
  return {
    x: Math.round(view.getUint32(0) * 0.0254),
    y: Math.round(view.getUint32(4) * 0.0254),
  };
}
