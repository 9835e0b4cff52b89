/**
 * The TR figure (Figure 6.3.4.3.2-1 in 3GPP style), as the editor takes it: each file is
 * downloaded and read back. The SVG's colours, font, label size and caption; the PNG's size,
 * resolution and ink; the `.mmd` drawn by stock Mermaid against the app's own export; the
 * clipboard's PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Mermaid } from 'mermaid';
import { FIGURE_CAPTION } from '../src/protocol/clause';
import { labelPoints, MIN_LABEL_PT, TR_DPI, TR_PNG_WIDTH } from '../src/diagram/trExport';
import { AS_WRITTEN, correctedTexts, trFigure } from '../src/diagram/trFigure';
import { pngDpi } from '../src/diagram/png';
import { DEFAULT_SCENARIO, type Scenario } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { buildRedline } from '../src/review/redline';
import { reviewFindings } from '../src/review/review';
import { toQuery } from '../src/store/deepLink';
import { download, harness, pngHeader, pngPixels, showSvg } from './files';
import { expect, OTHER_SCENARIO, test, TID, type KdflowPage } from './fixtures';

const arimo = createRequire(import.meta.url).resolve(
  '@fontsource/arimo/files/arimo-latin-400-normal.woff2',
);

/** The labels trFigure.ts draws (unit-tested against the clause), arrows and boxes apart. */
function expected(texts: readonly string[]) {
  const els = trFigure(texts);
  return {
    messages: els.filter((e) => e.kind === 'message').map((e) => e.lines),
    notes: els.filter((e) => e.kind === 'note').map((e) => e.lines),
  };
}

interface Reading {
  messages: string[][];
  notes: string[][];
  actors: string[];
  families: string[];
  fontPx: number[];
  colours: string[];
  viewBox: { width: number; height: number };
  size: [string | null, string | null];
  fontFace: boolean;
  captions: string[];
  /** Every arrow, box and text with its position: what stock Mermaid must draw alike. */
  geometry: string[];
}

