/**
 * Export of the figure (issue 3 §5): the SVG, PNG and Mermaid source files download, and the
 * files themselves are opened and read: the SVG's text, the PNG's size and pixels, and the .mmd
 * re-rendered by Mermaid.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Mermaid } from 'mermaid';
import { MERMAID_CONFIG } from '../src/diagram/config';
import { TR_CAPTION } from '../src/diagram/export';
import { stepLabelLines, toMermaid } from '../src/diagram/sequence';
import { DEFAULT_SCENARIO, receivedRequest, type Scenario } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { toQuery } from '../src/store/deepLink';
import { expect, test, TID, type KdflowPage } from './fixtures';

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const SEED = 'export';
const NAME = 'figure-6.3.4.3.2-1';

/**
 * The label lines of the clause's messages (the figure's, which the files hold: 1–6, and under 0a
 * UE_2's request at step 0), as sequence.ts writes them for this scenario.
 */
/** The clause's message steps of a scenario (step 0 too under 0a), as the trace has them. */
const clauseMessages = (scenario: Scenario) =>
  simulate(scenario, SEED).steps.filter((s) => s.def.kind === 'message' && s.def.part === 'clause');

function expectedMessages(scenario: Scenario): string[][] {
  return clauseMessages(scenario).map((s) => stepLabelLines(s.def));
}

async function download(kd: KdflowPage, testId: string) {
  const [file] = await Promise.all([kd.page.waitForEvent('download'), kd.byTestId(testId).click()]);
  const path = await file.path();
  await file.saveAs(test.info().outputPath(file.suggestedFilename()));
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** A blank page of the app's origin with Mermaid loaded, to read files in. */
async function harness(kd: KdflowPage): Promise<Page> {
  const page = await kd.page.context().newPage();
  await page.route('**/export-harness', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="out"></div>' }),
  );
  await page.goto('/export-harness');
  await page.addScriptTag({ path: mermaidBundle });
  return page;
}

interface SvgReading {
  parseError: boolean;
  messages: string[][];
  states: (string | null)[];
  caption: string[];
  viewBox: string | null;
  size: [string | null, string | null];
}

/** Parses SVG markup as XML (so it must be well-formed) and reads what the tests check. */
function readSvg(page: Page, markup: string): Promise<SvgReading> {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    // Mermaid writes each message's label texts just before its arrow.
    const messages: string[][] = [];
    let pending: string[] = [];
    for (const el of root.querySelectorAll('text.messageText, [data-et="message"]')) {
      if (el.matches('[data-et="message"]')) {
        messages.push(pending);
        pending = [];
      } else pending.push(el.textContent ?? '');
    }
    const arrows = [...root.querySelectorAll<SVGElement>('[data-et="message"]')];
    return {
      parseError: doc.querySelector('parsererror') !== null,
      messages,
      states: arrows.map((a) => a.getAttribute('data-state')),
      caption: [...root.querySelectorAll('text.figure-caption')].map((t) => t.textContent ?? ''),
      viewBox: root.getAttribute('viewBox'),
      size: [root.getAttribute('width'), root.getAttribute('height')],
    };
  }, markup);
}

/** How a figure draws its step marks, as computed: the first arrow and label of each state. */
interface StepMarks {
  currentStroke: string;
  currentStrokeWidth: string;
  currentLabel: string;
  currentWeight: string;
  pastStroke: string;
  pastOpacity: string;
  futureOpacity: string;
  futureLabel: string;
}

/** The computed step marks of the SVG under `root` (a selector) in a page. */
function stepMarks(page: Page, root: string): Promise<StepMarks> {
  return page.evaluate((root) => {
    const svg = document.querySelector(root)!;
    const style = (sel: string) => getComputedStyle(svg.querySelector(sel)!);
    const arrow = (state: string) => style(`[data-et="message"][data-state="${state}"]`);
    const label = (state: string) => style(`text.messageText[data-state="${state}"]`);
    return {
      currentStroke: arrow('current').stroke,
      currentStrokeWidth: arrow('current').strokeWidth,
      currentLabel: label('current').fill,
      currentWeight: label('current').fontWeight,
      pastStroke: arrow('past').stroke,
      pastOpacity: arrow('past').opacity,
      futureOpacity: arrow('future').opacity,
      futureLabel: label('future').fill,
    };
  }, root);
}

