import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SpatialAnnotation, SpatialAnnotationList } from '../api/schemas';
import { TOKEN_INDEX, WHERE_TOKEN } from './storeSchema';
import { serverFixture } from './testServer';

const t = serverFixture({ sample: 'Wafer' });

const item = (value: number, batch?: string, index?: unknown, extra: object = {}) => ({
  property_name: 'thickness',
  property_value: value,
  metadata: batch === undefined ? extra : { ...extra, client_batch: batch, client_index: index },
});

async function bulk(annotations: object[], path = `${t.base}/bulk`) {
  const res = await t.api.call(path, { method: 'POST', json: { annotations } });
  expect(res.status).toBe(200);
  return SpatialAnnotationList.parse(await res.json());
}

async function stored() {
  const res = await t.api.call(`${t.base}/`);
  return SpatialAnnotationList.parse(await res.json());
}

describe('resubmit tokens (client_batch, client_index)', () => {
  it('answers a retried bulk with the stored records, in order, storing nothing twice', async () => {
    const first = await bulk([item(1, 'b1', 0), item(2, 'b1', 1), item(3)]);
    const retry = await bulk([item(9, 'b1', 1), item(4), item(8, 'b1', 0), item(5, 'b1', 2)]);
    expect(retry[0]).toEqual(first[1]);
    expect(retry[2]).toEqual(first[0]);
    // The stored record wins over the resent values.
    expect(retry[0]?.property_value).toBe(2);
    expect(retry[1]?.property_value).toBe(4);
    expect(retry[3]?.property_value).toBe(5);
    const all = await stored();
    expect(all.map((r) => r.property_value)).toEqual([1, 2, 3, 4, 5]);
    expect(all.map((r) => r.version)).toEqual(['1', '1', '1', '1', '1']);
  });

  it('stores a pair sent twice in one request once and answers the same record twice', async () => {
    const answer = await bulk([item(1, 'b', 7), item(2), item(3, 'b', 7), item(4, 'b', 8)]);
    expect(answer).toHaveLength(4);
    expect(answer[2]).toEqual(answer[0]);
    expect(answer[0]?.property_value).toBe(1);
    expect((await stored()).map((r) => r.property_value)).toEqual([1, 2, 4]);
  });

  it('makes the single create idempotent too, and shares tokens with the bulk route', async () => {
    const post = async (body: object) => {
      const res = await t.api.call(t.base, { method: 'POST', json: body });
      expect(res.status).toBe(200);
      return SpatialAnnotation.parse(await res.json());
    };
    const one = await post(item(1, 'single', 0));
    expect(await post(item(2, 'single', 0))).toEqual(one);
    const [fromBulk] = await bulk([item(3, 'single', 0)]);
    expect(fromBulk).toEqual(one);
    expect(await stored()).toHaveLength(1);
  });

  it('stores items without a complete, well-typed token as usual, every time', async () => {
    const odd = [
      item(1),
      item(2, 'b', '0'),
      item(3, 'b', 1.5),
      item(4, 'b', null),
      item(5, 'b', 2 ** 53),
      { property_name: 'thickness', property_value: 6, metadata: { client_index: 0 } },
      { property_name: 'thickness', property_value: 7 },
    ];
    await bulk(odd);
    await bulk(odd);
    expect(await stored()).toHaveLength(14);
  });

  it('treats client_index 3 and 3.0 as the same token (the same JSON number)', async () => {
    const res = await t.api.call(`${t.base}/bulk`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"annotations":[{"property_name":"t","property_value":1,"metadata":{"client_batch":"b","client_index":3}},{"property_name":"t","property_value":2,"metadata":{"client_batch":"b","client_index":3.0}}]}',
    });
    expect(res.status).toBe(200);
    expect(await stored()).toHaveLength(1);
  });

  it('keeps tokens per sample: the same pair in another sample is a new record', async () => {
    const other = t.api.store.createSample('Other').id;
    const [a] = await bulk([item(1, 'b', 0)]);
    const [b] = await bulk([item(1, 'b', 0)], `/physical_samples/${other}/annotations/bulk`);
    expect(b?.id).not.toBe(a?.id);
    expect(b?.physical_sample_id).toBe(other);
  });

  it('frees a token when its record is deleted, so the next retry stores it again', async () => {
    const [a] = await bulk([item(1, 'b', 0)]);
    expect((await t.api.call(`${t.base}/${a?.id}`, { method: 'DELETE' })).status).toBe(204);
    const [again] = await bulk([item(1, 'b', 0)]);
    expect(again?.id).not.toBe(a?.id);
  });

  it('is backed by a unique index that the lookup uses (no scan)', () => {
    const db = new Database(t.temp.dbPath, { readonly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE ${WHERE_TOKEN}`)
        .all({ sampleId: t.sampleId, client_batch: 'b', client_index: 0 }) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toContain(`USING INDEX ${TOKEN_INDEX}`);
      const index = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")
        .get(TOKEN_INDEX) as { sql: string };
      expect(index.sql).toMatch(/^CREATE UNIQUE INDEX/);
    } finally {
      db.close();
    }
  });
});

describe('PATCH keeps the token columns consistent', () => {
  const patch = (id: string | undefined, body: object) =>
    t.api.call(`${t.base}/${id}`, { method: 'PATCH', json: body });

  it('moves the token with new metadata: the old pair is free, the new one finds the record', async () => {
    const [a] = await bulk([item(1, 'old', 0)]);
    const res = await patch(a?.id, { metadata: { client_batch: 'new', client_index: 5 } });
    expect(res.status).toBe(200);
    const [byNew] = await bulk([item(2, 'new', 5)]);
    expect(byNew?.id).toBe(a?.id);
    const [byOld] = await bulk([item(3, 'old', 0)]);
    expect(byOld?.id).not.toBe(a?.id);
    expect(await stored()).toHaveLength(2);
  });

  it('clears the token when metadata is cleared, and keeps it when metadata is not sent', async () => {
    const [a, b] = await bulk([item(1, 'b', 0), item(2, 'b', 1)]);
    expect((await patch(a?.id, { metadata: null })).status).toBe(200);
    expect((await patch(b?.id, { property_value: 20 })).status).toBe(200);
    const retry = await bulk([item(1, 'b', 0), item(2, 'b', 1)]);
    expect(retry[0]?.id).not.toBe(a?.id);
    expect(retry[1]).toMatchObject({ id: b?.id, property_value: 20, version: '2' });
  });

  it("refuses with 409 a PATCH that would give a record another record's token", async () => {
    const [a, b] = await bulk([item(1, 'b', 0), item(2, 'b', 1)]);
    const res = await patch(b?.id, {
      property_value: 5,
      metadata: { client_batch: 'b', client_index: 0 },
    });
    expect(res.status).toBe(409);
    const { detail } = (await res.json()) as { detail: string };
    expect(detail).toContain(`Annotation ${a?.id} of this sample already has client_batch "b"`);
    // Nothing of the refused PATCH was applied.
    expect((await stored()).find((r) => r.id === b?.id)).toEqual(b);
    // Re-sending a record its own token is fine.
    expect(
      (await patch(a?.id, { metadata: { client_batch: 'b', client_index: 0, x: 1 } })).status,
    ).toBe(200);
  });
});
