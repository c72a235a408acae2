import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import {
  type DraftDoc,
  type DraftEntry,
  docFromAnnotations,
  docFromEntries,
  fieldRevision,
  isLive,
  liveAnnotations,
  mergeDocs,
  mergeEntry,
  pruneTombstones,
  STAGED_FIELDS,
  sameEntry,
} from './draftDoc';
import { applyLocalChanges, diffStaged, markStored } from './localChanges';
import { compareRevisions, type Revision } from './revision';
import { StagedAnnotation } from './staged';

const x0 = aStagedAnnotation({ localId: 'x', propertyValue: 5, propertyUnit: 'nm' });
/** Both tabs start from the same draft: x created by tab "a" at n = 100. */
const base = docFromEntries([{ a: x0, pos: [100, 'a', 0] }]);

/** A tab's change: the staged list before and after, written at `rev`. */
function change(doc: DraftDoc, after: StagedAnnotation[], rev: Revision): DraftDoc {
  return applyLocalChanges(doc, diffStaged(liveAnnotations(doc), after), rev).doc;
}

const edit = (doc: DraftDoc, changes: Partial<StagedAnnotation>, rev: Revision) =>
  change(
    doc,
    liveAnnotations(doc).map((a) => (a.localId === 'x' ? { ...a, ...changes } : a)),
    rev,
  );
const remove = (doc: DraftDoc, rev: Revision) =>
  change(
    doc,
    liveAnnotations(doc).filter((a) => a.localId !== 'x'),
    rev,
  );

describe('merging drafts of two tabs', () => {
  it('lists the same fields as the staged annotation schema (so no field escapes the merge)', () => {
    expect([...STAGED_FIELDS, 'localId'].sort()).toEqual(
      Object.keys(StagedAnnotation.shape).sort(),
    );
  });

  it('keeps both edits when two tabs change different fields of one annotation', () => {
    const a = edit(base, { propertyValue: 6 }, [200, 'a']);
    const b = edit(base, { propertyUnit: 'um' }, [201, 'b']);
    for (const merged of [mergeDocs(a, b), mergeDocs(b, a)]) {
      expect(liveAnnotations(merged)).toEqual([{ ...x0, propertyValue: 6, propertyUnit: 'um' }]);
    }
  });

  it('takes the later edit when two tabs change the same field, whatever the merge order', () => {
    const a = edit(base, { propertyValue: 6 }, [300, 'a']);
    const b = edit(base, { propertyValue: 7 }, [200, 'b']);
    expect(liveAnnotations(mergeDocs(a, b))[0]?.propertyValue).toBe(6);
    expect(liveAnnotations(mergeDocs(b, a))[0]?.propertyValue).toBe(6);
    // Written in the same millisecond: the tab id decides, the same way in both tabs.
    const c = edit(base, { propertyValue: 8 }, [300, 'c']);
    expect(liveAnnotations(mergeDocs(a, c))[0]?.propertyValue).toBe(8);
    expect(liveAnnotations(mergeDocs(c, a))[0]?.propertyValue).toBe(8);
  });

  it('removes an annotation deleted after the other tab edited it', () => {
    const a = remove(base, [300, 'a']);
    const b = edit(base, { propertyValue: 9 }, [200, 'b']);
    expect(liveAnnotations(mergeDocs(a, b))).toEqual([]);
    expect(liveAnnotations(mergeDocs(b, a))).toEqual([]);
  });

  it('keeps an annotation edited after the other tab deleted it, with the edit', () => {
    const a = remove(base, [200, 'a']);
    const b = edit(base, { propertyValue: 9 }, [300, 'b']);
    expect(liveAnnotations(mergeDocs(a, b))).toEqual([{ ...x0, propertyValue: 9 }]);
    expect(liveAnnotations(mergeDocs(b, a))).toEqual([{ ...x0, propertyValue: 9 }]);
  });

  it('does not confuse "deleted in A" with "not yet seen in B": the tombstone wins over the older copy', () => {
    const a = remove(base, [200, 'a']);
    // Tab B still holds the draft as it was before the delete and writes it back.
    expect(liveAnnotations(mergeDocs(base, a))).toEqual([]);
    expect(liveAnnotations(mergeDocs(a, base))).toEqual([]);
  });

  it('a new annotation from one tab appears in the other, in creation order', () => {
    const y = aStagedAnnotation({ localId: 'y' });
    const z = aStagedAnnotation({ localId: 'z' });
    const a = change(base, [x0, z], [300, 'a']);
    const b = change(base, [x0, y], [200, 'b']);
    expect(liveAnnotations(mergeDocs(a, b)).map((s) => s.localId)).toEqual(['x', 'y', 'z']);
    expect(liveAnnotations(mergeDocs(b, a)).map((s) => s.localId)).toEqual(['x', 'y', 'z']);
  });

  it('undo in one tab (bringing a deleted annotation back) reaches the other tab', () => {
    const deleted = remove(base, [200, 'a']);
    // Tab A undoes the delete: every field is written again at a new revision.
    const undone = change(deleted, [x0], [300, 'a']);
    expect(liveAnnotations(mergeDocs(deleted, undone))).toEqual([x0]);
    expect(liveAnnotations(mergeDocs(undone, deleted))).toEqual([x0]);
  });
});

