/**
 * Reading the files kdflow exports, as a user's program would: a download saved and read back,
 * a blank page of the app's origin (with stock Mermaid loaded on request) to parse and draw them
 * in, and PNG headers read from the bytes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type KdflowPage } from './fixtures';

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/**
 * Clicks a download button (a test id, or a locator); the file's name and bytes (also kept in
 * the test's output).
 */
export async function download(kd: KdflowPage, button: string | Locator) {
  const target = typeof button === 'string' ? kd.byTestId(button) : button;
  const [file] = await Promise.all([kd.page.waitForEvent('download'), target.click()]);
  const path = await file.path();
  await file.saveAs(test.info().outputPath(file.suggestedFilename()));
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** A blank page of the app's origin, with stock Mermaid loaded when `mermaid` is set. */
export async function harness(kd: KdflowPage, { mermaid = true } = {}): Promise<Page> {
  const page = await kd.page.context().newPage();
  await page.route('**/export-harness', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="out"></div>' }),
  );
  await page.goto('/export-harness');
  if (mermaid) await page.addScriptTag({ path: mermaidBundle });
  return page;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngHeader(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What a PNG's pixels are, decoded by the browser: counts of each kind, and the first pixel. */
export interface PngPixels {
  width: number;
  height: number;
  corner: number[];
  /** r + g + b above 690: paper. */
  light: number;
  /** r + g + b below 200: ink. */
  dark: number;
  /** Channels more than 8 apart: anything but grey. */
  coloured: number;
  /** The page's accent blue (#1d4ed8 and its anti-aliasing). */
  accent: number;
}

export function pngPixels(page: Page, bytes: Buffer): Promise<PngPixels> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const out = { light: 0, dark: 0, coloured: 0, accent: 0 };
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r + g + b > 690) out.light++;
      if (r + g + b < 200) out.dark++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 8) out.coloured++;
      if (r < 70 && g < 120 && b > 180) out.accent++;
    }
    return { width: c.width, height: c.height, corner: [...data.subarray(0, 4)], ...out };
  }, bytes.toString('base64'));
}

/**
 * Puts an SVG file into the harness page's `#out` as the document's own element (so that its
 * styles compute), after checking it is well-formed XML, and returns the label texts of each
 * message arrow in order (Mermaid writes a message's texts just before its arrow).
 */
export function showSvg(page: Page, markup: string): Promise<string[][]> {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG is not well-formed XML');
    const out = document.getElementById('out')!;
    out.replaceChildren(document.importNode(doc.documentElement, true));
    const messages: string[][] = [];
    let pending: string[] = [];
    for (const el of out.querySelectorAll('svg text.messageText, svg [data-et="message"]')) {
      if (el.matches('[data-et="message"]')) {
        messages.push(pending);
        pending = [];
      } else pending.push(el.textContent ?? '');
    }
    return messages;
  }, markup);
}
