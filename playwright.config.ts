import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// KDFLOW_E2E_PORT and KDFLOW_DIST let two checkouts or builds be tested side by side.
const PORT = Number(process.env['KDFLOW_E2E_PORT'] ?? 4173);
const DIST = process.env['KDFLOW_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 1000 },
    // The system Chromium when there is one: no browser can be downloaded on the build machines.
    launchOptions: chromiumLaunchOptions,
  },
  // e2e runs against the production build (npm test builds it first).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
