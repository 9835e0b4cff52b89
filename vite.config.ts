import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // Mermaid's ELK, cytoscape and KaTeX chunks are emitted but a sequence diagram never fetches them.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1600 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
