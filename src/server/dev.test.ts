/**
 * `npm run dev` as a developer runs it: the local API and Vite's dev server in one process,
 * serving the app with its proxy, and stopping together.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from './hostRequest';
import { freePort, isOpen, type Run, readyOrExit, runScript, serverEnv } from './spawnTesting';
import { serverFixture } from './testServer';

const DEV = fileURLToPath(new URL('./dev.ts', import.meta.url));
const KEY = 'dev-test-key-do-not-print';
const READY = /Local:\s+(http:\/\/127\.0\.0\.1:(\d+)\/)/;

const t = serverFixture({ start: false });
const runs: Run[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
});

async function startDev(): Promise<{ run: Run; apiPort: number; appPort: number }> {
  const [apiPort, appPort] = [await freePort(), await freePort()];
  // A developer's terminal has colour; Vite then prints the port in bold escape codes.
  const run = runScript(DEV, {
    ...serverEnv(apiPort, appPort, t.temp.dbPath, KEY),
    FORCE_COLOR: '1',
  });
  runs.push(run);
  const ready = await readyOrExit(run, READY);
  expect(ready?.[1], run.output()).toBe(`http://127.0.0.1:${appPort}/`);
  return { run, apiPort, appPort };
}

describe('npm run dev (src/server/dev.ts)', () => {
  it('serves the app with the proxy to the API and stops both on SIGTERM', async () => {
    const { run, apiPort, appPort } = await startDev();
    const host = { Host: `127.0.0.1:${appPort}` };
    const page = await rawRequest(appPort, '/', host);
    expect(page.status).toBe(200);
    expect(page.body).toContain('/@vite/client');
    const samples = await rawRequest(appPort, '/api/physical_samples/', {
      ...host,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(samples.status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(await isOpen(apiPort)).toBe(false);
    expect(await isOpen(appPort)).toBe(false);
    expect(run.output()).not.toContain(KEY);
  }, 180_000);

  it('stops both when the shell that started it dies without passing a signal on', async () => {
    const [apiPort, appPort] = [await freePort(), await freePort()];
    // As npm runs a script: a shell whose child is the server; the shell is then killed.
    const shell = spawn('sh', ['-c', `"${process.execPath}" --import tsx "${DEV}"; true`], {
      env: {
        ...process.env,
        API_QUIET: '1',
        ...serverEnv(apiPort, appPort, t.temp.dbPath, KEY),
      },
      stdio: 'ignore',
    });
    const end = Date.now() + 150_000;
    while (Date.now() < end && !(await isOpen(appPort))) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await isOpen(apiPort)).toBe(true);
    shell.kill('SIGKILL');
    const stopBy = Date.now() + 10_000;
    while (Date.now() < stopBy && ((await isOpen(apiPort)) || (await isOpen(appPort)))) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect([await isOpen(apiPort), await isOpen(appPort)]).toEqual([false, false]);
  }, 180_000);
});
