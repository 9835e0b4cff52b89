import { describe, expect, it } from 'vitest';
import { crc32, dpiToPpm, pngChunks, pngDpi, withResolution } from './png';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A 1×1 PNG as a canvas writes it (IHDR, IDAT, IEND; no pHYs). */
const ONE_PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('crc32', () => {
  it('matches the CRCs every PNG carries', () => {
    // The IEND chunk's CRC is the same in every PNG file.
    expect(crc32(bytes('IEND'))).toBe(0xae426082);
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926); // the CRC-32 check value
  });
});

describe('withResolution', () => {
  it('writes a pHYs chunk of 300 dpi right after IHDR, with a valid CRC', () => {
    const out = withResolution(ONE_PIXEL, 300);
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(pngDpi(out)).toEqual({ x: 300, y: 300 });
    expect(dpiToPpm(300)).toBe(11811);
    const at = 8 + 25; // signature, IHDR
    const view = new DataView(out.buffer);
    expect(view.getUint32(at)).toBe(9);
    expect(view.getUint32(at + 8 + 9)).toBe(crc32(out.subarray(at + 4, at + 8 + 9)));
  });

  it('keeps the image data and replaces an earlier resolution', () => {
    const once = withResolution(ONE_PIXEL, 96);
    const twice = withResolution(once, 300);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngDpi(twice)).toEqual({ x: 300, y: 300 });
    const idat = (p: Uint8Array) => pngChunks(p).find((c) => c.type === 'IDAT')?.data;
    expect(idat(twice)).toEqual(idat(ONE_PIXEL));
    expect(pngDpi(ONE_PIXEL)).toBeNull();
  });

  it('refuses what is not a PNG', () => {
    expect(() => withResolution(bytes('GIF89a...'), 300)).toThrow(/not a PNG/);
  });
});
