import { describe, expect, it } from 'vitest';
import type { StagedAnnotation } from '../domain/staging/staged';
import { MemoryStorage } from '../testing/memoryStorage';
import { setup, valuesStored } from '../testing/submitHarness';
import { ApiError } from './errors';
import {
  LedgerUnavailable,
  runSubmit,
  type StoredRef,
  type SubmitDeps,
  SubmitFailure,
} from './submit';
import { SubmitLedger } from './submitLedger';

describe('runSubmit across tabs and storage failures', () => {
  it('sends nothing when the ledger cannot be saved, unless told to go without it', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const t = setup(2);
    const deps = { ...t.deps, ledger: new SubmitLedger(storage, 's1') };
    await expect(runSubmit(t.plan(), deps)).rejects.toBeInstanceOf(LedgerUnavailable);
    expect(t.server.bulkCalls).toHaveLength(0);
    expect(t.staged()).toHaveLength(2);
    const sent = await runSubmit({ ...t.plan(), withoutLedger: true }, deps);
    expect(sent.storedCount).toBe(2);
  });

  it('says so when the ledger cannot be updated after sending', async () => {
    const storage = new MemoryStorage();
    const t = setup(3);
    t.server.failures.set(1, {
      error: new ApiError('validation', 'bad', { status: 422, fieldErrors: [] }),
      afterStoring: false,
    });
    let unsaved = 0;
    const deps: SubmitDeps = {
      ...t.deps,
      ledger: new SubmitLedger(storage, 's1'),
      onStored: (refs, records) => {
        storage.failWrites = true;
        return t.deps.onStored(refs, records);
      },
      onLedgerUnsaved: () => {
        unsaved += 1;
      },
    };
    await expect(runSubmit(t.plan(), deps)).rejects.toBeInstanceOf(SubmitFailure);
    expect(unsaved).toBe(1);
  });

  it('reports each stored record with the revision sent and its token, in order', async () => {
    const t = setup(3);
    const refs: StoredRef[] = [];
    t.deps.onStored = (r) => {
      refs.push(...r);
    };
    await runSubmit({ ...t.plan(), revisionOf: (id) => [Number(id.slice(1)), 'tab'] }, t.deps);
    expect(refs.map((r) => [r.localId, r.rev, r.batch, r.index])).toEqual([
      ['a0', [0, 'tab'], 'batch-1', 0],
      ['a1', [1, 'tab'], 'batch-1', 1],
      ['a2', [2, 'tab'], 'batch-1', 2],
    ]);
    expect(refs.map((r) => r.recordId)).toEqual(t.server.rows.map((r) => r.id));
  });

  it('makes the staged list durable before the ledger forgets the tokens', async () => {
    const storage = new MemoryStorage();
    const t = setup(2);
    const order: string[] = [];
    const deps: SubmitDeps = {
      ...t.deps,
      ledger: new SubmitLedger(storage, 's1'),
      persistStaged: async () => {
        order.push(
          `persist (ledger ${storage.getItem('wafer-annotator:ledger:s1') ? 'kept' : 'empty'})`,
        );
      },
    };
    await runSubmit(t.plan(), deps);
    expect(order).toEqual(['persist (ledger kept)']);
    expect(storage.getItem('wafer-annotator:ledger:s1')).toBeNull();
  });

  it('corrects by record id an annotation edited while another submit sent it (no tokens)', async () => {
    const t = setup(2, { tokens: false });
    const [a0, a1] = t.staged() as [StagedAnnotation, StagedAnnotation];
    await runSubmit(t.plan(), t.deps);
    // Another tab edited a1 before the answer came back: it stays staged with its mark.
    const again = await runSubmit({ ...t.plan(), staged: [{ ...a1, propertyValue: 6 }] }, t.deps);
    expect(again).toMatchObject({ storedCount: 0, correctedCount: 1 });
    expect(t.server.bulkCalls).toHaveLength(1);
    expect(valuesStored(t.server)).toEqual([a0.propertyValue, 6]);
  });
});
