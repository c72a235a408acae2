import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { LEDGER_PREFIX, SubmitLedger } from '../api/submitLedger';
import { SAMPLE_FRAME } from '../api/toRequest';
import { aStagedAnnotation } from '../testing/builders';
import { FakeLocks } from '../testing/fakeLocks';
import { FakeServer } from '../testing/fakeServer';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository } from './draftRepository';
import { StagingStore } from './stagingStore';
import { type SubmitRequest, submitStaged, type TabSubmitEnv } from './submitStaged';

const request: SubmitRequest = {
  sampleId: 's1',
  target: SAMPLE_FRAME,
  chunkSize: 10,
  tokens: true,
};

/** Tabs of one browser: shared storage, channel and locks; one server. */
function browser() {
  const hub = new TabHub();
  const locks = new FakeLocks();
  const server = new FakeServer();
  let batches = 0;
  /** A tab; a `deaf` one hears nothing from the others (a frozen or throttled tab). */
  const open = (tab: string, o: { deaf?: boolean } = {}) => {
    const env = hub.tab();
    const repo = browserDraftRepository(o.deaf ? { ...env, channel: null, events: null } : env);
    const store = new StagingStore(repo, { tab });
    store.connect();
    const waits: string[] = [];
    const submitEnv: TabSubmitEnv = {
      store,
      client: server,
      ledgerStorage: hub.storage,
      locks: { locks, lease: null },
      cacheRecords: async (_records, alongside) => alongside(),
      onProgress: () => undefined,
      shouldCancel: () => false,
      onLedgerUnsaved: () => undefined,
      newBatchId: () => `batch-${++batches}`,
    };
    const submitWith = (signal?: AbortSignal) =>
      submitStaged(request, submitEnv, () => waits.push('waiting'), signal);
    return { store, submit: () => submitWith(), submitWith, waits };
  };
  return { hub, server, open };
}

const values = (server: FakeServer) =>
  server.rows.map((r) => r.property_value).sort((a, b) => a - b);
const stage = (store: StagingStore, ...v: number[]) =>
  store.dispatch('s1', {
    type: 'add',
    annotations: v.map((value) =>
      aStagedAnnotation({ localId: `v${value}`, propertyValue: value }),
    ),
  });

describe('submits from several tabs of one sample', () => {
  it('two tabs submitting together store each annotation once; the second waits and sends nothing', async () => {
    const { server, open } = browser();
    const a = open('A');
    const b = open('B');
    stage(a.store, 1, 2, 3);
    await settle();
    const [outA, outB] = await Promise.all([a.submit(), b.submit()]);
    expect(values(server)).toEqual([1, 2, 3]);
    expect(server.bulkCalls).toHaveLength(1);
    expect(outA.storedCount).toBe(3);
    expect(outB.nothingLeft).toBe(true);
    expect(b.waits).toEqual(['waiting']);
    expect(b.store.getState('s1').annotations).toEqual([]);
  });

  it('the ledger is shared: a tab submitting after another tab lost its answer sends only the rest', async () => {
    const { hub, server, open } = browser();
    const a = open('A');
    stage(a.store, 1, 2);
    await settle();
    // The server stores A's request, but the answer is lost.
    server.failures.set(0, { error: new ApiError('network', 'reset'), afterStoring: true });
    await expect(a.submit()).rejects.toThrow();
    expect(new SubmitLedger(hub.storage, 's1').inDoubt()).toHaveProperty('v1');
    const b = open('B');
    stage(b.store, 3);
    await settle();
    const out = await b.submit();
    expect(out).toMatchObject({ reconciledCount: 2, storedCount: 1 });
    expect(values(server)).toEqual([1, 2, 3]);
    expect(hub.storage.getItem(`${LEDGER_PREFIX}s1`)).toBeNull();
  });

  it('an edit made in another tab while a submit is in flight is kept and corrected, never stored twice', async () => {
    const { server, open } = browser();
    const a = open('A');
    const b = open('B');
    stage(a.store, 100, 101);
    await settle();
    let answer: () => void = () => undefined;
    server.answerGate = new Promise((r) => {
      answer = r;
    });
    const submitting = a.submit();
    await settle();
    expect(server.rows).toHaveLength(2);
    b.store.dispatch('s1', { type: 'update', localId: 'v101', changes: { propertyValue: 6 } });
    await settle();
    server.answerGate = null;
    answer();
    const out = await submitting;
    expect(out).toMatchObject({ storedCount: 2, editedInFlight: 1 });
    await settle();
    for (const tab of [a, b]) {
      expect(tab.store.getState('s1').annotations.map((s) => s.propertyValue)).toEqual([6]);
    }
    const again = await b.submit();
    expect(again).toMatchObject({ storedCount: 0, correctedCount: 1 });
    expect(values(server)).toEqual([6, 100]);
    expect(server.bulkCalls).toHaveLength(1);
    await settle();
    expect(a.store.getState('s1').annotations).toEqual([]);
  });

  it('a stale tab that missed the messages never stages or sends a stored annotation again', async () => {
    const { server, open } = browser();
    const a = open('A');
    const b = open('B', { deaf: true });
    stage(a.store, 1, 2);
    b.store.getState('s1');
    await settle();
    // B heard nothing: it still shows what it read when it opened, and edits it.
    await a.submit();
    b.store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'v3' })] });
    await settle();
    expect(server.rows).toHaveLength(2);
    // Under the lock, B reads the shared draft: the stored ones are not sent again.
    const out = await b.submit();
    expect(out.storedCount).toBe(1);
    expect(server.bulkCalls).toHaveLength(2);
    expect(server.bulkCalls[1]).toHaveLength(1);
    expect(b.store.getState('s1').annotations).toEqual([]);
  });
});

describe('a point deleted in another tab while being sent', () => {
  it('is stored anyway, stays unstaged in both tabs, and the outcome says so', async () => {
    const { server, open } = browser();
    const a = open('A');
    const b = open('B');
    stage(a.store, 1, 2);
    await settle();
    let answer: () => void = () => undefined;
    server.answerGate = new Promise((r) => {
      answer = r;
    });
    const submitting = a.submit();
    await settle();
    b.store.dispatch('s1', { type: 'remove', localIds: ['v2'] });
    await settle();
    server.answerGate = null;
    answer();
    expect(await submitting).toMatchObject({ storedCount: 2, deletedInFlight: 1 });
    await settle();
    expect(a.store.getState('s1').annotations).toEqual([]);
    expect(b.store.getState('s1').annotations).toEqual([]);
  });
});

describe('cancel while another tab submits', () => {
  it('leaves the queue at once: nothing is sent, everything stays staged', async () => {
    const { server, open } = browser();
    const a = open('A');
    const b = open('B', { deaf: true });
    stage(a.store, 1);
    b.store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'b1' })] });
    await settle();
    let answer: () => void = () => undefined;
    server.answerGate = new Promise((r) => {
      answer = r;
    });
    const first = a.submit();
    await settle();
    // B's submit waits for A's lock, and is cancelled while it waits.
    const controller = new AbortController();
    const waiting = b.submitWith(controller.signal);
    await settle();
    controller.abort();
    expect(await waiting).toMatchObject({ cancelled: true, storedCount: 0 });
    server.answerGate = null;
    answer();
    await first;
    expect(server.bulkCalls).toHaveLength(1);
    expect(b.store.getState('s1').annotations.map((s) => s.localId)).toContain('b1');
  });
});
