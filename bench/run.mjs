// `npm run bench`: drives the production build in headless Chromium, beside baselines measured in
// the same run, prints a table and writes bench/results.json. The npm script builds the app into
// node_modules/.cache/kdflow-bench/app and the benchmark pages (bench/pages) beside it first.
// BENCH_QUICK=1 runs a few repetitions of everything, to try the benchmark itself out.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { coldBench } from './cold.mjs';
import { memoryBench } from './memory.mjs';
import { recomputeBench } from './recompute.mjs';
import { report, table } from './report.mjs';
import { scaleBench } from './scale.mjs';
import { serve } from './server.mjs';
import { rounded } from './stats.mjs';
import { stepBench } from './step.mjs';

const out = (p) => fileURLToPath(new URL(p, import.meta.url));
const BUILD = out('../node_modules/.cache/kdflow-bench/');
const RESULTS = out('./results.json');

const quick = process.env.BENCH_QUICK === '1';
const cfg = {
  coldRuns: quick ? 2 : 10,
  blocks: quick ? 2 : 10,
  appSteps: quick ? 40 : 500,
  baselineSteps: quick ? 20 : 150,
  appCostSteps: quick ? 20 : 200,
  baselineCostSteps: quick ? 10 : 100,
  floorSteps: quick ? 20 : 100,
  scaleSizes: [10, 100, 1000],
  scaleRenders: (n) => (quick ? 1 : n >= 1000 ? 3 : 5),
  scaleSteps: quick ? 30 : 150,
  scaleCostSteps: quick ? 10 : 100,
  memoryCheckpoints: quick ? [100, 300] : [500, 5000],
  baselineMemoryCheckpoints: quick ? [40] : [200],
  recomputeRuns: quick ? 64 : 640,
  editRuns: quick ? 10 : 60,
};

for (const dir of ['app/index.html', 'pages/plain.html'])
  if (!existsSync(BUILD + dir)) {
    console.error(`Missing ${BUILD + dir}: run \`npm run bench\`, which builds it first.`);
    process.exit(1);
  }

const server = await serve({ '/': `${BUILD}app`, '/bench/': `${BUILD}pages` });
const browser = await chromium.launch(chromiumLaunchOptions);
const started = Date.now();
const loadBefore = loadavg();
const figures = {};
const section = async (name, run) => {
  const t0 = Date.now();
  process.stdout.write(`${name}… `);
  figures[name] = await run();
  console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
};
try {
  await section('cold', () => coldBench(browser, server.url, server.files, cfg));
  await section('step', () => stepBench(browser, server.url, cfg));
  await section('scale', () => scaleBench(browser, server.url, cfg));
  await section('memory', () => memoryBench(browser, server.url, cfg));
  await section('recompute', () => recomputeBench(browser, server.url, cfg));
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

/** The commit measured, with `+changes` when the app's sources differ from it. */
function commit() {
  try {
    const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const dirty = git(
      'status',
      '--porcelain',
      '--',
      'src',
      'index.html',
      'public',
      'vite.config.ts',
    );
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

const results = {
  date: new Date().toISOString(),
  commit: commit(),
  quick,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGB: +(totalmem() / 2 ** 30).toFixed(1),
    os: `${process.platform} ${release()}`,
    node: process.version,
    // Other work on the machine: 1-minute load average before and after the run.
    load: [loadBefore[0], loadavg()[0]],
  },
  browser: `Chromium ${browser.version()} (headless, ${chromiumLaunchOptions.executablePath ?? "Playwright's"})`,
  seconds: Math.round((Date.now() - started) / 1000),
  config: { ...cfg, scaleRenders: cfg.scaleSizes.map(cfg.scaleRenders) },
  figures,
};
const { rows, targets } = report(results);
results.targets = targets;
writeFileSync(RESULTS, JSON.stringify(rounded(results), null, 2) + '\n');

const m = results.machine;
console.log(
  `\n${m.cpus} × ${m.cpu}, ${m.ramGB} GB RAM, ${m.os}, Node ${m.node}; ${results.browser}`,
);
console.log(`Load average ${m.load.map((l) => l.toFixed(2)).join(' → ')}`);
console.log(
  `${results.date}, commit ${results.commit}${quick ? ' (BENCH_QUICK: too few repetitions to quote)' : ''}\n`,
);
console.log(table(['Figure', 'kdflow', 'baseline', 'baseline ÷ kdflow', 'note'], rows));
console.log('');
console.log(
  table(
    ['Target', 'met', 'value'],
    targets.map((t) => [t.name, t.met ? 'yes' : 'NO', t.value]),
  ),
);
const errors = Object.values(figures).flatMap((f) => f.errors ?? []);
if (errors.length) console.log(`\nPage errors:\n${errors.join('\n')}`);
console.log(`\nWrote ${RESULTS} in ${results.seconds} s.`);
