// A small static server on loopback for the benchmark: the app's production build at `/` and the
// benchmark pages at `/bench/`, both from memory and gzip-compressed (as a real host would), so
// that kdflow and its baselines are served the same way.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.svg', '.json']);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Loads every file of `dir` under the URL prefix `prefix` ('/' or '/bench/'). */
function load(files, dir, prefix) {
  for (const path of walk(dir)) {
    const url = prefix + relative(dir, path).split(sep).join('/');
    const body = readFileSync(path);
    const ext = extname(path);
    files.set(url, {
      path,
      body,
      gzip: COMPRESS.has(ext) ? gzipSync(body) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    });
  }
}

/**
 * Serves `roots` ({ '/': dir, '/bench/': dir }) on 127.0.0.1 at a free port. Resolves to
 * { url, files, close }, where `files` maps URL paths to { path, body }.
 */
export async function serve(roots) {
  const files = new Map();
  for (const [prefix, dir] of Object.entries(roots)) load(files, dir, prefix);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(gzip ? file.gzip : file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
