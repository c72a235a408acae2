/**
 * A merge hands back one of its inputs when that input already holds every later write, so a
 * draft merged again with what it came from (each save of a large draft, an echo from another
 * tab) is a cheap identity check instead of a field-by-field comparison of every entry.
 */
import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { type DraftEntry, docFromEntries, mergeDocs, mergeEntry } from './draftDoc';
import { markStored } from './localChanges';

const created: DraftEntry = {
  a: aStagedAnnotation({ localId: 'x', propertyValue: 5, site: null }),
  pos: [100, 'a', 0],
};
const edited: DraftEntry = {
  ...created,
  a: { ...created.a, propertyValue: 6 },
  revs: { propertyValue: [200, 'b'] },
};
const mark = {
  rev: [100, 'a'] as [number, string],
  by: 'a',
  recordId: 'r1',
  batch: null,
  index: null,
};

describe('merge identity', () => {
  it('returns the copy that holds every later write, whichever side it is on', () => {
    const older = { ...created };
    expect(mergeEntry(older, edited)).toBe(edited);
    expect(mergeEntry(edited, older)).toBe(edited);
  });

  it('returns a new entry only when each copy adds something', () => {
    const removed: DraftEntry = { ...created, removed: [150, 'a'] };
    const merged = mergeEntry(removed, edited);
    expect(merged).not.toBe(removed);
    expect(merged).not.toBe(edited);
    expect(merged).toEqual({ ...edited, removed: [150, 'a'] });
  });

  it('a newer draft merged into an older one (a save) leaves the newer entries in place', () => {
    const doc = docFromEntries([edited]);
    const saved = mergeDocs(docFromEntries([created]), doc);
    expect(saved.get('x')).toBe(edited);
    // The next save of the same draft finds the very same entries.
    expect(mergeDocs(saved, doc)).toBe(saved);
  });

  it('a stored mark on an unmarked entry is the entry with the mark, as a merge would make it', () => {
    const doc = docFromEntries([edited]);
    const { doc: after, entries } = markStored(doc, [{ localId: 'x', mark }]);
    expect(after.get('x')).toEqual(mergeEntry(edited, { ...edited, stored: mark }));
    expect(entries).toEqual([after.get('x')]);
  });
});
