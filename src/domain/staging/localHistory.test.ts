import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { diffStaged } from './localChanges';
import {
  applyPatch,
  EMPTY_LOCAL_HISTORY,
  type Restore,
  recordChange,
  takeRedo,
  takeUndo,
  UNDO_LIMIT,
} from './localHistory';

const x = aStagedAnnotation({ localId: 'x', propertyValue: 5, propertyUnit: 'nm' });
const y = aStagedAnnotation({ localId: 'y', propertyValue: 1 });
const always: Restore = (_id, wanted) => wanted;

describe('per-tab undo by patches', () => {
  it('undoes an add and redoes it', () => {
    const patch = diffStaged([x], [x, y]);
    expect(applyPatch([x, y], patch, 'undo', always)).toEqual([x]);
    expect(applyPatch([x], patch, 'redo', always)).toEqual([x, y]);
  });

  it("undo of an edit leaves the other tab's later edit of another field alone", () => {
    const edited = { ...x, propertyValue: 6 };
    const patch = diffStaged([x], [edited]);
    // Meanwhile another tab changed the unit (merged into this tab's list).
    const now = [{ ...edited, propertyUnit: 'um' }];
    expect(applyPatch(now, patch, 'undo', always)).toEqual([{ ...x, propertyUnit: 'um' }]);
  });

  it('undo of an edit never overwrites a value another tab wrote since', () => {
    const patch = diffStaged([x], [{ ...x, propertyValue: 6 }]);
    const now = [{ ...x, propertyValue: 7 }];
    expect(applyPatch(now, patch, 'undo', always)).toEqual(now);
  });

  it('undo of a delete brings the annotation back only when allowed, with what restore gives', () => {
    const patch = diffStaged([x, y], [y]);
    expect(applyPatch([y], patch, 'undo', () => null)).toEqual([y]);
    const latest = { ...x, propertyValue: 8 };
    expect(applyPatch([y], patch, 'undo', () => latest)).toEqual([y, latest]);
  });

  it('does not touch an annotation another tab deleted when undoing an edit of it', () => {
    const patch = diffStaged([x, y], [{ ...x, propertyValue: 6 }, y]);
    expect(applyPatch([y], patch, 'undo', always)).toEqual([y]);
  });

  it('moves patches between the undo and redo stacks, and a new change clears redo', () => {
    const p1 = diffStaged([], [x]);
    const p2 = diffStaged([x], [x, y]);
    const h = recordChange(recordChange(EMPTY_LOCAL_HISTORY, p1), p2);
    const undone = takeUndo(h);
    expect(undone?.patch).toBe(p2);
    expect(undone?.history).toEqual({ undo: [p1], redo: [p2] });
    expect(takeRedo(undone?.history ?? h)?.history).toEqual({ undo: [p1, p2], redo: [] });
    expect(recordChange(undone?.history ?? h, p1).redo).toEqual([]);
    expect(recordChange(h, [])).toBe(h);
    expect(takeUndo(EMPTY_LOCAL_HISTORY)).toBeNull();
  });

  it('keeps at most UNDO_LIMIT steps', () => {
    let h = EMPTY_LOCAL_HISTORY;
    for (let i = 0; i <= UNDO_LIMIT; i++) h = recordChange(h, diffStaged([], [x]));
    expect(h.undo).toHaveLength(UNDO_LIMIT);
  });
});
