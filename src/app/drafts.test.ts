import { describe, expect, it, vi } from 'vitest';
import { aStagedAnnotation } from '../testing/builders';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository } from './draftRepository';
import { startDraftSync } from './drafts';
import { StagingStore } from './stagingStore';

/** A window stand-in that records its listeners. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  const target = {
    addEventListener: vi.fn((type: string, l: () => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(l);
      listeners.set(type, set);
    }),
    removeEventListener: vi.fn((type: string, l: () => void) => listeners.get(type)?.delete(l)),
  };
  const document = { ...target, visibilityState: 'visible' as DocumentVisibilityState };
  const fire = (type: string) => {
    for (const l of listeners.get(type) ?? []) l();
  };
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { win: { ...target, document }, document, fire, count };
}

describe('startDraftSync', () => {
  it('listens only once started, and its disposer removes every listener', async () => {
    const hub = new TabHub();
    const a = new StagingStore(browserDraftRepository(hub.tab()), { tab: 'A' });
    const b = new StagingStore(browserDraftRepository(hub.tab()), { tab: 'B' });
    b.getState('s1');
    a.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'x' })] });
    await settle();
    // Not started: B hears nothing of A.
    expect(b.getState('s1').annotations).toEqual([]);
    const w = fakeWindow();
    const stop = startDraftSync(b, w.win);
    expect(w.count()).toBe(2);
    a.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'y' })] });
    await settle();
    expect(b.getState('s1').annotations.map((s) => s.localId)).toEqual(['x', 'y']);
    stop();
    expect(w.count()).toBe(0);
    a.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation({ localId: 'z' })] });
    await settle();
    expect(b.getState('s1').annotations).toHaveLength(2);
  });

  it('writes pending drafts when the page is hidden or left', () => {
    const hub = new TabHub();
    const store = new StagingStore(browserDraftRepository(hub.tab()), { saveDelayMs: 60_000 });
    const w = fakeWindow();
    startDraftSync(store, w.win);
    store.dispatch('s1', { type: 'add', annotations: [aStagedAnnotation()] });
    expect(hub.storage.getItem('wafer-annotator:draft:s1')).toBeNull();
    w.fire('pagehide');
    expect(hub.storage.getItem('wafer-annotator:draft:s1')).not.toBeNull();
    store.dispatch('s1', { type: 'clear' });
    w.document.visibilityState = 'hidden';
    w.fire('visibilitychange');
    const stored = JSON.parse(hub.storage.getItem('wafer-annotator:draft:s1') ?? '{}');
    expect(stored.entries[0].removed).toBeDefined();
  });
});
