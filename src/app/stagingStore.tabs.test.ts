import { describe, expect, it } from 'vitest';
import type { StoredMark } from '../domain/staging/draftDoc';
import { aStagedAnnotation } from '../testing/builders';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository, LOCAL_DRAFT_MAX } from './draftRepository';
import { StagingStore } from './stagingStore';

/** A connected store in a new tab of `hub`, with a clock that starts at `startMs` and ticks. */
function openTab(hub: TabHub, tab: string, o: { broadcast?: boolean; overflow?: boolean } = {}) {
  let t = 1_000_000;
  const store = new StagingStore(browserDraftRepository({ ...hub.tab(o), now: () => t }), {
    tab,
    now: () => (t += 10),
  });
  store.connect();
  return store;
}

const x = aStagedAnnotation({ localId: 'x', propertyValue: 5 });
const y = aStagedAnnotation({ localId: 'y', propertyValue: 1 });
const values = (s: StagingStore) =>
  s.getState('s1').annotations.map((a) => `${a.localId}=${a.propertyValue}`);

/** What a submit of tab `by` records for `localId` as sent at the store's current revision. */
function storedNow(store: StagingStore, localId: string, by: string) {
  const rev = store.revisionOf('s1', localId);
  if (!rev) throw new Error(`${localId} is not in the draft`);
  const mark: StoredMark = { rev, by, recordId: `rec-${localId}`, batch: 'b', index: 0 };
  return { localId, mark };
}

describe('one draft per sample across tabs', () => {
  it('a point staged in one tab appears in the other', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    expect(values(b)).toEqual([]);
    a.dispatch('s1', { type: 'add', annotations: [x] });
    await settle();
    expect(values(b)).toEqual(['x=5']);
  });

  it('without BroadcastChannel, the storage event carries the change', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A', { broadcast: false });
    const b = openTab(hub, 'B', { broadcast: false });
    b.getState('s1');
    a.dispatch('s1', { type: 'add', annotations: [x] });
    await settle();
    expect(values(b)).toEqual(['x=5']);
  });

  it('a tab that missed messages never overwrites the draft with its older copy', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    // B hears nothing: no channel, and its storage events are never delivered.
    const b = new StagingStore(
      browserDraftRepository({ ...hub.tab({ broadcast: false }), events: null }),
      { tab: 'B' },
    );
    a.dispatch('s1', { type: 'add', annotations: [x] });
    b.getState('s1');
    a.dispatch('s1', { type: 'update', localId: 'x', changes: { propertyValue: 6 } });
    b.dispatch('s1', { type: 'add', annotations: [y] });
    await settle();
    expect(values(openTab(hub, 'C'))).toEqual(['x=6', 'y=1']);
  });

  it('edits made at the same time in two tabs both survive, and both tabs agree', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    a.dispatch('s1', { type: 'add', annotations: [x, y] });
    await settle();
    hub.holdMessages = true;
    a.dispatch('s1', { type: 'update', localId: 'x', changes: { propertyValue: 7 } });
    b.dispatch('s1', { type: 'update', localId: 'x', changes: { propertyUnit: 'um' } });
    b.dispatch('s1', { type: 'remove', localIds: ['y'] });
    hub.deliver();
    await settle();
    expect(a.getState('s1').annotations).toEqual(b.getState('s1').annotations);
    expect(a.getState('s1').annotations).toEqual([{ ...x, propertyValue: 7, propertyUnit: 'um' }]);
  });

  it("undo undoes this tab's change only, never the other tab's", async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    a.dispatch('s1', { type: 'add', annotations: [x] });
    await settle();
    b.dispatch('s1', { type: 'add', annotations: [y] });
    await settle();
    a.dispatch('s1', { type: 'undo' });
    await settle();
    expect(values(a)).toEqual(['y=1']);
    expect(values(b)).toEqual(['y=1']);
    expect(b.getView('s1').canUndo).toBe(true);
  });
});

