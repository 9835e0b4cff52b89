// Takes a screenshot of a kdflow page, as a person would see it:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height] [full|viewport]
// KEYS=f,ArrowRight presses those keys first (e.g. presenter mode at the next step);
// COLOR_SCHEME=dark shows the page as a system in dark mode sees it.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out, width = '1400', height = '1000', extent = 'full'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: process.env['COLOR_SCHEME'] === 'dark' ? 'dark' : 'light',
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page
  .locator('[data-et="message"][data-state]')
  .first()
  .waitFor({ state: 'attached', timeout: 15000 });
for (const key of (process.env['KEYS'] ?? '').split(',').filter(Boolean)) {
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
}
await page.locator('[data-ready="true"]').first().waitFor({ timeout: 15000 });
await page.waitForTimeout(600);
await page.screenshot({ path: out, fullPage: extent !== 'viewport' });
await browser.close();
