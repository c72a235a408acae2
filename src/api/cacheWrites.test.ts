import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { anAnnotation } from '../testing/builders';
import {
  applyOptimisticUpdate,
  removeRecordsFromCache,
  restoreSnapshot,
  writeRecordsToCache,
} from './cacheWrites';
import { annotationKeys } from './queries';
import type { SpatialAnnotation } from './schemas';

const sampleId = 'sample-1';
const t1 = anAnnotation({ property_name: 'thickness', property_value: 10 });
const t2 = anAnnotation({ property_name: 'thickness', property_value: 11 });
const rs = anAnnotation({ property_name: 'Rs', property_value: 50, property_unit: 'ohm/sq' });
const all = annotationKeys.list(sampleId);
const thickness = annotationKeys.list(sampleId, { property_name: 'thickness' });
const rsOnly = annotationKeys.list(sampleId, { property_name: 'Rs' });

function seeded(): QueryClient {
  const qc = new QueryClient();
  qc.setQueryData(all, [t1, t2, rs]);
  qc.setQueryData(thickness, [t1, t2]);
  qc.setQueryData(rsOnly, [rs]);
  qc.setQueryData(annotationKeys.list('other-sample'), [t1]);
  return qc;
}
const ids = (qc: QueryClient, key: readonly unknown[]) =>
  (qc.getQueryData<SpatialAnnotation[]>(key) ?? []).map((r) => r.id);

describe('applyOptimisticUpdate and restoreSnapshot', () => {
  it('shows the change in every list of the sample at once, and restores them all', async () => {
    const qc = seeded();
    const snapshot = await applyOptimisticUpdate(qc, sampleId, t1.id, { property_value: 12.5 });
    expect(qc.getQueryData<SpatialAnnotation[]>(all)?.[0]?.property_value).toBe(12.5);
    expect(qc.getQueryData<SpatialAnnotation[]>(thickness)?.[0]?.property_value).toBe(12.5);
    expect(qc.getQueryData<SpatialAnnotation[]>(annotationKeys.list('other-sample'))?.[0]).toBe(t1);

    restoreSnapshot(qc, snapshot);
    expect(qc.getQueryData(all)).toEqual([t1, t2, rs]);
    expect(qc.getQueryData(thickness)).toEqual([t1, t2]);
  });

  it('moves a renamed record between filtered lists', async () => {
    const qc = seeded();
    const snapshot = await applyOptimisticUpdate(qc, sampleId, t2.id, { property_name: 'Rs' });
    expect(ids(qc, thickness)).toEqual([t1.id]);
    expect(ids(qc, rsOnly)).toEqual([rs.id, t2.id]);
    expect(ids(qc, all)).toEqual([t1.id, t2.id, rs.id]);
    restoreSnapshot(qc, snapshot);
    expect(ids(qc, rsOnly)).toEqual([rs.id]);
  });

  it('changes nothing for an id that is not cached', async () => {
    const qc = seeded();
    await applyOptimisticUpdate(qc, sampleId, 'missing', { property_value: 1 });
    expect(qc.getQueryData(all)).toEqual([t1, t2, rs]);
  });
});

describe('writeRecordsToCache and removeRecordsFromCache', () => {
  it('adds new records to the lists they match and removes deleted ones everywhere', () => {
    const qc = seeded();
    const t3 = anAnnotation({ property_name: 'thickness', property_value: 9 });
    writeRecordsToCache(qc, sampleId, [t3]);
    expect(ids(qc, thickness)).toEqual([t1.id, t2.id, t3.id]);
    expect(ids(qc, rsOnly)).toEqual([rs.id]);
    removeRecordsFromCache(qc, sampleId, new Set([t1.id, rs.id]));
    expect(ids(qc, all)).toEqual([t2.id, t3.id]);
    expect(ids(qc, rsOnly)).toEqual([]);
    expect(ids(qc, annotationKeys.list('other-sample'))).toEqual([t1.id]);
  });
});
