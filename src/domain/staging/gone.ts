/**
 * Annotations that left the staged list while a tab was looking at them: why they left (deleted
 * or stored, in this tab or another; the draft's tombstones tell), where they stood, which ones a
 * merge from another tab has just stored, and how an edit begun before they left is saved. The
 * draft keeps the last values of a removed or stored annotation, so nothing typed is lost.
 */
import { comparePos, type DraftDoc, type DraftEntry, isLive, latestWrite } from './draftDoc';
import type { StagingAction } from './reducer';
import { compareRevisions } from './revision';
import type { StagedAnnotation, StagedAnnotationChanges } from './staged';

/** Why an annotation is no longer staged, and whether the tab asking did it. */
export interface GoneReason {
  kind: 'deleted' | 'stored';
  /** The tab that asks removed it, or (stored) its own submit stored it. */
  byThisTab: boolean;
}

/**
 * Why entry `e` is not staged, seen from tab `tab`: its latest tombstone (a removal, or the
 * version a submit stored); null when it is staged, or unknown to the draft.
 */
export function goneReason(e: DraftEntry | undefined, tab: string): GoneReason | null {
  if (!e || isLive(e)) return null;
  const { removed, stored } = e;
  if (stored && (!removed || compareRevisions(stored.rev, removed) >= 0)) {
    return { kind: 'stored', byThisTab: stored.by === tab };
  }
  return removed ? { kind: 'deleted', byThisTab: removed[1] === tab } : null;
}

/**
 * True when undo or redo in tab `tab` may bring entry `e` back: never when it is stored (by this
 * tab's submit or another's: staging it again would store it twice or draw it over its stored
 * marker), nor when another tab stored an earlier version or deleted it after its last write
 * (their delete would be silently undone). A correction of a stored record that this tab
 * deleted (its removal is later than the stored version) may come back.
 */
export function mayRestore(e: DraftEntry, tab: string): boolean {
  if (isLive(e)) return true;
  if (goneReason(e, tab)?.kind === 'stored') return false;
  if (e.stored && e.stored.by !== tab) return false;
  const { removed } = e;
  return !(removed && removed[1] !== tab && compareRevisions(removed, latestWrite(e)) > 0);
}

/** Points an undo or redo passed over, by why they could not be changed back. */
export interface SkippedPoints {
  /** Stored by a submit (in any tab): never staged again by undo/redo. */
  stored: number;
  /** Deleted in another tab after this tab's change. */
  deletedElsewhere: number;
}

export const NO_SKIPPED: SkippedPoints = { stored: 0, deletedElsewhere: 0 };

/**
 * Count the annotations `ids` (those an undo or redo step touched, duplicates allowed) that are
 * not staged in `doc` because they are stored, or because another tab deleted them: what the
 * step could not change back, seen from tab `tab`.
 */
export function skippedPoints(doc: DraftDoc, ids: Iterable<string>, tab: string): SkippedPoints {
  let stored = 0;
  let deletedElsewhere = 0;
  for (const id of new Set(ids)) {
    const reason = goneReason(doc.get(id), tab);
    if (reason?.kind === 'stored') stored++;
    else if (reason?.kind === 'deleted' && !reason.byThisTab) deletedElsewhere++;
  }
  return { stored, deletedElsewhere };
}

/**
 * Where an annotation that left the list would stand in `live` (the staged list, in draft
 * order): the number of live annotations created before it. Binary search: O(log n).
 */
export function insertionIndex(doc: DraftDoc, live: readonly StagedAnnotation[], id: string) {
  const pos = doc.get(id)?.pos;
  if (!pos) return live.length;
  let lo = 0;
  let hi = live.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = doc.get((live[mid] as StagedAnnotation).localId)?.pos;
    if (at && comparePos(at, pos) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An annotation being edited that left the staged list: its last values, place and why. */
export interface DetachedRow {
  annotation: StagedAnnotation;
  /** Its place in the staged list as it is now (0-based). */
  index: number;
  reason: GoneReason;
}

/** The edited annotation `id` if it has left `live`; null while it is staged or unknown. */
export function detachedRow(
  doc: DraftDoc,
  live: readonly StagedAnnotation[],
  id: string,
  tab: string,
): DetachedRow | null {
  const e = doc.get(id);
  const reason = goneReason(e, tab);
  if (!e || !reason) return null;
  return { annotation: e.a, index: insertionIndex(doc, live, id), reason };
}

/**
 * The action that saves an edit of `id`: an update while it is staged; when it left the list
 * meanwhile (deleted or stored, in any tab), the annotation brought back with the edit (a stored
 * one then corrects its record on the next submit). Null when the draft does not know it.
 */
export function saveEditAction(
  doc: DraftDoc,
  id: string,
  changes: StagedAnnotationChanges,
): StagingAction | null {
  const e = doc.get(id);
  if (!e) return null;
  if (isLive(e)) return { type: 'update', localId: id, changes };
  return { type: 'add', annotations: [{ ...e.a, ...changes, localId: id }] };
}

/**
 * The annotations a merge took off the staged list because a submit stored them: staged in
 * `before`, not in `after`, with a stored mark `before` did not have. Their last values, in
 * `ids` order.
 */
export function storedByMerge(
  before: DraftDoc,
  after: DraftDoc,
  ids: readonly string[],
): StagedAnnotation[] {
  const stored: StagedAnnotation[] = [];
  for (const id of ids) {
    const was = before.get(id);
    const now = after.get(id);
    if (!was || !now || !isLive(was) || isLive(now)) continue;
    if (goneReason(now, '')?.kind !== 'stored') continue;
    if (was.stored && now.stored && compareRevisions(was.stored.rev, now.stored.rev) === 0)
      continue;
    stored.push(now.a);
  }
  return stored;
}