/** Puts SVG markup into the harness page (so that styles compute) and reads what tests check. */
async function readSvg(page: Page, markup: string): Promise<Reading> {
  const messages = await showSvg(page, markup);
  return page.evaluate((messages) => {
    const root = document.querySelector('#out svg')!;
    const notes = [...root.querySelectorAll('[data-et="note"]')].map((g) =>
      [...g.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    );
    const texts = [...root.querySelectorAll<SVGTextElement>('text')];
    const painted = [
      ...root.querySelectorAll<SVGElement>('rect, line, path, polygon, text, tspan'),
    ];
    const colours = new Set<string>();
    for (const el of painted) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      colours.add(cs.fill);
      colours.add(cs.stroke);
    }
    const [, , w, h] = (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    const r = (v: string | null) => (v === null ? '' : String(Math.round(Number(v) * 10) / 10));
    const geometry = [
      ...root.querySelectorAll(
        '[data-et="message"], [data-et="note"] rect, [data-et="participant"] rect, text:not(.figure-caption)',
      ),
    ].map((el) =>
      [
        el.tagName,
        ...['x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height'].map((a) => r(el.getAttribute(a))),
        el.tagName === 'text' ? (el.textContent ?? '') : '',
        getComputedStyle(el).fontFamily,
      ].join(' '),
    );
    return {
      messages,
      notes,
      // Left to right (Mermaid writes the participants last one first).
      actors: [...root.querySelectorAll<SVGTextElement>('[data-et="participant"] text')]
        .sort((a, b) => a.getBBox().x - b.getBBox().x)
        .map((t) => t.textContent ?? ''),
      families: [...new Set(texts.map((t) => getComputedStyle(t).fontFamily))],
      fontPx: [...new Set(texts.map((t) => parseFloat(getComputedStyle(t).fontSize)))],
      colours: [...colours].sort(),
      viewBox: { width: w ?? NaN, height: h ?? NaN },
      size: [root.getAttribute('width'), root.getAttribute('height')],
      fontFace: [...root.querySelectorAll('style')].some((s) =>
        /@font-face\{font-family:"Arimo".*url\("data:font\/woff2;base64,/.test(s.textContent ?? ''),
      ),
      captions: [...root.querySelectorAll('text.figure-caption')].map((t) => t.textContent ?? ''),
      geometry,
    };
  }, messages);
}

const INK = ['none', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'];

async function openTrTab(kd: KdflowPage, scenario: Scenario = DEFAULT_SCENARIO) {
  await kd.open(toQuery({ scenario, seed: 'tr', step: 2 }));
  await kd.showSection('tr-figure');
  await expect(kd.byTestId(TID.trFigure)).toHaveAttribute('data-ready', 'true');
}

const menu = (kd: KdflowPage, version: string) => kd.byTestId(TID.exportMenuFixed(version));

test('the TR figure as written: SVG in 3GPP style, PNG at 300 dpi for 17 cm, and a .mmd stock Mermaid draws alike', async ({
  kd,
}) => {
  await openTrTab(kd);
  const reader = await harness(kd, { mermaid: false });
  const want = expected(AS_WRITTEN);

  const svg = await download(kd, menu(kd, 'written').getByTestId(TID.exportSvg));
  expect(svg.name).toBe('figure-6.3.4.3.2-1.svg');
  const text = svg.bytes.toString('utf8');
  const read = await readSvg(reader, text);
  // The clause's words, both alternatives of step 0, and nothing kdflow fills in.
  expect(read.messages).toEqual(want.messages);
  expect(read.notes).toEqual(want.notes);
  expect(read.actors).toEqual(['UE_1', 'MME_1', 'MME_2', 'UE_2']);
  expect(text).toContain('connection identity');
  expect(text).toContain('or EXP code');
  expect(text).not.toMatch(/NAS COUNT|UE_1 ID|\(FFS\)|\(inferred\)|calculate the final/);
  // 3GPP style: black and white only, Arial first (Arimo embedded), no caption, labels ≥ 8 pt.
  expect(read.colours.filter((c) => !INK.includes(c))).toEqual([]);
  expect(read.families.length).toBeGreaterThan(0);
  for (const family of read.families) expect(family).toMatch(/^Arial, Arimo/);
  expect(read.fontFace).toBe(true);
  expect(read.captions).toEqual([]);
  expect(text).not.toContain(FIGURE_CAPTION);
  const smallest = labelPoints(Math.min(...read.fontPx), read.viewBox.width);
  expect(smallest).toBeGreaterThanOrEqual(MIN_LABEL_PT);
  expect(read.size[0]).toBe('170mm');
  const tallMm = parseFloat(read.size[1] ?? '');
  expect(tallMm).toBeCloseTo((170 * read.viewBox.height) / read.viewBox.width, 1);
  expect(tallMm).toBeLessThan(230); // fits an A4 page's text height

  // PNG: 2008 pixels wide (17 cm at 300 dpi), saying 300 dpi, grey ink on white.
  const png = await download(kd, menu(kd, 'written').getByTestId(TID.exportPng));
  expect(png.name).toBe('figure-6.3.4.3.2-1.png');
  const head = pngHeader(png.bytes);
  expect(head.width).toBe(TR_PNG_WIDTH);
  expect(TR_PNG_WIDTH).toBe(2008);
  expect(head.height).toBe(Math.round((2008 * read.viewBox.height) / read.viewBox.width));
  expect(pngDpi(png.bytes)).toEqual({ x: TR_DPI, y: TR_DPI });
  const ink = await pngPixels(reader, png.bytes);
  expect(ink.corner).toEqual([255, 255, 255, 255]);
  expect(ink.dark).toBeGreaterThan(20_000);
  expect(ink.coloured).toBe(0);

  // .mmd: configuration in front-matter; stock Mermaid (no initialize options but startOnLoad)
  // draws the very figure of the app's SVG, arrow for arrow and label for label.
  const mmd = await download(kd, menu(kd, 'written').getByTestId(TID.exportMmd));
  expect(mmd.name).toBe('figure-6.3.4.3.2-1.mmd');
  const source = mmd.bytes.toString('utf8');
  expect(source).toMatch(/^---\nconfig:\n {2}theme: "base"\n/);
  expect(source).toContain(`%% ${FIGURE_CAPTION}`);
  const stock = await harness(kd);
  // The machine has Arial, or the Arimo it stands for.
  await stock.addStyleTag({
    content: `@font-face{font-family:"Arimo";src:url("data:font/woff2;base64,${readFileSync(arimo).toString('base64')}")}`,
  });
  const drawn = await stock.evaluate(async (source) => {
    await document.fonts.load('16px Arimo');
    const m = (window as unknown as { mermaid: Mermaid }).mermaid;
    m.initialize({ startOnLoad: false });
    return (await m.render('stock', source)).svg;
  }, source);
  const again = await readSvg(stock, drawn);
  expect(again.viewBox).toEqual(read.viewBox);
  expect(again.geometry).toEqual(read.geometry);
  expect(again.colours.filter((c) => !INK.includes(c))).toEqual([]);
  await stock.close();
  await reader.close();
});

test('the TR figure as the review corrects it: the redline’s changes, the same for every scenario', async ({
  kd,
}) => {
  await openTrTab(kd, OTHER_SCENARIO);
  await kd.byTestId(TID.trVersion('corrected')).check();
  await expect(kd.byTestId(TID.trFigure)).toHaveAttribute('data-version', 'corrected');
  await expect(kd.byTestId(TID.trFigure)).toHaveAttribute('data-ready', 'true');
  await expect(kd.byTestId(TID.trFigure)).toContainText('received in message 4');
  const reader = await harness(kd, { mermaid: false });
  const svg = await download(kd, menu(kd, 'corrected').getByTestId(TID.exportSvg));
  expect(svg.name).toBe('figure-6.3.4.3.2-1-corrected.svg');
  const read = await readSvg(reader, svg.bytes.toString('utf8'));
  const redline = buildRedline(reviewFindings(simulate(DEFAULT_SCENARIO, 'tr')));
  expect(read.messages).toEqual(expected(correctedTexts(redline)).messages);
  expect(read.messages.map((m) => m.join(' '))).toEqual(
    expect.arrayContaining([
      expect.stringContaining('received in message 4 Keying_material_2'),
      expect.stringContaining('6. Keying_material_2 parameters received in message 5'),
      expect.stringContaining('DKSI'),
    ]),
  );
  await reader.close();
});

test('with the caption asked for, the SVG carries it below the figure', async ({ kd }) => {
  await openTrTab(kd);
  await menu(kd, 'written').getByTestId(TID.exportCaption).check();
  const reader = await harness(kd, { mermaid: false });
  const svg = await download(kd, menu(kd, 'written').getByTestId(TID.exportSvg));
  const read = await readSvg(reader, svg.bytes.toString('utf8'));
  expect(read.captions).toEqual([FIGURE_CAPTION]);
  expect(read.colours.filter((c) => !INK.includes(c))).toEqual([]);
  await reader.close();
});

test('Copy figure puts the TR figure’s PNG (and its SVG) on the clipboard', async ({ kd }) => {
  await kd.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTrTab(kd);
  await menu(kd, 'written').getByTestId(TID.exportCopy).click();
  await expect(menu(kd, 'written').getByTestId(TID.exportDone)).toContainText('Copied the figure');
  const held = await kd.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const png = await item.getType('image/png');
    const bitmap = await createImageBitmap(png);
    const svg = item.types.includes('image/svg+xml')
      ? await (await item.getType('image/svg+xml')).text()
      : '';
    return { types: [...item.types], width: bitmap.width, svg: svg.slice(0, 4000) };
  });
  expect(held?.types).toContain('image/png');
  expect(held?.width).toBe(TR_PNG_WIDTH);
  if (held?.types.includes('image/svg+xml')) expect(held.svg).toContain('170mm');
});

test('the TR figure does not follow the scenario, and the figure menu offers it too', async ({
  kd,
}) => {
  await openTrTab(kd);
  const first = await kd.byTestId(TID.trFigure).innerHTML();
  await kd.open(toQuery({ scenario: OTHER_SCENARIO, seed: 'tr', step: 2 }));
  await kd.showSection('tr-figure');
  await expect(kd.byTestId(TID.trFigure)).toHaveAttribute('data-ready', 'true');
  const strip = (s: string) => s.replace(/id="[^"]*"|#[\w-]+ |url\(#[^)]*\)|"[\w-]*-\d+"/g, '');
  expect(strip(await kd.byTestId(TID.trFigure).innerHTML())).toBe(strip(first));

  // Under the page's figure, the same files: as written by default.
  const main = kd.byTestId(TID.exportMenu);
  await expect(main.getByTestId(TID.exportKind)).toHaveValue('written');
  const svg = await download(kd, main.getByTestId(TID.exportSvg));
  expect(svg.name).toBe('figure-6.3.4.3.2-1.svg');
  expect(svg.bytes.toString('utf8')).toContain('170mm');
});
