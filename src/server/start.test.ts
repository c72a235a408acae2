/**
 * `npm start` as a user runs it: one process that builds when needed, starts the local API and
 * the app server, prints the URL, and stops both together.
 */
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from './hostRequest';
import { freePort, isOpen, type Run, readyOrExit, runScript, serverEnv } from './spawnTesting';
import { serverFixture } from './testServer';

const START = fileURLToPath(new URL('./start.ts', import.meta.url));
const KEY = 'start-test-key-do-not-print';
const READY = /Wafer Annotator is running at (http:\/\/127\.0\.0\.1:(\d+)\/)/;

const t = serverFixture({ start: false });
const runs: Run[] = [];
const blockers: Server[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  for (const blocker of blockers.splice(0)) blocker.close();
});

describe('npm start (src/server/start.ts)', () => {
  it('serves the app and the API, prints the URL, and stops both on SIGTERM', async () => {
    const [apiPort, appPort] = [await freePort(), await freePort()];
    const run = runScript(START, serverEnv(apiPort, appPort, t.temp.dbPath, KEY));
    runs.push(run);
    const ready = await readyOrExit(run, READY);
    expect(ready?.[1], run.output()).toBe(`http://127.0.0.1:${appPort}/`);

    const page = await rawRequest(appPort, '/?sample=x', { Host: `127.0.0.1:${appPort}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const samples = await rawRequest(appPort, '/api/physical_samples/', {
      Host: `127.0.0.1:${appPort}`,
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(samples.status).toBe(200);
    const direct = await rawRequest(apiPort, '/physical_samples/', {
      Host: `127.0.0.1:${apiPort}`,
      'X-API-KEY': KEY,
    });
    expect(direct.body).toBe(samples.body);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(await isOpen(apiPort)).toBe(false);
    expect(await isOpen(appPort)).toBe(false);
    expect(run.output()).not.toContain(KEY);
  }, 180_000);

  it('exits 1 and stops the API when the app port is taken', async () => {
    const [apiPort, appPort] = [await freePort(), await freePort()];
    const blocker = createServer().listen(appPort, '127.0.0.1');
    blockers.push(blocker);
    await new Promise((resolve) => blocker.once('listening', resolve));
    const run = runScript(START, serverEnv(apiPort, appPort, t.temp.dbPath, KEY));
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`port ${appPort} is already in use`);
    expect(run.output()).not.toMatch(READY);
    expect(await isOpen(apiPort)).toBe(false);
  }, 180_000);

  it('exits 1 without serving the app when the API port is taken', async () => {
    const [apiPort, appPort] = [await freePort(), await freePort()];
    const blocker = createServer().listen(apiPort, '127.0.0.1');
    blockers.push(blocker);
    await new Promise((resolve) => blocker.once('listening', resolve));
    const run = runScript(START, serverEnv(apiPort, appPort, t.temp.dbPath));
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`port ${apiPort} is already in use`);
    expect(await isOpen(appPort)).toBe(false);
  }, 180_000);
});