describe('stored marks', () => {
  const mark = (rev: Revision) => ({
    rev,
    by: 'a',
    recordId: 'r1',
    batch: 'b1',
    index: 0,
  });

  it('unstages the version that was sent, in every tab', () => {
    const stored = markStored(base, [{ localId: 'x', mark: mark([100, 'a']) }]);
    expect(stored.editedSince).toEqual([]);
    expect(liveAnnotations(stored.doc)).toEqual([]);
    // A stale tab that still shows x as staged merges the mark and drops it.
    expect(liveAnnotations(mergeDocs(base, stored.doc))).toEqual([]);
  });

  it('keeps staged an annotation edited while it was being sent, with its mark', () => {
    // Tab B edits x (to 6) while tab A's submit of x (value 5, revision 100) is in flight.
    const b = edit(base, { propertyValue: 6 }, [150, 'b']);
    const a = markStored(base, [{ localId: 'x', mark: mark([100, 'a']) }]).doc;
    for (const merged of [mergeDocs(a, b), mergeDocs(b, a)]) {
      expect(liveAnnotations(merged)).toEqual([{ ...x0, propertyValue: 6 }]);
      expect(merged.get('x')?.stored?.recordId).toBe('r1');
    }
    // Tab A had already seen the edit when the answer came: the result is the same.
    const seen = markStored(b, [{ localId: 'x', mark: mark([100, 'a']) }]);
    expect(seen.editedSince).toEqual(['x']);
  });

  it('reports an annotation deleted after the version that was sent (stored anyway)', () => {
    const deleted = remove(base, [150, 'b']);
    const stored = markStored(deleted, [{ localId: 'x', mark: mark([100, 'a']) }]);
    expect(stored.deletedSince).toEqual(['x']);
    expect(liveAnnotations(stored.doc)).toEqual([]);
    // Deleted before the version sent was written: not "since".
    expect(markStored(deleted, [{ localId: 'x', mark: mark([160, 'a']) }]).deletedSince).toEqual(
      [],
    );
  });

  it('a later mark (the correction stored) is never replaced by an earlier one', () => {
    const first = markStored(base, [{ localId: 'x', mark: mark([100, 'a']) }]).doc;
    const later = markStored(first, [{ localId: 'x', mark: { ...mark([150, 'b']), by: 'b' } }]);
    const again = markStored(later.doc, [{ localId: 'x', mark: mark([100, 'a']) }]);
    expect(again.doc.get('x')?.stored?.rev).toEqual([150, 'b']);
  });
});

describe('pruning', () => {
  it('drops old tombstones only', () => {
    const y = aStagedAnnotation({ localId: 'y' });
    const doc = remove(change(base, [x0, y], [200, 'a']), [300, 'a']);
    const pruned = pruneTombstones(doc, 1000);
    expect([...pruned.keys()]).toEqual(['y']);
    expect(pruneTombstones(doc, 300)).toBe(doc);
  });

  it('reads a draft saved before revisions existed in its order', () => {
    const list = [x0, aStagedAnnotation({ localId: 'q' })];
    expect(liveAnnotations(docFromAnnotations(list, 0, 'legacy'))).toEqual(list);
  });
});

/** Arbitrary entries of a few ids, with random writes and tombstones. */
const revArb = fc.tuple(fc.integer({ min: 100, max: 110 }), fc.constantFrom('a', 'b', 'c'));
const entryArb: fc.Arbitrary<DraftEntry> = fc
  .record({
    id: fc.constantFrom('p', 'q', 'r'),
    value: fc.integer({ min: 0, max: 3 }),
    unit: fc.constantFrom('nm', 'um', null),
    valueRev: fc.option(revArb, { nil: undefined }),
    unitRev: fc.option(revArb, { nil: undefined }),
    removed: fc.option(revArb, { nil: undefined }),
    stored: fc.option(revArb, { nil: undefined }),
  })
  .map((r) => {
    const e: DraftEntry = {
      a: aStagedAnnotation({ localId: r.id, propertyValue: r.value, propertyUnit: r.unit }),
      pos: [100, 'a', r.id.charCodeAt(0)],
    };
    const revs: DraftEntry['revs'] = {};
    if (r.valueRev) revs.propertyValue = r.valueRev;
    if (r.unitRev) revs.propertyUnit = r.unitRev;
    if (Object.keys(revs).length > 0) e.revs = revs;
    if (r.removed) e.removed = r.removed;
    if (r.stored) e.stored = { rev: r.stored, by: 'a', recordId: null, batch: null, index: null };
    return e;
  });
const docArb = fc.array(entryArb, { maxLength: 5 }).map(docFromEntries);
const sameDoc = (x: DraftDoc, y: DraftDoc) =>
  x.size === y.size &&
  [...x].every(([id, e]) => !!y.get(id) && sameEntry(e, y.get(id) as DraftEntry));

describe('merge is a join (tabs converge whatever the order of messages)', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        expect(sameDoc(mergeDocs(a, b), mergeDocs(b, a))).toBe(true);
        expect(sameDoc(mergeDocs(mergeDocs(a, b), c), mergeDocs(a, mergeDocs(b, c)))).toBe(true);
        expect(sameDoc(mergeDocs(a, a), a)).toBe(true);
      }),
    );
  });

  it('never loses a write: each field keeps the value of its latest revision', () => {
    fc.assert(
      fc.property(entryArb, entryArb, (x, y) => {
        const y2 = { ...y, a: { ...y.a, localId: x.a.localId } };
        const m = mergeEntry(x, y2);
        for (const f of STAGED_FIELDS) {
          const order = compareRevisions(fieldRevision(x, f), fieldRevision(y2, f));
          if (order > 0) expect(m.a[f]).toEqual(x.a[f]);
          if (order < 0) expect(m.a[f]).toEqual(y2.a[f]);
        }
        expect(isLive(m)).toBe(isLive(mergeEntry(y2, x)));
      }),
    );
  });
});