/** Puts an exported SVG file into the harness page, as the document's own element. */
function showSvg(page: Page, markup: string): Promise<void> {
  return page.evaluate((markup) => {
    const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    document.getElementById('out')!.replaceChildren(document.importNode(root, true));
  }, markup);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngHeader(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pixel counts of a PNG, decoded by the browser: is it opaque white, dark ink, page accent. */
function pngPixels(page: Page, bytes: Buffer, captionRows: number) {
  return page.evaluate(
    async ({ b64, captionRows }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let dark = 0;
      let accent = 0;
      let captionInk = 0;
      let bottomMarks = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r + g + b < 200) {
          dark++;
          if (i / 4 / c.width >= c.height - captionRows) captionInk++;
        }
        if (r < 70 && g < 120 && b > 180) accent++;
        if (i / 4 / c.width >= c.height - 10 && r + g + b < 3 * 250) bottomMarks++;
      }
      return { corner: [...data.subarray(0, 4)], dark, accent, captionInk, bottomMarks };
    },
    { b64: bytes.toString('base64'), captionRows },
  );
}

const viewBoxSize = (viewBox: string | null) => {
  const [, , w, h] = (viewBox ?? '').split(/\s+/).map(Number);
  return { width: w ?? NaN, height: h ?? NaN };
};

const OTHER: Scenario = {
  mode: 'common',
  trigger: '0a-drr',
  peer: 'exp-code',
  refresh: 'yes',
  reading: 'intended',
};

for (const scenario of [DEFAULT_SCENARIO, OTHER]) {
  test(`${Object.values(scenario).join('/')}: SVG, PNG and .mmd download clean with the clause's messages`, async ({
    kd,
  }) => {
    await kd.open(toQuery({ scenario, seed: SEED, step: 3 }));
    const expected = expectedMessages(scenario);
    // The clause's six, and under 0a the request UE_1 has received (step 0).
    expect(expected).toHaveLength(receivedRequest(scenario) ? 7 : 6);
    const reader = await harness(kd);

    // SVG: the clause's messages, the caption, no step marks, a size of its own.
    const svg = await download(kd, TID.exportSvg);
    expect(svg.name).toBe(`${NAME}.svg`);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<\?xml [^>]*\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(svgText).not.toContain('data-state');
    expect(svgText).not.toContain('step-look'); // the highlighted file's <style>
    const read = await readSvg(reader, svgText);
    expect(read.parseError).toBe(false);
    expect(read.messages).toEqual(expected);
    expect(read.caption).toEqual([TR_CAPTION]);
    expect(TR_CAPTION).toBe('Figure 6.3.4.3.2-1: Network authorised key establishment');
    const box = viewBoxSize(read.viewBox);
    expect(read.size).toEqual([String(box.width), String(box.height)]);

    // PNG: twice the SVG's view box, opaque white, with ink in the caption rows, no accent.
    const png = await download(kd, TID.exportPng);
    expect(png.name).toBe(`${NAME}.png`);
    expect(pngHeader(png.bytes)).toEqual({
      width: Math.round(box.width * 2),
      height: Math.round(box.height * 2),
    });
    const pixels = await pngPixels(reader, png.bytes, 2 * 40);
    expect(pixels.corner).toEqual([255, 255, 255, 255]);
    expect(pixels.dark).toBeGreaterThan(5000);
    expect(pixels.captionInk).toBeGreaterThan(500);
    expect(pixels.bottomMarks).toBe(0); // nothing of the diagram runs on below the caption
    expect(pixels.accent).toBe(0);

    // .mmd: the app's diagram text under the caption; Mermaid draws the same messages.
    const mmd = await download(kd, TID.exportMmd);
    expect(mmd.name).toBe(`${NAME}.mmd`);
    const source = mmd.bytes.toString('utf8');
    expect(source.split('\n')[0]).toBe(`%% ${TR_CAPTION}`);
    // The TR figure is the clause's steps only, without kdflow's PC5 continuation.
    expect(source.endsWith(toMermaid(simulate(scenario, SEED), { clauseOnly: true }))).toBe(true);
    expect(source).not.toContain('Direct Security Mode');
    const rendered = await reader.evaluate(
      async ({ config, source }) => {
        const m = (window as unknown as { mermaid: Mermaid }).mermaid;
        m.initialize(config as Parameters<typeof m.initialize>[0]);
        return (await m.render('reimport', source)).svg;
      },
      { config: MERMAID_CONFIG, source },
    );
    const shown = [];
    for (const { def } of clauseMessages(scenario))
      shown.push(
        await kd.page
          .locator(`.figure-svg text.messageText[data-step="${def.n}"]`)
          .allTextContents(),
      );
    expect(shown).toEqual(expected);
    expect((await readSvg(reader, rendered)).messages).toEqual(shown);
    await reader.close();
  });
}

