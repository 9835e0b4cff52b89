// Cold start and bundle: kdflow against a bare page that loads Mermaid and renders the same
// diagram once, both served by bench/server.mjs. Each load is in a fresh context (empty cache).
import { gzipSync } from 'node:zlib';
import { open } from './browser.mjs';
import { summary } from './stats.mjs';

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** One cold load: navigation → first frame with the diagram, and what was fetched by then. */
async function load(browser, url) {
  const side = await open(browser, url);
  const result = await side.page.evaluate(() => {
    const { found, painted } = window.__probe.visible;
    const resources = performance.getEntriesByType('resource').filter((r) => r.startTime <= found);
    const fetched = resources.map((r) => new URL(r.name).pathname);
    // When the page's own files were in and when the first Mermaid chunk was asked for.
    const mermaid = resources.filter((r) => /\/assets\/(?!index-|plain-)[^/]+\.js$/.test(r.name));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      found,
      painted,
      fetched: [location.pathname, ...fetched],
      domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
      mermaidRequested: Math.min(...mermaid.map((r) => r.startTime)),
      lastFetchEnd: Math.max(...resources.map((r) => r.responseEnd)),
    };
  });
  result.errors = side.page.errors;
  await side.close();
  return result;
}

/** Static imports of a built JS file, as URL paths (dynamic `import()` is left out). */
function staticImports(files, path) {
  const code = files.get(path)?.body.toString() ?? '';
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return [
    ...code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.\.?\/[^"']+)["']/g,
    ),
  ].map((m) => new URL(m[1], `http://x${dir}`).pathname);
}

/** Every file reachable from `roots` through static imports. */
function closure(files, roots) {
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p) || !files.has(p)) return;
    seen.add(p);
    staticImports(files, p).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/** Raw and gzip (level 9) sizes of the files at `paths`, from the server's files. */
function sizes(files, paths) {
  const list = paths.map((p) => {
    const file = files.get(p.endsWith('/') ? `${p}index.html` : p);
    return { path: p, raw: file?.body.length ?? 0, gzip: file ? gzipSize(file.body) : 0 };
  });
  const total = (k) => list.reduce((s, f) => s + f[k], 0);
  return { files: list, raw: total('raw'), gzip: total('gzip') };
}

/** The app's entry JS: index.html's module script and the chunks it preloads (before Mermaid). */
function entryJs(files) {
  const html = files.get('/index.html').body.toString();
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ]
    .map((m) => m[1])
    .filter((src) => src.endsWith('.js'));
  return sizes(files, srcs);
}

export async function coldBench(browser, base, files, cfg) {
  const runs = { kdflow: [], baseline: [] };
  const pages = { kdflow: `${base}/`, baseline: `${base}/bench/plain.html` };
  // One warm-up load each (server, disk), then alternate which side goes first.
  for (const url of Object.values(pages)) await load(browser, url);
  for (let i = 0; i < cfg.coldRuns; i++) {
    const order = i % 2 ? ['baseline', 'kdflow'] : ['kdflow', 'baseline'];
    for (const side of order) runs[side].push(await load(browser, pages[side]));
  }
  const figure = (side) =>
    Object.fromEntries(
      ['found', 'painted', 'domContentLoaded', 'mermaidRequested', 'lastFetchEnd'].map((k) => [
        k,
        summary(runs[side].map((r) => r[k])),
      ]),
    );
  const fetchedBy = (side) => runs[side].at(-1)?.fetched ?? [];
  const fetched = sizes(files, fetchedBy('kdflow'));
  // What a sequence diagram needs: the app's entry, Mermaid's core and its sequence-diagram chunk,
  // with all they import statically. Any other JS fetched before the diagram shows is not needed.
  const entry = entryJs(files);
  const js = [...files.keys()].filter((p) => p.startsWith('/assets/') && p.endsWith('.js'));
  const roots = [
    ...entry.files.map((f) => f.path),
    ...js.filter((p) => /\/(mermaid\.core|sequenceDiagram)-/.test(p)),
  ];
  const needed = closure(files, roots);
  const unneeded = fetched.files
    .filter((f) => f.path.endsWith('.js') && !needed.has(f.path))
    .map((f) => f.path);
  return {
    kdflow: figure('kdflow'),
    baseline: figure('baseline'),
    runs: cfg.coldRuns,
    bundle: {
      entryJs: entry,
      fetchedUntilDiagram: fetched,
      baselineFetchedUntilDiagram: sizes(files, fetchedBy('baseline')),
      unneeded,
    },
    errors: [...runs.kdflow, ...runs.baseline].flatMap((r) => r.errors),
  };
}
