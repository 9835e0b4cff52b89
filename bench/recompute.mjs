// Recompute: re-simulating after an input edit. In-page timings of the app's own `traceOf` (what
// the store runs on an edit) and `simulate`; then an edit of K_ASME_1 typed into the page until
// the next paint, in kdflow and in the page that re-simulates and re-renders with Mermaid.
import { randomBytes } from 'node:crypto';
import { open, sleep } from './browser.mjs';
import { summary } from './stats.mjs';

/** Fills `selector` with fresh 64-hex values `n` times, each after the last edit has painted. */
async function edits({ page }, selector, n) {
  const field = page.locator(selector);
  await field.fill(randomBytes(32).toString('hex'));
  await sleep(300);
  await page.evaluate(() => (window.__probe.frames.length = 0));
  for (let i = 0; i < n; i++) {
    await field.fill(randomBytes(32).toString('hex'));
    await page.evaluate((k) => window.__probe.waitFrames(k), i + 1);
  }
  return summary(await page.evaluate(() => [...window.__probe.frames]));
}

export async function recomputeBench(browser, base, cfg) {
  const baseline = await open(browser, `${base}/bench/rerender.html`);
  await baseline.page.evaluate(() => window.__bench.recompute(50)); // warm-up
  const times = await baseline.page.evaluate((n) => window.__bench.recompute(n), cfg.recomputeRuns);

  const app = await open(browser, `${base}/`);
  // The inputs are a tab below the stepping view.
  await app.page.locator('[data-testid="section-inputs"]').click();
  await app.page.locator('[data-testid="inputs"] > summary').click();
  const out = {
    runs: cfg.recomputeRuns,
    traceOf: summary(times.traceOf),
    simulate: summary(times.simulate),
    editToPaint: {
      edits: cfg.editRuns,
      kdflow: await edits(app, '[data-testid="input-K_ASME_1"]', cfg.editRuns),
      baseline: await edits(baseline, '#k-asme-1', cfg.editRuns),
    },
    errors: [...app.page.errors, ...baseline.page.errors],
  };
  await app.close();
  await baseline.close();
  return out;
}
