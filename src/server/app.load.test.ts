import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SpatialAnnotationList } from '../api/schemas';
import { serverFixture } from './testServer';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const t = serverFixture({ sample: 'Load wafer' });

/** 100 items tagged with their request, valued 0..99 in order, so interleaving shows. */
const batch = (tag: string) =>
  Array.from({ length: 100 }, (_, i) => ({ property_name: tag, property_value: i }));

describe('concurrent bulk load', () => {
  it('stores exactly 100,000 rows from 20 clients x 50 bulk requests x 100 items', async () => {
    const CLIENTS = 20;
    const REQUESTS = 50;
    const path = `/physical_samples/${t.sampleId}/annotations/bulk`;
    const statuses: number[] = [];
    const client = async (c: number) => {
      for (let r = 0; r < REQUESTS; r++) {
        const res = await t.api.call(path, {
          method: 'POST',
          json: { annotations: batch(`c${c}-r${r}`) },
        });
        statuses.push(res.status);
        const created = SpatialAnnotationList.parse(await res.json());
        expect(created.map((a) => a.property_value)).toEqual(
          batch('').map((a) => a.property_value),
        );
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    expect(statuses).toHaveLength(CLIENTS * REQUESTS);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const rows = t.api.store.listAnnotations(t.sampleId);
    expect(rows).toHaveLength(100_000);
    // Rows are listed in insertion order: every request must form one unbroken block 0..99.
    const tags = new Set<string>();
    for (let block = 0; block < rows.length / 100; block++) {
      const tag = rows[block * 100]?.property_name ?? '';
      tags.add(tag);
      for (let i = 0; i < 100; i++) {
        const row = rows[block * 100 + i];
        if (row?.property_name !== tag || row.property_value !== i) {
          throw new Error(`block ${block} is interleaved at item ${i}: ${JSON.stringify(row)}`);
        }
      }
    }
    expect(tags.size).toBe(CLIENTS * REQUESTS);
    const one = await t.api.call(
      `/physical_samples/${t.sampleId}/annotations/?property_name=c7-r13`,
    );
    expect(SpatialAnnotationList.parse(await one.json()).map((a) => a.property_value)).toEqual(
      batch('').map((a) => a.property_value),
    );
  }, 60_000);

  it('waits for a write lock held by another process instead of failing with SQLITE_BUSY', async () => {
    // A second process (another server, a migration, the sqlite3 shell) holds the write lock
    // for 400 ms; without a busy timeout the bulk insert would fail at once with SQLITE_BUSY.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(process.argv[1]);
         db.exec('BEGIN IMMEDIATE');
         db.prepare("INSERT INTO physical_samples (id, name, created_datetime, last_updated) " +
           "VALUES ('held', 'held', 'now', 'now')").run();
         console.log('locked');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 400);`,
        t.temp.dbPath,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => holder.on('close', resolve));
    await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));

    const started = performance.now();
    const res = await t.api.call(`/physical_samples/${t.sampleId}/annotations/bulk`, {
      method: 'POST',
      json: { annotations: batch('after-lock') },
    });
    const waitedMs = performance.now() - started;
    expect(res.status).toBe(200);
    expect(await exited).toBe(0);
    // It really waited for the other writer, and both writes are kept.
    expect(waitedMs).toBeGreaterThan(100);
    expect(t.api.store.sampleExists('held')).toBe(true);
    expect(t.api.store.listAnnotations(t.sampleId)).toHaveLength(100);
  });
});
