import type { IncomingMessage } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { configDefaults } from 'vitest/config';

// The same variables as the local API (src/server/main.ts), so `npm start` wires both ends.
const apiPort = Number(process.env.API_PORT ?? 8000);
const localApiKey = process.env.LOCAL_API_KEY ?? 'dev-key';
const appPort = Number(process.env.APP_PORT ?? 5173);

/**
 * `/api/*` -> the local API. The proxy adds the local key only when the browser sent none,
 * so a key typed in the app's settings is still what the server checks.
 */
const localApiProxy: ProxyOptions = {
  target: `http://127.0.0.1:${apiPort}`,
  rewrite: (path) => path.replace(/^\/api/, ''),
  configure: (proxy) => {
    proxy.on('proxyReq', (proxyReq, req: IncomingMessage) => {
      if (!req.headers['x-api-key']) proxyReq.setHeader('X-API-KEY', localApiKey);
    });
  },
};

/** `/atomscale/*` -> the real Atomscale API, for browsers that would hit CORS calling it directly. */
const atomscaleProxy: ProxyOptions = {
  target: 'https://api.atomscale.ai',
  changeOrigin: true,
  secure: true,
  rewrite: (path) => path.replace(/^\/atomscale/, ''),
};

const proxy = { '/api': localApiProxy, '/atomscale': atomscaleProxy };

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: appPort, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: appPort, strictPort: true, proxy },
  build: { sourcemap: true },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts'],
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
