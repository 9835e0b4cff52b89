import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the production build. No inline or eval'd script: Mermaid 12
 * needs neither. Inline styles are allowed because Mermaid writes a <style> element into every
 * SVG it renders and sets style attributes. Images may be data:/blob: URLs (the PNG export draws
 * the SVG from a data URL). Nothing may be fetched from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');

/** Puts the policy into index.html at build time only: the dev server's HMR needs inline script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kdflow-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // Mermaid's ELK, cytoscape and KaTeX chunks are emitted but a sequence diagram never fetches them.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1600 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
