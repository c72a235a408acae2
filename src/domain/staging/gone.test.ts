import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { type DraftDoc, docFromEntries, liveAnnotations, type StoredMark } from './draftDoc';
import {
  detachedRow,
  goneReason,
  insertionIndex,
  mayRestore,
  saveEditAction,
  skippedPoints,
  storedByMerge,
} from './gone';
import { applyLocalChanges, diffStaged, markStored } from './localChanges';
import type { Revision } from './revision';
import type { StagedAnnotation } from './staged';

const p = (id: string, value: number) => aStagedAnnotation({ localId: id, propertyValue: value });
/** p1, p2, p3 created by tab "A" at n = 100, in that order. */
const base = docFromEntries(
  [p('p1', 1), p('p2', 2), p('p3', 3)].map((a, i) => ({ a, pos: [100, 'A', i] as const })),
);

/** A tab's change from the live list to `after`, written at `rev`. */
const change = (doc: DraftDoc, after: StagedAnnotation[], rev: Revision) =>
  applyLocalChanges(doc, diffStaged(liveAnnotations(doc), after), rev).doc;
const without = (doc: DraftDoc, id: string, rev: Revision) =>
  change(
    doc,
    liveAnnotations(doc).filter((a) => a.localId !== id),
    rev,
  );
const entryOf = (doc: DraftDoc, id: string) => {
  const e = doc.get(id);
  if (!e) throw new Error(`${id} is not in the draft`);
  return e;
};
const mark = (rev: Revision, by: string): StoredMark => ({
  rev,
  by,
  recordId: 'r',
  batch: null,
  index: null,
});

describe('why an annotation left the staged list', () => {
  it('tells a delete in this tab from one in another, and a store from a delete', () => {
    const deletedByB = without(base, 'p2', [200, 'B']);
    expect(goneReason(deletedByB.get('p2'), 'A')).toEqual({ kind: 'deleted', byThisTab: false });
    expect(goneReason(deletedByB.get('p2'), 'B')).toEqual({ kind: 'deleted', byThisTab: true });
    const stored = markStored(base, [{ localId: 'p1', mark: mark([100, 'A'], 'B') }]).doc;
    expect(goneReason(stored.get('p1'), 'A')).toEqual({ kind: 'stored', byThisTab: false });
    expect(goneReason(base.get('p3'), 'A')).toBeNull();
    expect(goneReason(undefined, 'A')).toBeNull();
  });

  it('a delete made after the stored version counts as the reason', () => {
    const stored = markStored(base, [{ localId: 'p1', mark: mark([100, 'A'], 'A') }]).doc;
    // The stored version was sent; then another tab deleted its staged copy (stored anyway).
    const e = entryOf(stored, 'p1');
    const doc = new Map(stored).set('p1', { ...e, removed: [300, 'B'] as Revision });
    expect(goneReason(doc.get('p1'), 'A')).toEqual({ kind: 'deleted', byThisTab: false });
  });
});

