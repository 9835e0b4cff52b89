/**
 * The highlighted export (slides): the app's own figure, PC5 steps included, with the current step
 * highlighted as the page shows it, in files named after the scenario and step. The files are
 * downloaded and read back: the SVG's labels, step marks (computed, against the page's), caption
 * and name; the PNG's size, resolution and accent; the `.mmd` drawn again by stock Mermaid.
 * (The TR figure's files: trFigure.spec.ts.)
 */
import type { Page } from '@playwright/test';
import type { Mermaid } from 'mermaid';
import { pngDpi } from '../src/diagram/png';
import { toMermaid } from '../src/diagram/sequence';
import { DEFAULT_SCENARIO, describeScenario, type Scenario } from '../src/protocol/scenario';
import { lastStep, simulate } from '../src/protocol/simulate';
import { toQuery } from '../src/store/deepLink';
import { download, harness, pngHeader, pngPixels, showSvg } from './files';
import { expect, OTHER_SCENARIO, test, TID, type KdflowPage } from './fixtures';

const SEED = 'export';
const NAME = 'figure-6.3.4.3.2-1';

/** `calculated_0b_connection-identity_no_intended` */
const slug = (s: Scenario) => Object.values(s).join('_');

const menu = (kd: KdflowPage) => kd.byTestId(TID.exportMenu);

