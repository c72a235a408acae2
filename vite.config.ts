import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { parseConfig } from './src/server/config.ts';
import { precompress } from './src/server/precompress.ts';
import { devProxies, originGuard } from './src/server/viteServerRules.ts';

// The same variables as the local API and the production server (src/server/config.ts), so the
// dev server's proxy and the API agree on port and key, and a typo fails here too.
const env = parseConfig(process.env);
const proxy = devProxies({ apiPort: env.port, apiKey: env.apiKey });
// Loopback only, like the API (src/server/originRules.ts): no CORS answer for any other origin
// (Vite's default would echo every localhost origin), the Host checked, the key added by the
// proxy only for the app's own page.
const serverRules = {
  host: '127.0.0.1',
  port: env.appPort,
  strictPort: true,
  cors: false,
  allowedHosts: env.allowedHosts,
  proxy,
} as const;

export default defineConfig({
  plugins: [react(), originGuard(env.allowedHosts), precompress()],
  server: serverRules,
  preview: serverRules,
  build: { sourcemap: true },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Generous: CI machines are small (2 cores) and shared; a slow run is not a failure.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setupDom.ts'],
        },
      },
    ],
  },
});
