import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  ErrorBody,
  MAX_SAMPLE_METADATA_BYTES,
  MAX_TEXT_CHARS,
  PhysicalSample,
} from '../api/schemas';
import { openStore } from './store';
import { serverFixture } from './testServer';

const t = serverFixture();

const patch = (id: string, json: unknown) =>
  t.api.call(`/physical_samples/${id}`, { method: 'PATCH', json });

async function created(name = 'Wafer 7') {
  const res = await t.api.call('/physical_samples/', { method: 'POST', json: { name } });
  expect(res.status).toBe(200);
  return res.json() as Promise<Record<string, unknown> & { id: string }>;
}

const listed = async (id: string) => {
  const res = await t.api.call(`/physical_samples?physical_sample_id=${id}`);
  const [sample] = (await res.json()) as Array<Record<string, unknown>>;
  return sample;
};

/** Other tools' keys, with values of every JSON kind, which must come back exactly. */
const THEIRS = {
  growth: { recipe: 'MOCVD-17', steps: [1, 2.5, null, true, 'x'], nested: { deep: [{ a: 'é' }] } },
  operator: 'J. Doe',
  empty: {},
};

describe('PATCH /physical_samples/{id}', () => {
  it('changes only the fields sent and answers the sample with its metadata', async () => {
    const sample = await created();
    const metadata = { ...THEIRS, wafer_map: { version: 1 } };
    const first = await patch(sample.id, { physical_sample_metadata: metadata });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      name: 'Wafer 7',
      physical_sample_metadata: metadata,
    });

    const renamed = await patch(sample.id, { name: 'Wafer 7b', sample_id: 'S-001' });
    const body = (await renamed.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: sample.id,
      name: 'Wafer 7b',
      sample_id: 'S-001',
      detail_notes_id: null,
      owner_name: 'local',
      created_datetime: sample.created_datetime,
    });
    // The metadata was not sent, so every key (ours and theirs) is kept exactly.
    expect(body.physical_sample_metadata).toEqual(metadata);
    expect(Date.parse(String(body.last_updated))).toBeGreaterThanOrEqual(
      Date.parse(String(sample.last_updated)),
    );
    expect(await listed(sample.id)).toEqual(body);
    // The answer satisfies the client's schema, metadata included.
    expect(PhysicalSample.parse(body).physical_sample_metadata).toEqual(metadata);
  });

  it('replaces the metadata object whole and clears it with null', async () => {
    const sample = await created();
    await patch(sample.id, { physical_sample_metadata: { a: 1, b: 2 } });
    await patch(sample.id, { physical_sample_metadata: { a: 1, c: [3] } });
    expect((await listed(sample.id))?.physical_sample_metadata).toEqual({ a: 1, c: [3] });
    await patch(sample.id, { physical_sample_metadata: null });
    expect((await listed(sample.id))?.physical_sample_metadata).toBeNull();
  });

  it('accepts an empty body as "change nothing" and answers the sample', async () => {
    const sample = await created();
    await patch(sample.id, { physical_sample_metadata: THEIRS });
    const res = await patch(sample.id, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Wafer 7', physical_sample_metadata: THEIRS });
  });

  it('answers 404 for a sample that does not exist', async () => {
    const res = await patch('2d0c5c1e-6a3f-4f7e-9d7b-0b9b6b1f0a11', { name: 'x' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Physical sample not found' });
  });

  it.each([
    ['metadata that is an array', { physical_sample_metadata: [1, 2] }, 'physical_sample_metadata'],
    ['metadata that is text', { physical_sample_metadata: '{"a":1}' }, 'physical_sample_metadata'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name too long', { name: 'x'.repeat(MAX_TEXT_CHARS + 1) }, 'name'],
    ['a name that is null', { name: null }, 'name'],
    ['a sample_id that is a number', { sample_id: 7 }, 'sample_id'],
    [
      'metadata over 1 MiB of JSON',
      { physical_sample_metadata: { note: 'x'.repeat(MAX_SAMPLE_METADATA_BYTES) } },
      'physical_sample_metadata',
    ],
  ])('answers 422 for %s and changes nothing', async (_, body, field) => {
    const sample = await created();
    await patch(sample.id, { physical_sample_metadata: THEIRS });
    const res = await patch(sample.id, body);
    expect(res.status).toBe(422);
    const detail = ErrorBody.parse(await res.json()).detail;
    if (typeof detail === 'string') throw new Error('expected a detail list');
    expect(detail.map((d) => d.loc)).toEqual([['body', field]]);
    expect(await listed(sample.id)).toMatchObject({
      name: 'Wafer 7',
      physical_sample_metadata: THEIRS,
    });
  });

  it.each([
    ['a body that is not JSON', '{"name": '],
    ['a body that is an array', '[{"name": "x"}]'],
  ])('answers 422 for %s', async (_, text) => {
    const sample = await created();
    const res = await t.api.call(`/physical_samples/${sample.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: text,
    });
    expect(res.status).toBe(422);
    expect((await listed(sample.id))?.name).toBe('Wafer 7');
  });

  it('keeps the create limit on names too', async () => {
    const res = await t.api.call('/physical_samples/', {
      method: 'POST',
      json: { name: 'x'.repeat(MAX_TEXT_CHARS + 1) },
    });
    expect(res.status).toBe(422);
  });
});

describe('sample answers carry physical_sample_metadata', () => {
  it('in the create answer and the list (null when none)', async () => {
    const sample = await created();
    expect(sample.physical_sample_metadata).toBeNull();
    const res = await t.api.call('/physical_samples');
    const list = (await res.json()) as Array<Record<string, unknown>>;
    expect(list.find((s) => s.id === sample.id)).toHaveProperty('physical_sample_metadata', null);
  });

  it('with an empty list of projects, as Atomscale lists them', async () => {
    const sample = await created();
    expect(sample).toHaveProperty('projects', []);
    const res = await t.api.call('/physical_samples');
    const list = (await res.json()) as Array<Record<string, unknown>>;
    expect(list.find((s) => s.id === sample.id)).toHaveProperty('projects', []);
  });
});

describe('migration of a database made before sample metadata', () => {
  it('adds the new columns and keeps the samples', async () => {
    const dbPath = `${t.temp.dir}/old/annotations.sqlite`;
    // The table as the first release made it: no reference or metadata columns.
    mkdirSync(dirname(dbPath), { recursive: true });
    const db = new Database(dbPath);
    db.exec(`CREATE TABLE physical_samples (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
      created_datetime TEXT NOT NULL, last_updated TEXT NOT NULL, owner_name TEXT)`);
    db.prepare(
      `INSERT INTO physical_samples (id, name, created_datetime, last_updated, owner_name)
       VALUES ('5b0c5c1e-6a3f-4f7e-9d7b-0b9b6b1f0a11', 'Old wafer', '2025-01-01T00:00:00.000Z',
       '2025-01-01T00:00:00.000Z', 'local')`,
    ).run();
    db.close();

    const store = openStore(dbPath);
    const [sample] = store.listSamples();
    expect(sample).toMatchObject({ name: 'Old wafer', physical_sample_metadata: null });
    const id = sample?.id ?? '';
    expect(store.updateSample(id, { physical_sample_metadata: { a: 1 } })).toMatchObject({
      name: 'Old wafer',
      physical_sample_metadata: { a: 1 },
    });
    store.close();
    // Opening again runs the migration again: nothing to add, nothing lost.
    const again = openStore(dbPath);
    expect(again.listSamples()[0]?.physical_sample_metadata).toEqual({ a: 1 });
    again.close();
  });
});