/** Opens a scenario at a step with the slides export picked, the page light and still. */
async function openAt(kd: KdflowPage, scenario: Scenario, step: number) {
  await kd.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await kd.open(toQuery({ scenario, seed: SEED, step }));
  await expect(kd.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await menu(kd).getByTestId(TID.exportKind).selectOption('step');
}

interface SvgReading {
  messages: string[][];
  states: (string | null)[];
  current: number[];
  caption: string[];
}

/** Puts an SVG file into the harness page, as its own element, and reads what tests check. */
async function readSvg(page: Page, markup: string): Promise<SvgReading> {
  const messages = await showSvg(page, markup);
  return page.evaluate((messages) => {
    const root = document.querySelector('#out svg')!;
    return {
      messages,
      states: [...root.querySelectorAll('[data-et="message"]')].map((a) =>
        a.getAttribute('data-state'),
      ),
      current: [...root.querySelectorAll('[data-state="current"]')].map((e) =>
        Number(e.getAttribute('data-step')),
      ),
      caption: [...root.querySelectorAll('text.figure-caption')].map((t) => t.textContent ?? ''),
    };
  }, messages);
}

/** How a figure draws its step marks, as computed: the first arrow and label of each state. */
function stepMarks(page: Page, root: string) {
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

test('at a PC5 step, the highlighted files show the step as the page does, named after the scenario and step', async ({
  kd,
}) => {
  const trace = simulate(DEFAULT_SCENARIO, SEED);
  await openAt(kd, DEFAULT_SCENARIO, 9);
  const reader = await harness(kd);
  const name = `${NAME}-${slug(DEFAULT_SCENARIO)}-step-9`;

  const svg = await download(kd, menu(kd).getByTestId(TID.exportSvg));
  expect(svg.name).toBe(`${name}.svg`);
  const text = svg.bytes.toString('utf8');
  const read = await readSvg(reader, text);
  // The whole figure, PC5 continuation included, and step 9 (not step 7) current.
  const page = await kd.page
    .locator(`[data-testid="${TID.figure}"] [data-et="message"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  expect(read.states).toEqual(page);
  expect(new Set(read.current)).toEqual(new Set([9]));
  expect(read.caption).toEqual([
    `kdflow, step 9: ${trace.steps[9]!.def.title} · ${describeScenario(DEFAULT_SCENARIO)}`,
  ]);
  // Opened on its own (no page CSS in the harness), the file draws the step as the page does.
  const file = await stepMarks(reader, '#out svg');
  expect(file).toEqual(await stepMarks(kd.page, `[data-testid="${TID.figure}"] svg`));
  expect(file.currentStroke).not.toBe(file.pastStroke);
  expect(Number(file.futureOpacity)).toBeLessThan(Number(file.pastOpacity));

  // PNG: twice the SVG's size, saying so (192 dpi), with the accent of the current step.
  const png = await download(kd, menu(kd).getByTestId(TID.exportPng));
  expect(png.name).toBe(`${name}.png`);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(text)?.[1]);
  expect(pngHeader(png.bytes).width).toBe(Math.round(width * 2));
  expect(pngDpi(png.bytes)).toEqual({ x: 192, y: 192 });
  expect((await pngPixels(reader, png.bytes)).accent).toBeGreaterThan(200);

  // .mmd: the app's diagram text with the app's look in front-matter: stock Mermaid draws the
  // page's labels from it.
  const mmd = await download(kd, menu(kd).getByTestId(TID.exportMmd));
  expect(mmd.name).toBe(`${name}.mmd`);
  const source = mmd.bytes.toString('utf8');
  expect(source).toMatch(/^---\nconfig:\n {2}theme: "default"\n {2}look: "classic"\n/);
  expect(source.endsWith(toMermaid(trace))).toBe(true);
  const drawn = await reader.evaluate(async (source) => {
    const m = (window as unknown as { mermaid: Mermaid }).mermaid;
    m.initialize({ startOnLoad: false });
    return (await m.render('stock', source)).svg;
  }, source);
  const again = await readSvg(reader, drawn);
  const shown = await kd.page
    .locator(`[data-testid="${TID.figure}"] text.messageText`)
    .allTextContents();
  expect(again.messages.flat()).toEqual(shown);
  await reader.close();
});

test('every step, clause and PC5, gives a file of its own step', async ({ kd }) => {
  await openAt(kd, OTHER_SCENARIO, 0);
  const reader = await harness(kd, { mermaid: false });
  const last = lastStep(OTHER_SCENARIO);
  for (let step = 0; step <= last; step++) {
    if (step > 0) await kd.page.keyboard.press('ArrowRight');
    await kd.expectStep(step);
    const svg = await download(kd, menu(kd).getByTestId(TID.exportSvg));
    expect(svg.name).toBe(`${NAME}-${slug(OTHER_SCENARIO)}-step-${step}.svg`);
    const read = await readSvg(reader, svg.bytes.toString('utf8'));
    expect(new Set(read.current), `step ${step}`).toEqual(new Set([step]));
    expect(read.caption[0]).toMatch(new RegExp(`^kdflow, step ${step}\\b`));
  }
  await reader.close();
});

test('the exported PNG does not take anything from the page’s CSS', async ({ kd }) => {
  await kd.open(toQuery({ scenario: DEFAULT_SCENARIO, seed: SEED, step: 0 }));
  for (const kind of ['written', 'step']) {
    await menu(kd).getByTestId(TID.exportKind).selectOption(kind);
    const before = await download(kd, menu(kd).getByTestId(TID.exportPng));
    // A stand-in for a dark page theme, aimed at everything in the figure.
    const sheet = await kd.page.addStyleTag({
      content:
        ':root{color-scheme:dark} body,.figure{background:#000!important;color:#fff!important}' +
        '.figure-svg svg *{fill:#fff!important;stroke:#fff!important;font-size:30px!important}',
    });
    const after = await download(kd, menu(kd).getByTestId(TID.exportPng));
    expect(after.bytes.equals(before.bytes), kind).toBe(true);
    await sheet.evaluate((el) => (el as Element).remove());
  }
});

test('an export that fails says why, and the page and the other exports go on', async ({
  kd,
  page,
}) => {
  await kd.open(toQuery({ scenario: DEFAULT_SCENARIO, seed: SEED, step: 4 }));
  // The TR figure's font cannot be fetched (a network cut before it was ever loaded).
  await page.route('**/assets/trFont-*.js', (route) => route.abort());
  await menu(kd).getByTestId(TID.exportSvg).click();
  await expect(menu(kd).getByTestId(TID.exportProblem)).toHaveText(/^The export failed: /);
  await kd.expectStep(4);
  await expect(kd.byTestId(TID.figure)).toHaveAttribute('data-ready', 'true');
  // The .mmd needs no font, and the slides export none either.
  expect((await download(kd, menu(kd).getByTestId(TID.exportMmd))).name).toBe(`${NAME}.mmd`);
  await expect(menu(kd).getByTestId(TID.exportProblem)).toHaveCount(0);
  await menu(kd).getByTestId(TID.exportKind).selectOption('step');
  const svg = await download(kd, menu(kd).getByTestId(TID.exportSvg));
  expect(svg.name).toBe(`${NAME}-${slug(DEFAULT_SCENARIO)}-step-4.svg`);
  kd.errors.splice(0); // Chromium logs the refused fetch as a console error.
});
