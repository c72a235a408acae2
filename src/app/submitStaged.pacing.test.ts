/**
 * A running submit paces its unstaging updates by what they cost (each redraws every staged and
 * stored point): after an update that took T ms to render and draw, the next waits until three
 * times T has passed (a quarter of the page's time at most), while progress goes on every frame.
 * And it writes the draft once, at the end, not after every update.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_FRAME } from '../api/toRequest';
import { aStagedAnnotation } from '../testing/builders';
import { FakeLocks } from '../testing/fakeLocks';
import { FakeServer } from '../testing/fakeServer';
import { manualFrames } from '../testing/manualFrames';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository } from './draftRepository';
import { StagingStore } from './stagingStore';
import { submitStaged, type TabSubmitEnv, UPDATE_COST_SHARE } from './submitStaged';

function setup(n: number, renderMs: number) {
  let ms = 0;
  const hub = new TabHub();
  const server = new FakeServer();
  const tab = hub.tab();
  // Count the draft's writes to localStorage (a sample of under 2,000 points lives there).
  let draftWrites = 0;
  const storage = tab.storage;
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    if (key.startsWith('wafer-annotator:draft:')) draftWrites++;
    setItem(key, value);
  };
  const store = new StagingStore(browserDraftRepository({ ...tab, storage }), {
    tab: 'A',
    saveDelayMs: 1,
  });
  store.dispatch('s1', {
    type: 'add',
    annotations: Array.from({ length: n }, (_, i) => aStagedAnnotation({ localId: `v${i}` })),
  });
  const { schedule, frame } = manualFrames();
  const gates: (() => void)[] = [];
  const cacheWrites: number[] = [];
  const env: TabSubmitEnv = {
    store,
    client: {
      ...server,
      bulkCreateAnnotations: async (sampleId, items) => {
        const records = await server.bulkCreateAnnotations(sampleId, items);
        await new Promise<void>((r) => gates.push(r));
        return records;
      },
    },
    ledgerStorage: hub.storage,
    locks: { locks: new FakeLocks(), lease: null },
    cacheRecords: async (records, alongside) => {
      cacheWrites.push(records.length);
      alongside();
    },
    onProgress: () => undefined,
    shouldCancel: () => false,
    onLedgerUnsaved: () => undefined,
    scheduleFrame: schedule,
    unstageEveryMs: 0,
    // Rendering and drawing an update takes `renderMs` on the test's clock.
    rendered: async () => {
      ms += renderMs;
    },
    now: () => ms,
  };
  const answer = async () => {
    for (let i = 0; i < 20 && gates.length === 0; i++) await settle();
    gates.shift()?.();
    await settle();
    frame();
    await settle();
  };
  const submit = () =>
    submitStaged(
      { sampleId: 's1', target: SAMPLE_FRAME, chunkSize: 10, tokens: true },
      env,
      () => undefined,
    );
  return {
    store,
    storage,
    answer,
    submit,
    cacheWrites,
    wait: (by: number) => {
      ms += by;
    },
    draftWrites: () => draftWrites,
  };
}

describe('bulk submit pacing', () => {
  it('waits three times the cost of the last update before the next one', async () => {
    const t = setup(50, 40);
    await settle();
    const submitting = t.submit();
    await t.answer();
    // The first stored chunk is shown at once; showing it took 40 ms.
    expect(t.cacheWrites).toEqual([10]);
    expect((1 / UPDATE_COST_SHARE - 1) * 40).toBe(120);
    t.wait(100);
    await t.answer();
    // 100 ms after that update ended: too soon, the chunk is only counted.
    expect(t.cacheWrites).toEqual([10]);
    expect(t.store.getState('s1').annotations).toHaveLength(40);
    t.wait(20);
    await t.answer();
    // 120 ms after: the two chunks held are shown together.
    expect(t.cacheWrites).toEqual([10, 20]);
    t.wait(119);
    await t.answer();
    expect(t.cacheWrites).toEqual([10, 20]);
    // The end shows what is left without waiting.
    await t.answer();
    await submitting;
    expect(t.cacheWrites).toEqual([10, 20, 20]);
    expect(t.store.getState('s1').annotations).toEqual([]);
  });

  it('writes the draft once, at the end, however many updates it made', async () => {
    const t = setup(30, 0);
    await settle();
    await new Promise((r) => setTimeout(r, 5));
    const before = t.draftWrites();
    const submitting = t.submit();
    for (let i = 0; i < 2; i++) {
      await t.answer();
      // Longer than the store's save delay: nothing is written while the submit runs.
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(t.cacheWrites).toEqual([10, 10]);
    expect(t.draftWrites()).toBe(before);
    await t.answer();
    await submitting;
    expect(t.draftWrites()).toBe(before + 1);
    // What was written is the staged list after the submit: nothing left (a reload agrees).
    const reloaded = new StagingStore(
      browserDraftRepository({ storage: t.storage, overflow: null, channel: null, events: null }),
    );
    expect(reloaded.getState('s1').annotations).toEqual([]);
  });
});
