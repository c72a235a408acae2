import { describe, expect, it, vi } from 'vitest';
import { aStagedAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import type { DraftOverflow } from './draftOverflow';
import { LOCAL_DRAFT_MAX, StagingStore } from './stagingStore';

/** An in-memory overflow store whose reads wait until `release` is called. */
class FakeOverflow implements DraftOverflow {
  readonly drafts = new Map<string, unknown>();
  private gate: Promise<void> = Promise.resolve();
  release: () => void = () => undefined;
  hold() {
    this.gate = new Promise((r) => {
      this.release = r;
    });
  }
  async load(sampleId: string) {
    await this.gate;
    return structuredClone(this.drafts.get(sampleId));
  }
  async save(sampleId: string, draft: unknown) {
    this.drafts.set(sampleId, structuredClone(draft));
  }
  async remove(sampleId: string) {
    this.drafts.delete(sampleId);
  }
}

const many = (n: number, prefix = 'a') =>
  Array.from({ length: n }, (_, i) => aStagedAnnotation({ localId: `${prefix}${i}`, xMm: i / 7 }));
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('StagingStore', () => {
  it('persists per sample and reloads in a new store (a page reload)', () => {
    const storage = new MemoryStorage();
    const a = aStagedAnnotation({ localId: 'a', xMm: 1.23456789 });
    new StagingStore(storage).dispatch('s1', { type: 'add', annotations: [a] });
    const reloaded = new StagingStore(storage);
    expect(reloaded.getState('s1').annotations).toEqual([a]);
    expect(reloaded.getState('s2').annotations).toEqual([]);
  });

  it('sets a corrupt draft aside, reports it, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem('wafer-annotator:draft:s1', '{"version":1,"annotations":[{"localId":3}]}');
    const store = new StagingStore(storage);
    expect(store.getState('s1').annotations).toEqual([]);
    expect(store.getNotice('s1')?.kind).toBe('corrupt');
    const aside = storage.keys().find((k) => k.startsWith('wafer-annotator:draft:corrupt:s1:'));
    expect(aside && storage.getItem(aside)).toBe('{"version":1,"annotations":[{"localId":3}]}');
    expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
  });

  it('survives unparseable JSON', () => {
    const storage = new MemoryStorage();
    storage.setItem('wafer-annotator:draft:s1', '{not json');
    expect(new StagingStore(storage).getNotice('s1')?.message).toMatch(/could not be read/);
  });

  it('keeps staged points in memory and says so when saving fails', () => {
    const storage = new MemoryStorage();
    const store = new StagingStore(storage);
    storage.failWrites = true;
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    expect(store.getState('s1').annotations).toHaveLength(1);
    expect(store.getNotice('s1')?.kind).toBe('save-failed');
  });

  it('notifies only the subscribers of the changed sample', () => {
    const store = new StagingStore(new MemoryStorage());
    const l1 = vi.fn();
    const l2 = vi.fn();
    store.subscribe('s1', l1);
    store.subscribe('s2', l2);
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    expect(l1).toHaveBeenCalledTimes(1);
    expect(l2).not.toHaveBeenCalled();
  });

  it('removes the draft key when nothing is staged', () => {
    const storage = new MemoryStorage();
    const store = new StagingStore(storage);
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'x' })] });
    store.dispatch('s1', { type: 'remove', localIds: ['x'] });
    expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
  });
});

describe('StagingStore history', () => {
  it('undoes and redoes, persisting the present state each time', () => {
    const storage = new MemoryStorage();
    const store = new StagingStore(storage);
    const a = aStagedAnnotation({ localId: 'a' });
    store.dispatch('s1', { type: 'add', annotations: [a] });
    store.dispatch('s1', { type: 'remove', localIds: ['a'] });
    expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
    store.dispatch('s1', { type: 'undo' });
    expect(store.getState('s1').annotations).toEqual([a]);
    expect(new StagingStore(storage).getState('s1').annotations).toEqual([a]);
    store.dispatch('s1', { type: 'redo' });
    expect(store.getState('s1').annotations).toEqual([]);
    // A reloaded page starts with the draft and no history.
    expect(new StagingStore(storage).getHistory('s1').past).toEqual([]);
  });
});

