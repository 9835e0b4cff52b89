// Saves the TR figure as the app exports it (the README shows these files):
//   node scripts/tr-figure.mjs <app url> <out dir>
// Opens the "TR figure" tab and downloads the SVG of each version, as the editor would.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/tr-figure.mjs <app url> <out dir>');
  process.exit(2);
}
await mkdir(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ acceptDownloads: true });
await page.goto(url);
await page.getByTestId('section-tr-figure').click();
for (const version of ['written', 'corrected']) {
  await page.getByTestId(`tr-version-${version}`).check();
  const figure = page.getByTestId('tr-figure');
  await figure.and(page.locator(`[data-version="${version}"][data-ready="true"]`)).waitFor();
  const menu = page.getByTestId(`export-menu-${version}`);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByTestId('export-svg').click(),
  ]);
  const path = join(out, file.suggestedFilename());
  await file.saveAs(path);
  console.log(path);
}
await browser.close();
