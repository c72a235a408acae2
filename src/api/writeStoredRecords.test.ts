import { notifyManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { anAnnotation } from '../testing/builders';
import { writeStoredRecords } from './mutations';
import { annotationKeys } from './queries';
import type { SpatialAnnotation } from './schemas';

const sampleId = 'sample-1';

afterEach(() => notifyManager.setBatchNotifyFunction((callback) => callback()));

describe('writeStoredRecords', () => {
  it('runs `alongside` in the same notification flush as the views hear of the records', async () => {
    const qc = new QueryClient();
    qc.setQueryData(annotationKeys.list(sampleId), [anAnnotation({ property_value: 1 })]);
    const observer = new QueryObserver<SpatialAnnotation[]>(qc, {
      queryKey: annotationKeys.list(sampleId),
      enabled: false,
    });
    // Each flush of queued notifications (one React batch) gets a number.
    let flush = 0;
    notifyManager.setBatchNotifyFunction((callback) => {
      flush += 1;
      callback();
    });
    const log: string[] = [];
    // Subscribed as React's useQuery does: through the notification queue.
    const stop = observer.subscribe(
      notifyManager.batchCalls((result) => log.push(`view ${result.data?.length} @${flush}`)),
    );
    await writeStoredRecords(qc, sampleId, [anAnnotation({ property_value: 2 })], () =>
      log.push(`alongside @${flush}`),
    );
    stop();
    expect(log).toEqual(['view 2 @1', 'alongside @1']);
  });

  it('creates the list when none is cached, and rejects with what `alongside` threw', async () => {
    const qc = new QueryClient();
    const record = anAnnotation({ property_value: 3 });
    await expect(
      writeStoredRecords(qc, sampleId, [record], () => {
        throw new Error('mark failed');
      }),
    ).rejects.toThrow('mark failed');
    expect(qc.getQueryData(annotationKeys.list(sampleId))).toEqual([record]);
  });
});