describe('submits seen by every tab', () => {
  it('a stored annotation leaves every tab, and undo in another tab never brings it back', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    b.dispatch('s1', { type: 'add', annotations: [x] });
    b.dispatch('s1', { type: 'remove', localIds: ['x'] });
    b.dispatch('s1', { type: 'undo' });
    await settle();
    a.markStored('s1', [storedNow(a, 'x', 'A')]);
    await settle();
    expect(values(b)).toEqual([]);
    // B's undo history still holds "undelete x" and "add x": neither restores a stored point.
    b.dispatch('s1', { type: 'redo' });
    expect(b.lastSkipped('s1')).toEqual({ stored: 1, deletedElsewhere: 0 });
    b.dispatch('s1', { type: 'undo' });
    b.dispatch('s1', { type: 'undo' });
    b.dispatch('s1', { type: 'redo' });
    expect(b.lastSkipped('s1')).toEqual({ stored: 0, deletedElsewhere: 0 });
    await settle();
    expect(values(b)).toEqual([]);
    expect(values(a)).toEqual([]);
  });

  it('undo and redo in the submitting tab never stage its own stored points again, and say so', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    a.dispatch('s1', { type: 'add', annotations: [x] });
    a.dispatch('s1', { type: 'add', annotations: [y] });
    a.markStored('s1', [storedNow(a, 'x', 'A'), storedNow(a, 'y', 'A')]);
    await settle();
    expect(a.getView('s1').canUndo).toBe(true);
    // Both steps touch stored points only: one undo passes over both and changes nothing.
    expect(a.dispatch('s1', { type: 'undo' })).toBe(false);
    expect(a.lastSkipped('s1')).toEqual({ stored: 2, deletedElsewhere: 0 });
    expect(a.getView('s1').canUndo).toBe(false);
    expect(a.dispatch('s1', { type: 'redo' })).toBe(false);
    await settle();
    for (const tab of [a, b]) {
      expect(values(tab)).toEqual([]);
      expect(tab.getView('s1').storedEdited.size).toBe(0);
    }
  });

  it('undo after a submit skips the stored points and undoes the earlier change still staged', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    a.dispatch('s1', { type: 'add', annotations: [x, y] });
    a.dispatch('s1', { type: 'update', localId: 'y', changes: { propertyValue: 7 } });
    // Only x is stored (y was outside the submit, e.g. added by another tab meanwhile).
    a.markStored('s1', [storedNow(a, 'x', 'A')]);
    expect(values(a)).toEqual(['y=7']);
    expect(a.dispatch('s1', { type: 'undo' })).toBe(true);
    expect(values(a)).toEqual(['y=1']);
    expect(a.lastSkipped('s1')).toEqual({ stored: 0, deletedElsewhere: 0 });
    // The add of x and y: y leaves, x (stored) is passed over.
    expect(a.dispatch('s1', { type: 'undo' })).toBe(true);
    expect(values(a)).toEqual([]);
    expect(a.lastSkipped('s1')).toEqual({ stored: 1, deletedElsewhere: 0 });
    // Redo brings y back, never x.
    expect(a.dispatch('s1', { type: 'redo' })).toBe(true);
    expect(values(a)).toEqual(['y=1']);
    expect(a.lastSkipped('s1')).toEqual({ stored: 1, deletedElsewhere: 0 });
  });

  it('an edit made while the submit was in flight stays staged in both tabs, marked', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    a.dispatch('s1', { type: 'add', annotations: [x, y] });
    await settle();
    // A sends x and y at their current revisions…
    const sent = [storedNow(a, 'x', 'A'), storedNow(a, 'y', 'A')];
    // …B edits x before the answer arrives…
    b.dispatch('s1', { type: 'update', localId: 'x', changes: { propertyValue: 6 } });
    // …and the answer is handled before or after the edit reaches A: the same outcome.
    const { editedSince } = a.markStored('s1', sent);
    await settle();
    for (const tab of [a, b]) {
      expect(values(tab)).toEqual(['x=6']);
      expect(tab.getView('s1').storedEdited.get('x')?.recordId).toBe('rec-x');
    }
    expect(editedSince).toEqual([]);
  });

  it('reports the ones edited since when the edit arrived before the answer', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    a.dispatch('s1', { type: 'add', annotations: [x] });
    await settle();
    const sent = [storedNow(a, 'x', 'A')];
    b.dispatch('s1', { type: 'update', localId: 'x', changes: { propertyValue: 6 } });
    await settle();
    expect(a.markStored('s1', sent)).toEqual({ editedSince: ['x'], deletedSince: [] });
    expect(values(a)).toEqual(['x=6']);
  });
});

describe('large drafts (IndexedDB) across tabs', () => {
  const big = Array.from({ length: LOCAL_DRAFT_MAX + 1 }, (_, i) =>
    aStagedAnnotation({ localId: `p${i}`, propertyValue: i }),
  );

  it('an import larger than a message reaches the other tab through storage', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A');
    const b = openTab(hub, 'B');
    b.getState('s1');
    a.dispatch('s1', { type: 'add', annotations: big });
    for (let i = 0; i < 6; i++) await settle();
    expect(b.getState('s1').annotations).toHaveLength(big.length);
  });

  it('merge and sync through the marker when there is no BroadcastChannel', async () => {
    const hub = new TabHub();
    const a = openTab(hub, 'A', { broadcast: false });
    a.dispatch('s1', { type: 'add', annotations: big });
    await settle();
    const b = openTab(hub, 'B', { broadcast: false });
    b.getState('s1');
    await settle();
    expect(b.getState('s1').annotations).toHaveLength(big.length);
    b.dispatch('s1', { type: 'update', localId: 'p3', changes: { propertyValue: -3 } });
    a.dispatch('s1', { type: 'remove', localIds: ['p0'] });
    for (let i = 0; i < 6; i++) await settle();
    for (const tab of [a, b]) {
      const list = tab.getState('s1').annotations;
      expect(list).toHaveLength(big.length - 1);
      expect(list.find((s) => s.localId === 'p3')?.propertyValue).toBe(-3);
    }
  });
});
