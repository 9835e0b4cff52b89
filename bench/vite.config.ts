/**
 * Builds the benchmark's own pages (the baselines and the scale page) into
 * node_modules/.cache/kdflow-bench/pages, served under /bench/ beside the app's production build.
 * Same build settings as the app (vite.config.ts), so that both are served the same way.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { toMermaid } from '../src/diagram/sequence';
import { DEFAULT_SCENARIO, DEFAULT_SEED } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';

const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root: pages,
  base: '/bench/',
  logLevel: 'warn',
  // The figure the app shows first, as text, so that the bare page does no simulation.
  define: { __FIGURE_TEXT__: JSON.stringify(toMermaid(simulate(DEFAULT_SCENARIO, DEFAULT_SEED))) },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    outDir: resolve(import.meta.dirname, '../node_modules/.cache/kdflow-bench/pages'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        floor: resolve(pages, 'floor.html'),
        plain: resolve(pages, 'plain.html'),
        rerender: resolve(pages, 'rerender.html'),
        scale: resolve(pages, 'scale.html'),
      },
    },
  },
});
