/**
 * `npm run dev`: the local API (main.ts) and Vite's dev server (hot reload, vite.config.ts with
 * its proxy and origin rules) in one Node process, so they always stop together: Ctrl+C and
 * SIGTERM end the process through main.ts's handlers, and when npm's shell dies without passing
 * a signal on, main.ts's parent watch ends it too. Either server failing to start exits 1.
 */
import path from 'node:path';
import { createServer } from 'vite';
import { fail, readConfigOrExit, waitForApi } from './startup';

const root = path.resolve(import.meta.dirname, '../..');
const config = readConfigOrExit();
if (config.port === 0)
  fail('npm run dev needs a fixed API_PORT (the dev server forwards /api to it).');

await import('./main');
await waitForApi(config.port, 30_000);

try {
  const vite = await createServer({ root, configFile: path.join(root, 'vite.config.ts') });
  await vite.listen();
  vite.printUrls();
  console.log(
    'Dev server with hot reload; the local API runs beside it. Press Ctrl+C to stop both.',
  );
} catch (error) {
  fail(`The dev server could not start: ${error instanceof Error ? error.message : error}`);
}
