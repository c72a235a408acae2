/**
 * End-to-end tests: the production server (`npm start`: the local API on a fresh temporary
 * database and the built app), driven in the system Chromium. Playwright never downloads a
 * browser here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_API_KEY, E2E_API_PORT, E2E_APP_PORT } from './env';

const root = path.resolve(import.meta.dirname, '..');

// Workers re-evaluate this file; only the main process starts the servers, so a fresh folder
// per evaluation is harmless.
const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'wafer-e2e-')), 'annotations.sqlite');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(root, 'test-results'),
  reporter: [['list'], ['json', { outputFile: path.join(root, 'reports/playwright.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  // The app as `npm start` serves it (src/server/start.ts: the local API and the production app
  // server in one process), built first so no run tests a stale build. The one test that needs
  // Vite's dev server (cross-origin.spec.ts) starts its own.
  webServer: {
    command: 'npx vite build --logLevel warn && npx tsx src/server/start.ts',
    cwd: root,
    url: `http://127.0.0.1:${E2E_APP_PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      API_PORT: String(E2E_API_PORT),
      APP_PORT: String(E2E_APP_PORT),
      DB_PATH: dbPath,
      LOCAL_API_KEY: E2E_API_KEY,
      API_QUIET: '1',
    },
  },
});
