/**
 * `npm start`: the app as a lab runs it, in one Node process.
 * 1. Builds `dist/` with `vite build` when it is missing or older than its sources.
 * 2. Starts the local API (main.ts, unchanged: 127.0.0.1:API_PORT, its own log lines).
 * 3. Serves the build with the app server (appServer.ts) on 127.0.0.1:APP_PORT.
 * Both stop together: Ctrl+C and SIGTERM end the process through main.ts's handlers (the API
 * finishes its requests and closes the database), and either server failing to start exits 1.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createAppServer } from './appServer';
import { staleBuildReason } from './buildFreshness';
import { fail, readConfigOrExit, waitForApi } from './startup';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, 'dist');

/** Runs `vite build` (its output shown) when staleBuildReason says so; exits 1 if it fails. */
function buildIfStale(): void {
  const reason = staleBuildReason(root);
  if (reason === null) return;
  console.log(`Building the app (${reason})…`);
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    // A half-written build must not pass for fresh next time.
    rmSync(path.join(distDir, 'index.html'), { force: true });
    fail('The build failed (see above); nothing was started.');
  }
}

const config = readConfigOrExit();
if (config.port === 0) fail('npm start needs a fixed API_PORT (the app forwards /api to it).');
buildIfStale();

// main.ts starts the API at import and installs the SIGINT/SIGTERM handlers that end the
// process; it exits 1 itself if the API cannot start.
await import('./main');
await waitForApi(config.port, 30_000);

const app = createAppServer({
  distDir,
  apiUrl: `http://127.0.0.1:${config.port}`,
  apiKey: config.apiKey,
  allowedHosts: config.allowedHosts,
});
const server = serve({ fetch: app.fetch, port: config.appPort, hostname: '127.0.0.1' });
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${config.appPort} is already in use` : error;
  fail(`The app server could not listen: ${reason}`);
});
await once(server, 'listening');
// Stop taking new connections at once; main.ts's handler ends the process.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close());

const { port } = server.address() as AddressInfo;
console.log(
  `\nWafer Annotator is running at http://127.0.0.1:${port}/ (local API on ` +
    `http://127.0.0.1:${config.port}). Press Ctrl+C to stop both.`,
);
