import { describe, expect, it } from 'vitest';
import type { StagedAnnotation } from '../domain/staging/staged';
import { MemoryStorage } from '../testing/memoryStorage';
import { setup, valuesStored } from '../testing/submitHarness';
import { ApiError } from './errors';
import type { SpatialAnnotation } from './schemas';
import { runSubmit, SubmitFailure } from './submit';
import { SubmitLedger } from './submitLedger';

describe('runSubmit', () => {
  it('sends chunks one after another and unstages each as it is acknowledged', async () => {
    const t = setup(5);
    const outcome = await runSubmit(t.plan(), t.deps);
    expect(outcome).toEqual({
      storedCount: 5,
      reconciledCount: 0,
      correctedCount: 0,
      cancelled: false,
      remainingCount: 0,
    });
    expect(t.server.bulkCalls.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(t.events).toEqual([
      'sending 0/5',
      'stored a0,a1',
      'sending 2/5',
      'stored a2,a3',
      'sending 4/5',
      'stored a4',
      'sending 5/5',
    ]);
    expect(t.server.rows[3]?.annotation_metadata).toEqual({
      client_batch: 'batch-1',
      client_index: 3,
    });
    expect(t.ledger.read()).toEqual({});
  });

  it('stops at a failing chunk: earlier chunks stored, the rest stays staged with the error', async () => {
    const t = setup(5);
    t.server.failures.set(1, {
      error: new ApiError('validation', 'bad', {
        status: 422,
        fieldErrors: [{ row: 1, field: 'property_value', message: 'no' }],
      }),
      afterStoring: false,
    });
    const failure = await runSubmit(t.plan(), t.deps).catch((e) => e);
    expect(failure).toBeInstanceOf(SubmitFailure);
    expect(failure.storedCount).toBe(2);
    expect(failure.chunk.map((s: { localId: string }) => s.localId)).toEqual(['a2', 'a3']);
    expect(t.staged().map((s) => s.localId)).toEqual(['a2', 'a3', 'a4']);
    // A definite rejection is not in doubt: the next submit need not list the sample.
    expect(Object.values(t.ledger.read()).some((e) => e.inDoubt)).toBe(false);
  });

  it('never duplicates after a lost answer: the resubmit reconciles and sends only the rest', async () => {
    const t = setup(5);
    // The second chunk is stored, but its answer never arrives.
    t.server.failures.set(1, {
      error: new ApiError('network', "Can't reach the API at /api."),
      afterStoring: true,
    });
    const first = await runSubmit(t.plan(), t.deps).catch((e) => e);
    expect(first).toBeInstanceOf(SubmitFailure);
    expect(valuesStored(t.server)).toEqual([0, 1, 2, 3]);
    expect(t.staged().map((s) => s.localId)).toEqual(['a2', 'a3', 'a4']);

    const second = await runSubmit(t.plan(), t.deps);
    expect(second).toEqual({
      storedCount: 1,
      reconciledCount: 2,
      correctedCount: 0,
      cancelled: false,
      remainingCount: 0,
    });
    expect(t.events).toContain('reconciled a2,a3');
    expect(valuesStored(t.server)).toEqual([0, 1, 2, 3, 4]);
    expect(t.staged()).toEqual([]);
  });

  it('resends an in-doubt chunk that was not stored, with the same token', async () => {
    const t = setup(2);
    t.server.failures.set(0, {
      error: new ApiError('server', 'Server error (HTTP 502).'),
      afterStoring: false,
    });
    await runSubmit(t.plan(), t.deps).catch(() => undefined);
    const sentFirst = t.server.bulkCalls[0]?.map((b) => b.metadata);
    await runSubmit(t.plan(), t.deps);
    expect(t.server.listCalls).toBe(1);
    expect(t.server.bulkCalls[1]?.map((b) => b.metadata)).toEqual(sentFirst);
    expect(valuesStored(t.server)).toEqual([0, 1]);
  });

  it('cancels after the chunk in flight: nothing more is sent', async () => {
    const t = setup(7);
    // The cancel arrives while chunk 1 is written to the UI; chunk 2 is already on its way.
    t.deps.onStored = (refs) => {
      t.cancelAfterFirst();
      t.events.push(`stored ${refs.map((r) => r.localId).join(',')}`);
    };
    const outcome = await runSubmit(t.plan(), t.deps);
    expect(outcome).toEqual({
      storedCount: 4,
      reconciledCount: 0,
      correctedCount: 0,
      cancelled: true,
      remainingCount: 3,
    });
    expect(t.server.bulkCalls).toHaveLength(2);
    expect(t.events.filter((e) => e.startsWith('stored'))).toEqual([
      'stored a0,a1',
      'stored a2,a3',
    ]);
  });

  it('sends the next chunk before the previous one is written to the UI', async () => {
    const t = setup(4);
    const order: string[] = [];
    const send = t.server.bulkCreateAnnotations;
    t.server.bulkCreateAnnotations = async (id, items) => {
      order.push(`send ${items.length}`);
      return send(id, items);
    };
    t.deps.onStored = (refs) => {
      order.push(`stored ${refs.map((r) => r.localId).join(',')}`);
    };
    await runSubmit(t.plan(), t.deps);
    expect(order).toEqual(['send 2', 'send 2', 'stored a0,a1', 'stored a2,a3']);
  });

  it('adds no tokens and never lists the sample when tokens are off', async () => {
    const t = setup(3, { tokens: false, chunkSize: 1000 });
    await runSubmit(t.plan(), t.deps);
    expect(t.server.bulkCalls).toHaveLength(1);
    expect(t.server.bulkCalls[0]?.every((b) => b.metadata === undefined)).toBe(true);
    expect(t.server.listCalls).toBe(0);
  });

  it('refuses a chunk size outside 1..10000', async () => {
    const t = setup(1);
    await expect(runSubmit({ ...t.plan(), chunkSize: 0 }, t.deps)).rejects.toThrow(RangeError);
    await expect(runSubmit({ ...t.plan(), chunkSize: 10_001 }, t.deps)).rejects.toThrow(RangeError);
  });

  it('after a tab closed mid-submit, a new page reconciles from what the ledger saved', async () => {
    const t = setup(6);
    const storage = new MemoryStorage();
    const firstPage = { ...t.deps, ledger: new SubmitLedger(storage, 's1') };
    // The second request is stored by the server, and then the tab is gone: no answer, ever.
    let calls = 0;
    const send = t.server.bulkCreateAnnotations;
    t.server.bulkCreateAnnotations = async (id, items) => {
      calls += 1;
      const stored = await send(id, items);
      if (calls === 2) return new Promise<SpatialAnnotation[]>(() => undefined);
      return stored;
    };
    void runSubmit(t.plan(), firstPage);
    await new Promise((r) => setTimeout(r, 20));
    expect(valuesStored(t.server)).toEqual([0, 1, 2, 3]);
    expect(t.staged().map((s) => s.localId)).toEqual(['a2', 'a3', 'a4', 'a5']);

    t.server.bulkCreateAnnotations = send;
    const secondPage = { ...t.deps, ledger: new SubmitLedger(storage, 's1') };
    const outcome = await runSubmit(t.plan(), secondPage);
    expect(outcome).toEqual({
      storedCount: 2,
      reconciledCount: 2,
      correctedCount: 0,
      cancelled: false,
      remainingCount: 0,
    });
    expect(valuesStored(t.server)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new SubmitLedger(storage, 's1').read()).toEqual({});
  });

  it('does not store twice what undo brought back after a submit', async () => {
    const t = setup(3);
    const before = t.staged();
    await runSubmit(t.plan(), t.deps);
    expect(valuesStored(t.server)).toEqual([0, 1, 2]);
    // Undo puts the same staged annotations back (same local ids).
    const again = await runSubmit({ ...t.plan(), staged: before }, t.deps);
    expect(again).toEqual({
      storedCount: 0,
      reconciledCount: 3,
      correctedCount: 0,
      cancelled: false,
      remainingCount: 0,
    });
    expect(valuesStored(t.server)).toEqual([0, 1, 2]);
  });

  it('sends an undone annotation again when its record was deleted on the server since', async () => {
    const t = setup(2);
    const before = t.staged();
    await runSubmit(t.plan(), t.deps);
    t.server.rows = t.server.rows.filter((r) => r.property_value !== 1);
    const again = await runSubmit({ ...t.plan(), staged: before }, t.deps);
    expect(again.storedCount).toBe(1);
    expect(again.reconciledCount).toBe(1);
    expect(valuesStored(t.server)).toEqual([0, 1]);
  });

  it('corrects, not duplicates, a record whose undone annotation was edited before resubmitting', async () => {
    const t = setup(3);
    const before = t.staged();
    await runSubmit(t.plan(), t.deps);
    // Undo brings the three back; the user moves one, gives another a new value and clears the
    // third's unit.
    const [a0, a1, a2] = before as [StagedAnnotation, StagedAnnotation, StagedAnnotation];
    const edited = [
      { ...a0, xMm: a0.xMm - 1 },
      { ...a1, propertyValue: 61 },
      { ...a2, propertyUnit: null },
    ];
    const again = await runSubmit({ ...t.plan(), staged: edited }, t.deps);
    expect(again).toMatchObject({ storedCount: 0, reconciledCount: 0, correctedCount: 3 });
    expect(t.server.rows).toHaveLength(3);
    expect(t.server.patchCalls).toBe(3);
    expect(t.server.rows.map((r) => [r.coord_x, r.property_value, r.property_unit])).toEqual([
      [a0.xMm - 1, 0, 'nm'],
      [a1.xMm, 61, 'nm'],
      [a2.xMm, 2, null],
    ]);
    expect(t.staged()).toEqual([]);
  });

  it('corrects a record stored by a submit whose answer was lost, when it was edited since', async () => {
    const t = setup(2);
    t.server.failures.set(0, { error: new ApiError('network', 'reset'), afterStoring: true });
    await runSubmit(t.plan(), t.deps).catch(() => undefined);
    const [a0, a1] = t.staged() as [StagedAnnotation, StagedAnnotation];
    const again = await runSubmit(
      { ...t.plan(), staged: [a0, { ...a1, propertyValue: 7 }] },
      t.deps,
    );
    expect(again).toMatchObject({ storedCount: 0, reconciledCount: 1, correctedCount: 1 });
    expect(valuesStored(t.server)).toEqual([0, 7]);
    expect(t.server.bulkCalls).toHaveLength(1);
  });
});
