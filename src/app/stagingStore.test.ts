import { describe, expect, it, vi } from 'vitest';
import { aStagedAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import { StagingStore } from './stagingStore';

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
});
