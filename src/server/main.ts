/**
 * Entry point of the local API (`npm run api`): reads the environment, opens and seeds the
 * database and listens on 127.0.0.1 only, because the key is a convenience, not real security.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_API_KEY, parseConfig, type ServerConfig } from './config';
import { exitWithParent } from './exitWithParent';
import { openFailureLine } from './storageErrors';
import { openStore, type Store, seedDemoSample } from './store';

function readConfigOrExit(): ServerConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/** Opens and seeds the database; a failure prints one line (path and cause) and exits 1. */
function openStoreOrExit(dbPath: string): Store {
  try {
    const store = openStore(dbPath, { onWarning: (line) => console.warn(line) });
    seedDemoSample(store);
    return store;
  } catch (error) {
    console.error(openFailureLine(dbPath, error));
    process.exit(1);
  }
}

const config = readConfigOrExit();
if (config.apiKey === DEFAULT_API_KEY) {
  // One line, and never the key itself: the point is that it is the well-known default.
  console.warn(
    'Warning: the local API uses the default key (LOCAL_API_KEY unset or left at its default), ' +
      'which anyone can guess; set LOCAL_API_KEY to a secret of your own.',
  );
}
const store = openStoreOrExit(config.dbPath);

const app = createApp({
  store,
  apiKey: config.apiKey,
  corsOrigins: config.corsOrigins,
  allowedHosts: config.allowedHosts,
  logRequest: config.quiet ? undefined : (line) => console.log(line),
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' }, (info) => {
  console.log(`Local Atomscale API on http://127.0.0.1:${info.port} (db: ${config.dbPath})`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is already in use` : error;
  console.error('Local API could not listen:', reason);
  store.close();
  process.exit(1);
});

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  // Close the db only after in-flight requests finished, so no handler meets a closed store.
  server.close(() => {
    store.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// `npm start`/`npm run api` on SIGTERM: npm signals its shell, which dies without telling us.
exitWithParent(() => {
  console.log('The command that started the server ended; stopping.');
  process.kill(process.pid, 'SIGTERM');
});
