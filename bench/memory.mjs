// Memory: JS heap and DOM nodes after warm-up and after many steps, kdflow against the page that
// re-renders with Mermaid on each step. Steps are synthetic keydowns on window, each run to the end
// of the page's work, with a frame every 10 (bench/probe.mjs); every figure is taken after two
// forced garbage collections, at the same step (0), since the panels hold more at later steps.
import { open, READ_STEP, walker } from './browser.mjs';

async function measure({ page, cdp }) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapUsed: heap.usedSize, domNodes: m.Nodes, elements, listeners: m.JSEventListeners };
}

async function run(browser, url, warmup, checkpoints) {
  const side = await open(browser, url);
  const walk = walker(10);
  const steps = (n) => side.page.evaluate((keys) => window.__probe.steps(keys), walk.take(n));
  await steps(warmup);
  const points = [{ steps: 0, ...(await measure(side)) }];
  let done = 0;
  for (const at of checkpoints) {
    await steps(at - done);
    done = at;
    points.push({ steps: at, ...(await measure(side)) });
  }
  const step = await side.page.evaluate(new Function(`return (${READ_STEP})()`));
  await side.close();
  const first = points[0];
  const last = points.at(-1);
  return {
    warmupSteps: warmup,
    points,
    heapGrowth: last.heapUsed - first.heapUsed,
    domNodeGrowth: last.domNodes - first.domNodes,
    elementGrowth: last.elements - first.elements,
    endStep: step,
    errors: side.page.errors,
  };
}

export async function memoryBench(browser, base, cfg) {
  return {
    kdflow: await run(browser, `${base}/`, 100, cfg.memoryCheckpoints),
    baseline: await run(browser, `${base}/bench/rerender.html`, 20, cfg.baselineMemoryCheckpoints),
  };
}
