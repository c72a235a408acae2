import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverFixture } from './testServer';

describe('serverFixture', () => {
  const t = serverFixture({ sample: 'Fixture wafer' });
  let previous: { dir: string; baseUrl: string } | null = null;

  it('gives each test a running server with its sample', async () => {
    const res = await t.api.call('/physical_samples/');
    expect((await res.json()).map((s: { name: string }) => s.name)).toEqual(['Fixture wafer']);
    expect(t.base).toBe(`/physical_samples/${t.sampleId}/annotations`);
    previous = { dir: t.temp.dir, baseUrl: t.api.baseUrl };
  });

  it('closed the last test’s server and removed its folder', async () => {
    if (!previous) throw new Error('the first test did not run');
    expect(t.temp.dir).not.toBe(previous.dir);
    expect(existsSync(previous.dir)).toBe(false);
    await expect(fetch(`${previous.baseUrl}/health`)).rejects.toThrow();
  });

  it('starts further servers on their own databases, and restarts on the same one', async () => {
    const other = await t.start();
    expect(other.baseUrl).not.toBe(t.api.baseUrl);
    expect(other.store.listSamples()).toEqual([]);
    const id = t.sampleId;
    const restarted = await t.restart();
    expect(restarted.store.listSamples().map((s) => s.id)).toEqual([id]);
  });
});
