/**
 * The bulk submit reaches the page at most once per animation frame: chunks answered between two
 * frames are unstaged and cached together, in one store notification and one cache write, and
 * the other tabs still see every stored annotation leave their staged list.
 */
import { describe, expect, it } from 'vitest';
import type { SubmitProgress } from '../api/submit';
import { SAMPLE_FRAME } from '../api/toRequest';
import { aStagedAnnotation } from '../testing/builders';
import { FakeLocks } from '../testing/fakeLocks';
import { FakeServer } from '../testing/fakeServer';
import { manualFrames } from '../testing/manualFrames';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository } from './draftRepository';
import { StagingStore } from './stagingStore';
import { submitStaged, type TabSubmitEnv } from './submitStaged';

/** Frames the test runs by hand; `none` never runs them (a hidden tab). */
function frames() {
  const { schedule, frame } = manualFrames();
  return { schedule, frame };
}

function setup(n: number, unstageEveryMs = 0) {
  let ms = 0;
  const hub = new TabHub();
  const server = new FakeServer();
  const locks = new FakeLocks();
  const tab = (name: string) => {
    const store = new StagingStore(browserDraftRepository(hub.tab()), { tab: name });
    store.connect();
    return store;
  };
  const a = tab('A');
  const b = tab('B');
  a.dispatch('s1', {
    type: 'add',
    annotations: Array.from({ length: n }, (_, i) =>
      aStagedAnnotation({ localId: `v${i}`, propertyValue: i }),
    ),
  });
  const cacheWrites: number[] = [];
  const progress: SubmitProgress[] = [];
  let notifications = 0;
  a.subscribe('s1', () => notifications++);
  const clock = frames();
  // Each answer waits for `answer()`: the test decides when chunks come back.
  const gates: (() => void)[] = [];
  const client: TabSubmitEnv['client'] = {
    ...server,
    bulkCreateAnnotations: async (sampleId, items) => {
      const records = await server.bulkCreateAnnotations(sampleId, items);
      await new Promise<void>((r) => gates.push(r));
      return records;
    },
  };
  /** Let the pending request answer, and the submit take the answer. */
  const answer = async () => {
    for (let i = 0; i < 20 && gates.length === 0; i++) await settle();
    gates.shift()?.();
    await settle();
  };
  const env: TabSubmitEnv = {
    store: a,
    client,
    ledgerStorage: hub.storage,
    locks: { locks, lease: null },
    cacheRecords: async (records, alongside) => {
      cacheWrites.push(records.length);
      alongside();
    },
    onProgress: (p) => progress.push(p),
    shouldCancel: () => false,
    onLedgerUnsaved: () => undefined,
    scheduleFrame: clock.schedule,
    unstageEveryMs,
    now: () => ms,
  };
  const submit = () =>
    submitStaged(
      { sampleId: 's1', target: SAMPLE_FRAME, chunkSize: 10, tokens: true },
      env,
      () => undefined,
    );
  return {
    a,
    b,
    server,
    clock,
    answer,
    /** Move the clock on. */
    wait: (by: number) => {
      ms += by;
    },
    cacheWrites,
    progress,
    submit,
    notifications: () => notifications,
  };
}

describe('bulk submit, frame by frame', () => {
  it('applies the chunks answered before a frame together: one cache write, one notification', async () => {
    const t = setup(60);
    await settle();
    const before = t.notifications();
    const submitting = t.submit();
    // Five chunks of ten are answered before any frame comes; the sixth is on its way.
    for (let i = 0; i < 5; i++) await t.answer();
    expect(t.server.bulkCalls).toHaveLength(6);
    expect(t.cacheWrites).toEqual([]);
    // Nothing left the staged list yet: the page shows the state of the last frame.
    expect(t.a.getState('s1').annotations).toHaveLength(60);
    expect(t.notifications() - before).toBe(0);
    t.clock.frame();
    await settle();
    expect(t.cacheWrites).toEqual([50]);
    expect(t.notifications() - before).toBe(1);
    expect(t.progress.at(-1)).toEqual({ phase: 'sending', sent: 50, total: 60 });
    expect(t.progress.filter((p) => p.phase === 'sending')).toHaveLength(1);
    expect(t.a.getState('s1').annotations).toHaveLength(10);
    await t.answer();
    const out = await submitting;
    expect(out.storedCount).toBe(60);
    expect(t.cacheWrites).toEqual([50, 10]);
    expect(t.a.getState('s1').annotations).toEqual([]);
  });

  it('frame by frame when answers come slower than frames', async () => {
    const t = setup(30);
    await settle();
    const submitting = t.submit();
    for (let chunk = 1; chunk <= 2; chunk++) {
      await t.answer();
      t.clock.frame();
      await settle();
      expect(t.a.getState('s1').annotations).toHaveLength(30 - 10 * chunk);
    }
    await t.answer();
    await submitting;
    expect(t.cacheWrites).toEqual([10, 10, 10]);
  });

  it('unstages at most once per interval; progress is shown every frame in between', async () => {
    const t = setup(40, 200);
    await settle();
    const submitting = t.submit();
    const sent = () => t.progress.filter((p) => p.phase === 'sending').map((p) => p.sent);
    await t.answer();
    t.clock.frame();
    await settle();
    // The first chunk is unstaged at once.
    expect(t.cacheWrites).toEqual([10]);
    t.wait(50);
    await t.answer();
    t.clock.frame();
    await settle();
    // 50 ms later: the second is only counted.
    expect(t.cacheWrites).toEqual([10]);
    expect(sent().at(-1)).toBe(20);
    expect(t.a.getState('s1').annotations).toHaveLength(30);
    t.wait(100);
    await t.answer();
    t.clock.frame();
    await settle();
    expect(t.cacheWrites).toEqual([10]);
    expect(sent().at(-1)).toBe(30);
    // 200 ms after the first unstaging, the next frame unstages both held chunks together.
    t.wait(50);
    t.clock.frame();
    await settle();
    expect(t.cacheWrites).toEqual([10, 20]);
    expect(t.a.getState('s1').annotations).toHaveLength(10);
    // The end of the submit unstages what is left without waiting.
    await t.answer();
    await submitting;
    expect(t.cacheWrites).toEqual([10, 20, 10]);
    expect(sent()).toEqual([10, 20, 30, 40]);
  });

  it('finishes without any frame (a hidden tab), and the other tab sees everything stored', async () => {
    const t = setup(25);
    await settle();
    expect(t.b.getState('s1').annotations).toHaveLength(25);
    const submitting = t.submit();
    for (let i = 0; i < 3; i++) await t.answer();
    const out = await submitting;
    expect(out.storedCount).toBe(25);
    expect(t.a.getState('s1').annotations).toEqual([]);
    await settle();
    expect(t.b.getState('s1').annotations).toEqual([]);
    expect(t.server.rows).toHaveLength(25);
  });
});