describe('StagingStore with a save delay', () => {
  it('coalesces writes and flushes them on demand', () => {
    vi.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const store = new StagingStore(storage, 250);
      store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'a' })] });
      store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'b' })] });
      expect(storage.getItem('wafer-annotator:draft:s1')).toBeNull();
      vi.advanceTimersByTime(250);
      expect(new StagingStore(storage).getState('s1').annotations.map((a) => a.localId)).toEqual([
        'a',
        'b',
      ]);
      store.dispatch('s1', { type: 'remove', localIds: ['a'] });
      store.flush();
      expect(new StagingStore(storage).getState('s1').annotations.map((a) => a.localId)).toEqual([
        'b',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('with an overflow store (IndexedDB)', () => {
    it('keeps a large draft there, a marker in localStorage, and reloads it', async () => {
      const storage = new MemoryStorage();
      const overflow = new FakeOverflow();
      const big = many(LOCAL_DRAFT_MAX + 1);
      new StagingStore(storage, 0, overflow).dispatch('s1', { type: 'add', annotations: big });
      await settle();
      const marker = JSON.parse(storage.getItem('wafer-annotator:draft:s1') ?? 'null');
      expect(marker).toMatchObject({ version: 1, overflow: true, count: big.length });
      expect(overflow.drafts.get('s1')).toEqual({ version: 1, annotations: big });

      const reloaded = new StagingStore(storage, 0, overflow);
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
      new StagingStore(storage, 0, overflow).dispatch('s1', { type: 'add', annotations: big });
      await settle();
      overflow.hold();
      const reloaded = new StagingStore(storage, 0, overflow);
      expect(reloaded.getState('s1').annotations).toEqual([]);
      const extra = aStagedAnnotation({ localId: 'new' });
      reloaded.dispatch('s1', { type: 'add', annotations: [extra] });
      await settle();
      expect((overflow.drafts.get('s1') as { annotations: unknown[] }).annotations).toHaveLength(
        big.length,
      );
      overflow.release();
      await settle();
      await settle();
      expect(reloaded.getState('s1').annotations).toEqual([...big, extra]);
      expect((overflow.drafts.get('s1') as { annotations: unknown[] }).annotations).toHaveLength(
        big.length + 1,
      );
    });

    it('goes back to localStorage (and clears the overflow) when the draft shrinks', async () => {
      const storage = new MemoryStorage();
      const overflow = new FakeOverflow();
      const store = new StagingStore(storage, 0, overflow);
      const big = many(LOCAL_DRAFT_MAX + 1);
      store.dispatch('s1', { type: 'add', annotations: big });
      await settle();
      store.dispatch('s1', { type: 'remove', localIds: big.slice(1).map((a) => a.localId) });
      await settle();
      expect(overflow.drafts.has('s1')).toBe(false);
      expect(JSON.parse(storage.getItem('wafer-annotator:draft:s1') ?? 'null')).toEqual({
        version: 1,
        annotations: [big[0]],
      });
    });

    it('never lets a slow large save overwrite a later small draft', async () => {
      const storage = new MemoryStorage();
      const store = new StagingStore(storage, 0, new FakeOverflow());
      const big = many(LOCAL_DRAFT_MAX + 1);
      store.dispatch('s1', { type: 'add', annotations: big });
      // Before the IndexedDB write settles, the draft shrinks to one point.
      store.dispatch('s1', { type: 'remove', localIds: big.slice(1).map((a) => a.localId) });
      await settle();
      expect(JSON.parse(storage.getItem('wafer-annotator:draft:s1') ?? 'null')).toEqual({
        version: 1,
        annotations: [big[0]],
      });
    });

    it('moves a draft localStorage refuses to the overflow store', async () => {
      const storage = new MemoryStorage();
      const overflow = new FakeOverflow();
      const store = new StagingStore(storage, 0, overflow);
      // A small draft whose write fails (quota) — the marker is small enough to be written.
      storage.maxValueLength = 200;
      const a = aStagedAnnotation({ localId: 'q', metadata: { note: 'x'.repeat(500) } });
      store.dispatch('s1', { type: 'add', annotations: [a] });
      await settle();
      expect(store.getNotice('s1')).toBeNull();
      expect(overflow.drafts.get('s1')).toEqual({ version: 1, annotations: [a] });
    });

    it('says so, and starts empty, when the marked draft is missing', async () => {
      const storage = new MemoryStorage();
      storage.setItem(
        'wafer-annotator:draft:s1',
        JSON.stringify({ version: 1, overflow: true, count: 5, savedAt: '2026-11-30T00:00:00Z' }),
      );
      const store = new StagingStore(storage, 0, new FakeOverflow());
      store.getState('s1');
      await settle();
      expect(store.getState('s1').annotations).toEqual([]);
      expect(store.getNotice('s1')?.message).toMatch(/not found/);
    });
  });
});
