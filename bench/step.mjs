// Step: kdflow against a page that re-renders the whole diagram with Mermaid on each step, and
// against an empty page (the floor: the browser's own input-to-paint latency).
import { open, pressSteps, READ_STEP, sleep, walker } from './browser.mjs';
import { summary } from './stats.mjs';

const LAST_STEP = 10;

/**
 * Event Timing reports only events of 16 ms or more (rounded to 8 ms). Faster steps count as
 * "under 16": a percentile that falls among them is reported as null.
 */
export function eventTiming(durations, steps) {
  const under = Math.max(0, steps - durations.length);
  const all = [...Array(under).fill(0), ...durations].sort((a, b) => a - b);
  const at = (p) => all[Math.min(all.length, Math.ceil((p / 100) * all.length)) - 1] || null;
  return { steps, reported: durations.length, under16: under, p50: at(50), p95: at(95) };
}

/** Real key steps, after which the probe's samples are read: keydown → paint and Event Timing. */
export async function readSteps(page, steps) {
  await sleep(300); // let the last Event Timing entries arrive
  const { frames, events } = await page.evaluate(() => ({
    frames: [...window.__probe.frames],
    events: window.__probe.events.filter((e) => e.name === 'keydown').map((e) => e.duration),
  }));
  return { keydownToPaint: summary(frames), eventTiming: eventTiming(events, steps) };
}

/** Clears what the probe has measured so far, once late Event Timing entries are in. */
export async function resetProbe(page) {
  await sleep(300);
  await page.evaluate(() => {
    window.__probe.frames.length = 0;
    window.__probe.events.length = 0;
  });
}

/** Mean of CDP per-step figures over blocks, weighted by steps; `other` is neither style nor layout. */
function cdpMean(runs) {
  const steps = runs.reduce((s, r) => s + r.steps, 0);
  const mean = (k) => runs.reduce((s, r) => s + r[k] * r.steps, 0) / steps;
  const [task, style, layout] = [mean('task'), mean('style'), mean('layout')];
  return { task, style, layout, other: task - style - layout };
}

export async function stepBench(browser, base, cfg) {
  const sides = {};
  for (const [name, path, steps, costSteps, reducedMotion] of [
    ['kdflow', '/', cfg.appSteps, cfg.appCostSteps],
    ['baseline', '/bench/rerender.html', cfg.baselineSteps, cfg.baselineCostSteps],
    ['floor', '/bench/floor.html', cfg.floorSteps, cfg.floorSteps],
    // Not a target: how much of kdflow's step is the 0.2 s opacity transition of the figure.
    ['kdflowReducedMotion', '/', cfg.floorSteps, cfg.floorSteps, 'reduce'],
  ])
    sides[name] = {
      ...(await open(browser, `${base}${path}`, { reducedMotion })),
      walk: walker(LAST_STEP),
      runs: [],
      steps,
      costSteps,
      cost: { ms: [], changed: 0 },
    };
  const all = Object.values(sides);
  const block = async (side) => {
    await side.page.bringToFront();
    const n = side.steps / cfg.blocks;
    side.runs.push({ steps: n, ...(await pressSteps(side, side.walk.take(n))) });
  };
  // Warm-up (JIT, first paints), then interleaved blocks so that all sides see the same noise.
  for (const side of all) {
    await side.page.bringToFront();
    await pressSteps(side, side.walk.take(20));
    await resetProbe(side.page);
  }
  for (let b = 0; b < cfg.blocks; b++) for (const side of all) await block(side);
  const out = {};
  for (const [name, side] of Object.entries(sides))
    out[name] = { steps: side.steps, ...(await readSteps(side.page, side.steps)) };
  // Main-thread cost of synthetic steps (dispatch → forced style and layout), interleaved too.
  for (let b = 0; b < cfg.blocks; b++)
    for (const side of all) {
      await side.page.bringToFront();
      const { ms, changed } = await side.page.evaluate(
        ([keys, read]) => window.__probe.cost(keys, read),
        [side.walk.take(side.costSteps / cfg.blocks), READ_STEP],
      );
      side.cost.ms.push(...ms);
      side.cost.changed += changed;
    }
  for (const [name, side] of Object.entries(sides)) {
    out[name].cdpPerStep = cdpMean(side.runs);
    out[name].mainThread = { ...summary(side.cost.ms), stepChanged: side.cost.changed };
  }
  out.errors = all.flatMap((s) => s.page.errors);
  for (const side of all) await side.close();
  return out;
}
