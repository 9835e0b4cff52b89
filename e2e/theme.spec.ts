/**
 * Dark mode (issue 6): it follows the system, the toggle's choice is kept across visits, storage
 * that throws does not break the page, the live figure is restyled for dark without a re-render,
 * and the exported SVG and PNG stay light.
 */
import type { Page } from '@playwright/test';
import { download as downloadFile, pngPixels, showSvg } from './files';
import { expect, test, TID, type KdflowPage } from './fixtures';

const LIGHT_BG = 'rgb(247, 248, 250)';
const DARK_BG = 'rgb(14, 17, 22)';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test('follows the system, before the first render and when the system changes', async ({
  kd,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Records the theme at the moment React first puts anything in #root: no light flash.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const root = document.getElementById('root');
      if (!root?.firstChild) return;
      document.documentElement.dataset['themeAtFirstRender'] =
        document.documentElement.getAttribute('data-theme') ?? 'none';
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await kd.open('?step=3');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme-at-first-render', 'dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK_BG);
  await expect(kd.byTestId(TID.themeToggle)).toHaveText('Theme: system (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);
  await expect(kd.byTestId(TID.themeToggle)).toHaveText('Theme: system (light)');
});

test('the toggle switches the theme from the keyboard, and the choice persists', async ({
  kd,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await kd.open('?step=3');
  const html = page.locator('html');
  const toggle = kd.byTestId(TID.themeToggle);
  await expect(toggle).toHaveAccessibleName('Theme: system (light)');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveText('Theme: dark');
  expect(await background(page)).toBe(DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('kdflow-theme'))).toBe('dark');
  await kd.expectStep(3); // the key went to the button, not to the stepper

  await page.reload();
  await kd.waitForFigure();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveText('Theme: dark');
  // A pinned choice ignores the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // dark → light (pinned) → system.
  await toggle.click();
  await expect(toggle).toHaveText('Theme: light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: system (light)');
  expect(await page.evaluate(() => localStorage.getItem('kdflow-theme'))).toBe('system');
});

test('storage that throws does not break the page: the toggle still works', async ({
  kd,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await kd.open('?step=7');
  await expect(kd.value('UE_1', 'KD')).toBeVisible();
  await kd.byTestId(TID.themeToggle).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

/** Colours the live figure is drawn with, read from the page. */
function figureColours(kd: KdflowPage) {
  return kd.page.evaluate(() => {
    const svg = document.querySelector('[data-testid="figure"] svg')!;
    const fill = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
    const stroke = (sel: string) => getComputedStyle(svg.querySelector(sel)!).stroke;
    const card = getComputedStyle(document.querySelector('.figure')!).backgroundColor;
    return {
      card,
      pastText: fill('text.messageText[data-state="past"]'),
      currentText: fill('text.messageText[data-state="current"]'),
      currentLine: stroke('[data-et="message"][data-state="current"]'),
      pastLine: stroke('[data-et="message"][data-state="past"]'),
      futureLine: getComputedStyle(svg.querySelector('[data-et="message"][data-state="future"]')!)
        .opacity,
      futureText: fill('text.messageText[data-state="future"]'),
      actor: fill('rect.actor'),
      actorText: fill('text.actor > tspan'),
      noteText: fill('.noteText'),
      pc5: fill('rect.rect'),
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      renders: document.querySelector('[data-testid="figure"]')!.getAttribute('data-render-count'),
    };
  });
}

test('the live figure is readable in dark, with the steps and the PC5 shading distinct, and no re-render', async ({
  kd,
  page,
}) => {
  await kd.open('?step=3');
  const light = await figureColours(kd);
  await kd.byTestId(TID.themeToggle).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await figureColours(kd);
  expect(dark.renders).toBe(light.renders);

  const card = luminance(dark.card);
  expect(card).toBeLessThan(0.05);
  // Text and lines light on the dark card (contrast well over 4.5:1).
  for (const c of [dark.pastText, dark.actorText, dark.noteText, dark.pastLine])
    expect((luminance(c) + 0.05) / (card + 0.05)).toBeGreaterThan(7);
  // The current message stands out in the accent colour; future ones are dimmer than past ones
  // but still readable (4.5:1 on the card), their arrows faint.
  expect(dark.currentLine).toBe(dark.currentText);
  expect(dark.currentText).not.toBe(dark.pastText);
  expect(Number(dark.futureLine)).toBeLessThan(0.75);
  expect(dark.futureText).not.toBe(dark.pastText);
  const future = (luminance(dark.futureText) + 0.05) / (card + 0.05);
  expect(future).toBeGreaterThan(4.5);
  expect(future).toBeLessThan((luminance(dark.pastText) + 0.05) / (card + 0.05));
  // Boxes and the PC5 shading are dark too, but not the card's own colour.
  expect(luminance(dark.actor)).toBeLessThan(0.1);
  expect(luminance(dark.pc5)).toBeLessThan(0.1);
  expect(dark.pc5).not.toBe(dark.card);
  expect(dark.pc5).not.toBe(light.pc5);
});

test('compare in dark: the diff marks differ from plain messages', async ({ kd, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // B reads messages 5 and 6 word for word: those messages differ from A's.
  await kd.open('?compare=on&b.scheme=kdf&b.reading=literal&step=3');
  const fills = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="figure"] svg')!;
    const f = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
    return {
      diff: f('text.messageText[data-diff]:not([data-state="current"])'),
      same: f('text.messageText:not([data-diff]):not([data-state="current"])'),
    };
  });
  expect(fills.diff).not.toBe(fills.same);
  expect(luminance(fills.diff)).toBeGreaterThan(0.3);
});

/** Downloads from the export menu under the page's figure (the slides export: the app's look). */
const download = async (kd: KdflowPage, testId: string): Promise<Buffer> =>
  (await downloadFile(kd, kd.byTestId(TID.exportMenu).getByTestId(testId))).bytes;

test('the exported SVG and PNG are light with the page in dark mode', async ({ kd, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await kd.open('?step=3&seed=theme');
  await kd.byTestId(TID.exportMenu).getByTestId(TID.exportKind).selectOption('step');
  const lightSvg = await download(kd, TID.exportSvg);
  const lightPng = await download(kd, TID.exportPng);

  await kd.byTestId(TID.themeToggle).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const svg = (await download(kd, TID.exportSvg)).toString('utf8');
  const png = await download(kd, TID.exportPng);
  // The same files as in light mode, byte for byte.
  expect(svg).toBe(lightSvg.toString('utf8'));
  expect(png.equals(lightPng)).toBe(true);

  // And light by themselves: read in a blank page that is dark, with none of the app's CSS.
  const reader = await page.context().newPage();
  await reader.emulateMedia({ colorScheme: 'dark' });
  await reader.setContent(
    '<!doctype html><html data-theme="dark"><body><div id="out"></div></body></html>',
  );
  await showSvg(reader, svg);
  const read = await reader.evaluate(() => {
    const root = document.querySelector('#out svg')!;
    const fill = (sel: string) => getComputedStyle(root.querySelector(sel)!).fill;
    return {
      bg: fill(':scope > rect'),
      text: fill('text.messageText'),
      caption: fill('text.figure-caption'),
    };
  });
  const ink = await pngPixels(reader, png);
  expect(read.bg).toBe('rgb(255, 255, 255)');
  expect(luminance(read.text)).toBeLessThan(0.05);
  expect(read.caption).toBe('rgb(0, 0, 0)');
  expect(ink.light / (ink.width * ink.height)).toBeGreaterThan(0.85); // mostly white paper
  expect(ink.dark).toBeGreaterThan(5000); // with dark ink on it
  await reader.close();
});
