import { describe, expect, it, vi } from 'vitest';
import { aStagedAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import { FakeOverflow, settle } from '../testing/tabHub';
import { browserDraftRepository, LOCAL_DRAFT_MAX } from './draftRepository';
import { StagingStore } from './stagingStore';

/** A store as one page would have it, over `storage` (and optionally an overflow store). */
const storeOn = (storage: Storage, overflow: FakeOverflow | null = null, saveDelayMs = 0) =>
  new StagingStore(browserDraftRepository({ storage, overflow, channel: null, events: null }), {
    saveDelayMs,
  });

const many = (n: number, prefix = 'a') =>
  Array.from({ length: n }, (_, i) => aStagedAnnotation({ localId: `${prefix}${i}`, xMm: i / 7 }));
const ids = (store: StagingStore, sampleId = 's1') =>
  store.getState(sampleId).annotations.map((a) => a.localId);

describe('StagingStore', () => {
  it('persists per sample and reloads in a new store (a page reload)', () => {
    const storage = new MemoryStorage();
    const a = aStagedAnnotation({ localId: 'a', xMm: 1.23456789 });
    storeOn(storage).dispatch('s1', { type: 'add', annotations: [a] });
    const reloaded = storeOn(storage);
    expect(reloaded.getState('s1').annotations).toEqual([a]);
    expect(reloaded.getState('s2').annotations).toEqual([]);
  });

  it('reads a draft saved before drafts were shared (version 1)', () => {
    const storage = new MemoryStorage();
    const list = many(3);
    storage.setItem('wafer-annotator:draft:s1', JSON.stringify({ version: 1, annotations: list }));
    expect(storeOn(storage).getState('s1').annotations).toEqual(list);
  });

  it('sets a corrupt draft aside, reports it, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem('wafer-annotator:draft:s1', '{"version":1,"annotations":[{"localId":3}]}');
    const store = storeOn(storage);
    expect(store.getState('s1').annotations).toEqual([]);
    expect(store.getNotice('s1')?.kind).toBe('corrupt');
    const aside = storage.keys().find((k) => k.startsWith('wafer-annotator:draft:corrupt:s1:'));
    expect(aside && storage.getItem(aside)).toBe('{"version":1,"annotations":[{"localId":3}]}');
    expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
  });

  it('survives unparseable JSON', () => {
    const storage = new MemoryStorage();
    storage.setItem('wafer-annotator:draft:s1', '{not json');
    expect(storeOn(storage).getNotice('s1')?.message).toMatch(/could not be read/);
  });

  it('keeps staged points in memory and says so when saving fails, until a save works', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    storage.failWrites = true;
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    await settle();
    expect(store.getState('s1').annotations).toHaveLength(1);
    expect(store.getNotice('s1')?.kind).toBe('save-failed');
    storage.failWrites = false;
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    await settle();
    expect(store.getNotice('s1')).toBeNull();
    expect(storeOn(storage).getState('s1').annotations).toHaveLength(2);
  });

  it('notifies only the subscribers of the changed sample', () => {
    const store = storeOn(new MemoryStorage());
    const l1 = vi.fn();
    const l2 = vi.fn();
    store.subscribe('s1', l1);
    store.subscribe('s2', l2);
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    expect(l1).toHaveBeenCalledTimes(1);
    expect(l2).not.toHaveBeenCalled();
  });

  it('an action that changes nothing notifies no one and leaves no undo step', () => {
    const store = storeOn(new MemoryStorage());
    const listener = vi.fn();
    store.subscribe('s1', listener);
    store.dispatch('s1', { type: 'remove', localIds: ['nope'] });
    expect(listener).not.toHaveBeenCalled();
    expect(store.getView('s1').canUndo).toBe(false);
  });
});

