// Opening benchmarked pages the same way for kdflow and its baselines.
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./probe.mjs', import.meta.url));
export const VIEWPORT = { width: 1400, height: 1000 };

/** The current step, as the app shows it (`data-current-step`); the baselines do the same. */
export const READ_STEP = `() => document.querySelector('[data-current-step]')?.getAttribute('data-current-step')`;

/**
 * A fresh context (empty cache) with the probe, at `url`, waiting until the diagram shows. The
 * app animates a step's opacity change for 0.2 s unless the user prefers reduced motion.
 * Page errors are collected on `page.errors`.
 */
export async function open(browser, url, { wait = true, reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url, { waitUntil: 'commit' });
  if (wait) await page.waitForFunction(() => window.__probe?.visible, null, { polling: 50 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, close: () => context.close() };
}

/** CDP Performance.getMetrics as an object. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Presses `keys` one at a time with real (CDP) key events, each after the previous step has
 * painted. Returns the per-step main-thread time from CDP (ms per step, mean): all tasks, and the
 * style and layout parts.
 */
export async function pressSteps({ page, cdp }, keys) {
  const start = await page.evaluate(() => window.__probe.frames.length);
  const before = await metrics(cdp);
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.evaluate((n) => window.__probe.waitFrames(n), start + i + 1);
  }
  const after = await metrics(cdp);
  const per = (name) => ((after[name] - before[name]) * 1000) / keys.length;
  // ScriptDuration leaves out microtasks (where React and Mermaid do their work): not used.
  return {
    task: per('TaskDuration'),
    style: per('RecalcStyleDuration'),
    layout: per('LayoutDuration'),
  };
}

/** Walks 0 → last → 0 … : `take(n)` gives the next n keys (the app's steps are 0–10). */
export function walker(last) {
  let step = 0;
  let dir = 1;
  return {
    take(count) {
      const keys = [];
      for (let i = 0; i < count; i++) {
        if (step + dir > last || step + dir < 0) dir = -dir;
        step += dir;
        keys.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      }
      return keys;
    },
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
