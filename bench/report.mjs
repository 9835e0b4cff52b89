// The benchmark's table and its targets (issue 5 §1), from the figures in results.json.

const ms = (v) =>
  v == null || Number.isNaN(v) ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const et = (v) => (v == null ? '< 16 ms' : `${v} ms`);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const x = (v) => `${v.toFixed(v < 10 ? 2 : 0)}×`;
const pair = (a, b, f = ms) => `${f(a)} / ${f(b)}`;
const p5095 = (s, f = ms) => pair(s.p50, s.p95, f);
const split = (c) => `${ms(c.style)} / ${ms(c.layout)} / ${ms(c.other)}`;

/**
 * Rows of [figure, kdflow, baseline, baseline ÷ kdflow, note] and the targets, each with whether
 * it is met and the value it was judged on.
 */
export function report(r) {
  const { step, cold, scale, memory, recompute } = r.figures;
  const { kdflow: k, baseline: b, floor: f } = step;
  const bundle = cold.bundle;
  const rows = [
    [
      'Step: keydown → next paint, p50 / p95',
      p5095(k.keydownToPaint),
      p5095(b.keydownToPaint),
      x(b.keydownToPaint.p50 / k.keydownToPaint.p50),
      `empty page: ${p5095(f.keydownToPaint)}`,
    ],
    [
      'Step: Event Timing duration, p50 / p95',
      p5095(k.eventTiming, et),
      p5095(b.eventTiming, et),
      '',
      `empty page: ${p5095(f.eventTiming, et)}`,
    ],
    [
      'Step: main thread, dispatch → style + layout, p50 / p95',
      p5095(k.mainThread),
      p5095(b.mainThread),
      x(b.mainThread.p50 / k.mainThread.p50),
      `empty page: ${p5095(f.mainThread)}`,
    ],
    [
      'Step: main-thread task time per step (CDP, mean)',
      ms(k.cdpPerStep.task),
      ms(b.cdpPerStep.task),
      x(b.cdpPerStep.task / k.cdpPerStep.task),
      `empty page: ${ms(f.cdpPerStep.task)}`,
    ],
    ['  of which style / layout / other', split(k.cdpPerStep), split(b.cdpPerStep), '', ''],
    [
      'Step with prefers-reduced-motion: Event Timing p50 / p95',
      p5095(step.kdflowReducedMotion.eventTiming, et),
      '',
      '',
      `figure alone (10 msgs): ${p5095(scale.reducedMotion10.eventTiming, et)}`,
    ],
    [
      'Cold start: navigation → diagram painted, median (p95)',
      `${ms(cold.kdflow.painted.p50)} (${ms(cold.kdflow.painted.p95)})`,
      `${ms(cold.baseline.painted.p50)} (${ms(cold.baseline.painted.p95)})`,
      `${x(cold.kdflow.painted.p50 / cold.baseline.painted.p50)} (kdflow ÷ baseline)`,
      `${cold.runs} cold loads each`,
    ],
    ['Bundle: entry JS, gzip', kb(bundle.entryJs.gzip), '', '', `${kb(bundle.entryJs.raw)} raw`],
    [
      'Bundle: all fetched until the diagram shows, gzip',
      kb(bundle.fetchedUntilDiagram.gzip),
      kb(bundle.baselineFetchedUntilDiagram.gzip),
      `${x(bundle.fetchedUntilDiagram.gzip / bundle.baselineFetchedUntilDiagram.gzip)} (kdflow ÷ baseline)`,
      `${bundle.fetchedUntilDiagram.files.length} files / ${bundle.baselineFetchedUntilDiagram.files.length}`,
    ],
  ];
  for (const [n, s] of Object.entries(scale.sizes))
    rows.push([
      `Scale ${n} msgs: render; step Event Timing p95`,
      `${ms(s.renderShown.p50)}; ${et(s.step.eventTiming.p95)}`,
      `${ms(s.renderShown.p50)} a step`,
      x(s.renderShown.p50 / s.step.mainThread.p50),
      `step: paint p95 ${ms(s.step.keydownToPaint.p95)}, main thread p95 ${ms(s.step.mainThread.p95)}`,
    ]);
  const km = memory.kdflow;
  const bm = memory.baseline;
  rows.push(
    [
      'Memory: JS heap after warm-up → after N steps',
      `${mb(km.points[0].heapUsed)} → ${mb(km.points.at(-1).heapUsed)}`,
      `${mb(bm.points[0].heapUsed)} → ${mb(bm.points.at(-1).heapUsed)}`,
      '',
      `N = ${km.points.at(-1).steps} (baseline ${bm.points.at(-1).steps})`,
    ],
    [
      'Memory: DOM nodes (elements) after warm-up → after N',
      `${km.points[0].domNodes} (${km.points[0].elements}) → ${km.points.at(-1).domNodes} (${km.points.at(-1).elements})`,
      `${bm.points[0].domNodes} (${bm.points[0].elements}) → ${bm.points.at(-1).domNodes} (${bm.points.at(-1).elements})`,
      '',
      '',
    ],
    [
      'Recompute: traceOf after an edit, p50 / p95',
      p5095(recompute.traceOf),
      '',
      '',
      `simulate alone: ${p5095(recompute.simulate)}`,
    ],
    [
      'Recompute: edit typed → next paint, p50 / p95',
      p5095(recompute.editToPaint.kdflow),
      p5095(recompute.editToPaint.baseline),
      x(recompute.editToPaint.baseline.p50 / recompute.editToPaint.kdflow.p50),
      'baseline: re-simulate + Mermaid render',
    ],
  );

  const sizes = Object.keys(scale.sizes).map(Number);
  const big = scale.sizes[Math.max(...sizes)];
  const mid = scale.sizes[sizes.sort((a, c) => a - c).at(-2)];
  const etMet = (e) => e.p95 == null || e.p95 <= 16;
  const targets = [
    ['Step p95 ≤ 16 ms (Event Timing)', etMet(k.eventTiming), et(k.eventTiming.p95)],
    ['Step p95 ≤ 16 ms of main thread', k.mainThread.p95 <= 16, ms(k.mainThread.p95)],
    [
      'Step main-thread cost ≥ 10× below the baseline (p50)',
      b.mainThread.p50 / k.mainThread.p50 >= 10,
      x(b.mainThread.p50 / k.mainThread.p50),
    ],
    [
      'Cold start ratio ≤ 1.15',
      cold.kdflow.painted.p50 / cold.baseline.painted.p50 <= 1.15,
      x(cold.kdflow.painted.p50 / cold.baseline.painted.p50),
    ],
    ['Entry JS ≤ 100 kB gzip', bundle.entryJs.gzip <= 100_000, kb(bundle.entryJs.gzip)],
    [
      'Nothing fetched that a sequence diagram does not need',
      bundle.unneeded.length === 0,
      bundle.unneeded.join(', ') || 'none',
    ],
    [
      `Scale: step p95 ≤ 16 ms at ${Math.max(...sizes)} messages (Event Timing)`,
      etMet(big.step.eventTiming),
      et(big.step.eventTiming.p95),
    ],
    [
      'Scale: render time no worse than linear (10× the messages: ≤ 10× the time)',
      big.renderShown.p50 / mid.renderShown.p50 <= 10,
      x(big.renderShown.p50 / mid.renderShown.p50),
    ],
    ['Memory: heap growth ≤ 1 MB', km.heapGrowth <= 1e6, mb(km.heapGrowth)],
    [
      'Memory: DOM node count unchanged',
      km.domNodeGrowth <= 0 && km.elementGrowth === 0,
      `${km.domNodeGrowth} nodes, ${km.elementGrowth} elements`,
    ],
    ['Recompute ≤ 5 ms (traceOf p95)', recompute.traceOf.p95 <= 5, ms(recompute.traceOf.p95)],
  ].map(([name, met, value]) => ({ name, met, value }));
  return { rows, targets };
}

/** A plain-text table with aligned columns. */
export function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