describe('StagingStore history', () => {
  it('undoes and redoes, persisting the present state each time', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const a = aStagedAnnotation({ localId: 'a' });
    store.dispatch('s1', { type: 'add', annotations: [a] });
    store.dispatch('s1', { type: 'remove', localIds: ['a'] });
    expect(ids(storeOn(storage))).toEqual([]);
    store.dispatch('s1', { type: 'undo' });
    expect(store.getState('s1').annotations).toEqual([a]);
    expect(storeOn(storage).getState('s1').annotations).toEqual([a]);
    store.dispatch('s1', { type: 'redo' });
    expect(store.getState('s1').annotations).toEqual([]);
    // A reloaded page starts with the draft and no history.
    expect(storeOn(storage).getView('s1').canUndo).toBe(false);
  });

  it('puts an undeleted annotation back in its place', () => {
    const store = storeOn(new MemoryStorage());
    store.dispatch('s1', { type: 'add', annotations: many(3) });
    store.dispatch('s1', { type: 'remove', localIds: ['a1'] });
    store.dispatch('s1', { type: 'undo' });
    expect(ids(store)).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('StagingStore with a save delay', () => {
  it('coalesces writes and flushes them on demand', async () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const store = storeOn(storage, null, 250);
      store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'a' })] });
      store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'b' })] });
      expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
      vi.advanceTimersByTime(250);
      expect(ids(storeOn(storage))).toEqual(['a', 'b']);
      store.dispatch('s1', { type: 'remove', localIds: ['a'] });
      void store.flush();
      expect(ids(storeOn(storage))).toEqual(['b']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('StagingStore with an overflow store (IndexedDB)', () => {
  it('keeps a large draft there, a marker in localStorage, and reloads it', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    const big = many(LOCAL_DRAFT_MAX + 1);
    storeOn(storage, overflow).dispatch('s1', { type: 'add', annotations: big });
    await settle();
    const marker = JSON.parse(storage.getItem('wafer-annotator:draft:s1') ?? 'null');
    expect(marker).toMatchObject({ version: 2, overflow: true, count: big.length });

    const reloaded = storeOn(storage, overflow);
    const listener = vi.fn();
    reloaded.subscribe('s1', listener);
    expect(reloaded.getNotice('s1')?.kind).toBe('loading');
    await settle();
    expect(reloaded.getState('s1').annotations).toEqual(big);
    expect(reloaded.getNotice('s1')).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it('keeps points staged while the draft loads, and never saves the partial state over it', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    const big = many(LOCAL_DRAFT_MAX + 1);
    storeOn(storage, overflow).dispatch('s1', { type: 'add', annotations: big });
    await settle();
    overflow.hold();
    const reloaded = storeOn(storage, overflow);
    expect(reloaded.getState('s1').annotations).toEqual([]);
    const extra = aStagedAnnotation({ localId: 'new' });
    reloaded.dispatch('s1', { type: 'add', annotations: [extra] });
    await settle();
    expect(JSON.parse(storage.getItem('wafer-annotator:draft:s1') ?? 'null')).toMatchObject({
      overflow: true,
      count: big.length,
    });
    overflow.release();
    await settle();
    await settle();
    expect(reloaded.getState('s1').annotations).toEqual([...big, extra]);
    await settle();
    const again = storeOn(storage, overflow);
    again.getState('s1');
    await settle();
    expect(again.getState('s1').annotations).toHaveLength(big.length + 1);
  });

  it('goes back to localStorage (and clears the overflow) when the draft shrinks', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    const store = storeOn(storage, overflow);
    store.dispatch('s1', { type: 'add', annotations: many(3) });
    store.dispatch('s1', { type: 'remove', localIds: ['a1', 'a2'] });
    await settle();
    expect(overflow.drafts.has('s1')).toBe(false);
    expect(ids(storeOn(storage, overflow))).toEqual(['a0']);
  });

  it('never lets a slow large save overwrite a later one', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    const store = storeOn(storage, overflow);
    const big = many(LOCAL_DRAFT_MAX + 1);
    // The first write is slow: the second save starts (and could end) before it is done.
    overflow.saveDelaysMs.push(30);
    store.dispatch('s1', { type: 'add', annotations: big });
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'z' })] });
    await overflow.idle();
    const reloaded = storeOn(storage, overflow);
    reloaded.getState('s1');
    await settle();
    expect(reloaded.getState('s1').annotations).toHaveLength(big.length + 1);
  });

  it('moves a draft localStorage refuses to the overflow store', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    const store = storeOn(storage, overflow);
    // A small draft whose write fails (quota) — the marker is small enough to be written.
    storage.maxValueLength = 300;
    const a = aStagedAnnotation({ localId: 'q', metadata: { note: 'x'.repeat(500) } });
    store.dispatch('s1', { type: 'add', annotations: [a] });
    await settle();
    expect(store.getNotice('s1')).toBeNull();
    const reloaded = storeOn(storage, overflow);
    reloaded.getState('s1');
    await settle();
    expect(reloaded.getState('s1').annotations).toEqual([a]);
  });

  it('removes a draft from both stores', async () => {
    const storage = new MemoryStorage();
    const overflow = new FakeOverflow();
    storeOn(storage, overflow).dispatch('s1', {
      type: 'add',
      annotations: many(LOCAL_DRAFT_MAX + 1),
    });
    await settle();
    const repo = browserDraftRepository({ storage, overflow, channel: null, events: null });
    await repo.remove('s1');
    expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
    expect(overflow.drafts.has('s1')).toBe(false);
  });

  it('says so, and starts empty, when the marked draft is missing', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'wafer-annotator:draft:s1',
      JSON.stringify({ version: 1, overflow: true, count: 5, savedAt: '2026-11-30T00:00:00Z' }),
    );
    const store = storeOn(storage, new FakeOverflow());
    store.getState('s1');
    await settle();
    expect(store.getState('s1').annotations).toEqual([]);
    expect(store.getNotice('s1')?.message).toMatch(/not found/);
  });
});
