// Scale: flows of 10, 100 and 1,000 messages, rendered once and stepped the way kdflow steps.
// The baseline at each size is what a plain Mermaid page pays per step: one render of the flow.
import { open, pressSteps, READ_STEP, walker } from './browser.mjs';
import { summary } from './stats.mjs';
import { readSteps, resetProbe } from './step.mjs';

export async function scaleBench(browser, base, cfg) {
  const side = await open(browser, `${base}/bench/scale.html`, { wait: false });
  const { page } = side;
  await page.waitForFunction(() => window.__bench?.load, null, { polling: 50 });
  // Warm-up: loads Mermaid's sequence chunk and warms the JIT.
  for (let i = 0; i < 3; i++) await page.evaluate(() => window.__bench.load(10));
  const out = { sizes: {} };
  for (const n of cfg.scaleSizes) {
    const renders = [];
    for (let i = 0; i < cfg.scaleRenders(n); i++)
      renders.push(await page.evaluate((m) => window.__bench.load(m), n));
    const walk = walker(n);
    await pressSteps(side, walk.take(10)); // first steps after a render
    await resetProbe(page);
    const cdp = await pressSteps(side, walk.take(cfg.scaleSteps));
    const real = await readSteps(page, cfg.scaleSteps);
    const cost = await page.evaluate(
      ([keys, read]) => window.__probe.cost(keys, read),
      [walk.take(cfg.scaleCostSteps), READ_STEP],
    );
    const last = renders.at(-1) ?? {};
    out.sizes[n] = {
      messages: last.messages,
      textChars: last.textChars,
      taggedElements: last.tagged,
      renderMermaid: summary(renders.map((r) => r.mermaid)),
      renderShown: summary(renders.map((r) => r.shown)),
      renderPainted: summary(renders.map((r) => r.painted)),
      step: {
        steps: cfg.scaleSteps,
        ...real,
        cdpPerStep: { ...cdp, other: cdp.task - cdp.style - cdp.layout },
        mainThread: { ...summary(cost.ms), stepChanged: cost.changed },
      },
    };
  }
  out.errors = page.errors;
  await side.close();
  out.reducedMotion10 = await reducedMotion(browser, base, cfg);
  return out;
}

/** The figure alone (10 messages) when the user prefers reduced motion: no opacity transition. */
async function reducedMotion(browser, base, cfg) {
  const side = await open(browser, `${base}/bench/scale.html`, {
    wait: false,
    reducedMotion: 'reduce',
  });
  await side.page.waitForFunction(() => window.__bench?.load, null, { polling: 50 });
  for (let i = 0; i < 3; i++) await side.page.evaluate(() => window.__bench.load(10));
  const walk = walker(10);
  await pressSteps(side, walk.take(10));
  await resetProbe(side.page);
  await pressSteps(side, walk.take(cfg.floorSteps));
  const real = await readSteps(side.page, cfg.floorSteps);
  await side.close();
  return { steps: cfg.floorSteps, ...real };
}