test('with the current step highlighted, the files show the step by themselves, as the page does', async ({
  kd,
}) => {
  // The page in light (exports are always light), with no transition to catch half-way.
  await kd.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await kd.open(toQuery({ scenario: DEFAULT_SCENARIO, seed: SEED, step: 3 }));
  await expect(kd.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await kd.byTestId(TID.exportHighlight).check();
  const reader = await harness(kd);

  const svg = await download(kd, TID.exportSvg);
  expect(svg.name).toBe(`${NAME}-step-3.svg`);
  const read = await readSvg(reader, svg.bytes.toString('utf8'));
  expect(read.messages).toEqual(expectedMessages(DEFAULT_SCENARIO));
  expect(read.caption).toEqual([TR_CAPTION]);
  expect(read.states).toEqual(['past', 'past', 'current', 'future', 'future', 'future']);
  // Opened on its own (no page CSS in the harness), the file draws the step as the page does.
  await showSvg(reader, svg.bytes.toString('utf8'));
  const file = await stepMarks(reader, '#out svg');
  expect(file).toEqual(await stepMarks(kd.page, `[data-testid="${TID.figure}"] svg`));
  // And it is a highlight: the current arrow is not drawn as the others, the future is dimmest.
  expect(file.currentStroke).not.toBe(file.pastStroke);
  expect(Number(file.futureOpacity)).toBeLessThan(Number(file.pastOpacity));
  expect(Number(file.pastOpacity)).toBeLessThan(1);

  const png = await download(kd, TID.exportPng);
  expect(png.name).toBe(`${NAME}-step-3.png`);
  const pixels = await pngPixels(reader, png.bytes, 0);
  expect(pixels.accent).toBeGreaterThan(200);
  await reader.close();

  // The Mermaid source has no highlight to carry: it stays the clean file.
  expect((await download(kd, TID.exportMmd)).name).toBe(`${NAME}.mmd`);
});

test('the exported PNG does not take anything from the page’s CSS', async ({ kd }) => {
  await kd.open(toQuery({ scenario: DEFAULT_SCENARIO, seed: SEED, step: 0 }));
  const before = await download(kd, TID.exportPng);
  // A stand-in for a dark page theme, aimed at everything in the figure.
  await kd.page.addStyleTag({
    content:
      ':root{color-scheme:dark} body,.figure{background:#000!important;color:#fff!important}' +
      '.figure-svg svg *{fill:#fff!important;stroke:#fff!important;font-size:30px!important}',
  });
  const after = await download(kd, TID.exportPng);
  expect(after.bytes.equals(before.bytes)).toBe(true);
});

test('says so when the figure is not drawn yet, and exports once it is', async ({ kd, page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/sequenceDiagram-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/${toQuery({ scenario: DEFAULT_SCENARIO, seed: SEED, step: 0 })}`);
  await kd.byTestId(TID.exportSvg).click();
  await expect(kd.byTestId(TID.exportProblem)).toHaveText(/not drawn yet/);
  release();
  await kd.waitForFigure();
  const svg = await download(kd, TID.exportSvg);
  expect(svg.name).toBe(`${NAME}.svg`);
  await expect(kd.byTestId(TID.exportProblem)).toHaveCount(0);
});