describe('what undo and redo may bring back', () => {
  it('never a point another tab deleted or stored; its own deletes, yes', () => {
    expect(mayRestore(entryOf(without(base, 'p2', [200, 'B']), 'p2'), 'A')).toBe(false);
    expect(mayRestore(entryOf(without(base, 'p2', [200, 'A']), 'p2'), 'A')).toBe(true);
    const stored = markStored(base, [{ localId: 'p1', mark: mark([100, 'A'], 'B') }]).doc;
    expect(mayRestore(entryOf(stored, 'p1'), 'A')).toBe(false);
  });

  it("never a point this tab's own submit stored; a correction of it this tab deleted, yes", () => {
    const stored = markStored(base, [{ localId: 'p1', mark: mark([100, 'A'], 'B') }]).doc;
    expect(mayRestore(entryOf(stored, 'p1'), 'B')).toBe(false);
    // Edited after it was stored (a correction, staged again), then deleted in B.
    const corrected = change(stored, [...liveAnnotations(stored), p('p1', 9)], [300, 'B']);
    expect(liveAnnotations(corrected).map((a) => a.localId)).toContain('p1');
    const deleted = without(corrected, 'p1', [400, 'B']);
    expect(mayRestore(entryOf(deleted, 'p1'), 'B')).toBe(true);
  });

  it('counts the points a step passed over: stored in any tab, or deleted in another', () => {
    const stored = markStored(base, [
      { localId: 'p1', mark: mark([100, 'A'], 'A') },
      { localId: 'p2', mark: mark([100, 'A'], 'B') },
    ]).doc;
    const doc = without(stored, 'p3', [300, 'B']);
    expect(skippedPoints(doc, ['p1', 'p2', 'p1', 'p3'], 'A')).toEqual({
      stored: 2,
      deletedElsewhere: 1,
    });
    // Deleted in B itself, or still staged, or unknown: not passed over.
    expect(skippedPoints(doc, ['p3', 'unknown'], 'B')).toEqual({ stored: 0, deletedElsewhere: 0 });
    expect(skippedPoints(base, ['p1', 'p2'], 'A')).toEqual({ stored: 0, deletedElsewhere: 0 });
  });

  it('a delete by another tab that was undone since does not block (it is no longer the reason)', () => {
    const deleted = without(base, 'p2', [200, 'B']);
    const undeleted = change(deleted, [...liveAnnotations(deleted), p('p2', 2)], [300, 'B']);
    const removedHere = without(undeleted, 'p2', [400, 'A']);
    expect(mayRestore(entryOf(removedHere, 'p2'), 'A')).toBe(true);
  });
});

describe('the row being edited after it left the list', () => {
  it('keeps its last values and its place among the rows still staged', () => {
    const doc = without(base, 'p2', [200, 'B']);
    const live = liveAnnotations(doc);
    expect(insertionIndex(doc, live, 'p2')).toBe(1);
    expect(insertionIndex(doc, live, 'p1')).toBe(0);
    expect(insertionIndex(doc, [], 'p3')).toBe(0);
    expect(detachedRow(doc, live, 'p2', 'A')).toEqual({
      annotation: p('p2', 2),
      index: 1,
      reason: { kind: 'deleted', byThisTab: false },
    });
    expect(detachedRow(doc, live, 'p1', 'A')).toBeNull();
  });

  it('saving the edit updates a staged row and brings a deleted one back with the edit', () => {
    expect(saveEditAction(base, 'p2', { propertyValue: 55 })).toEqual({
      type: 'update',
      localId: 'p2',
      changes: { propertyValue: 55 },
    });
    const doc = without(base, 'p2', [200, 'B']);
    const action = saveEditAction(doc, 'p2', { propertyValue: 55 });
    expect(action).toEqual({ type: 'add', annotations: [{ ...p('p2', 2), propertyValue: 55 }] });
    expect(saveEditAction(doc, 'unknown', { propertyValue: 1 })).toBeNull();
    // Brought back at a new revision, it outranks the delete, in its old place.
    const back = change(
      doc,
      [...liveAnnotations(doc), { ...p('p2', 2), propertyValue: 55 }],
      [300, 'A'],
    );
    expect(liveAnnotations(back).map((a) => `${a.localId}=${a.propertyValue}`)).toEqual([
      'p1=1',
      'p2=55',
      'p3=3',
    ]);
  });
});

describe('what a merge from another tab stored', () => {
  it('lists the annotations a new stored mark took off the list, not deleted ones', () => {
    const stored = markStored(base, [
      { localId: 'p1', mark: mark([100, 'A'], 'B') },
      { localId: 'p3', mark: mark([100, 'A'], 'B') },
    ]).doc;
    const deleted = without(stored, 'p2', [300, 'B']);
    expect(storedByMerge(base, deleted, ['p1', 'p2', 'p3'])).toEqual([p('p1', 1), p('p3', 3)]);
    // Already stored before the merge: nothing new.
    expect(storedByMerge(stored, deleted, ['p1', 'p2', 'p3'])).toEqual([]);
  });
});
