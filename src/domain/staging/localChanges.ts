/**
 * Turning a tab's own changes into draft entries: the staged list before and after an action is
 * compared per annotation, and what changed is written into the shared draft at one new revision
 * (so other tabs merge exactly those writes). Submits mark the version they stored.
 */
import {
  type DraftDoc,
  type DraftEntry,
  isLive,
  mergeEntry,
  STAGED_FIELDS,
  type StagedField,
  type StoredMark,
} from './draftDoc';
import { compareRevisions, laterOptional, type Revision } from './revision';
import type { StagedAnnotation } from './staged';

/** One annotation's change: before and after (null: not staged). */
export interface AnnotationChange {
  id: string;
  before: StagedAnnotation | null;
  after: StagedAnnotation | null;
}

/** Equal field values (numbers, strings, null, or JSON objects such as metadata and site). */
export const sameFieldValue = (x: unknown, y: unknown) =>
  Object.is(x, y) || JSON.stringify(x) === JSON.stringify(y);

/** The fields in which two versions of an annotation differ. */
export function changedFields(x: StagedAnnotation, y: StagedAnnotation): StagedField[] {
  return STAGED_FIELDS.filter((f) => !sameFieldValue(x[f], y[f]));
}

/**
 * What changed between two staged lists, per `localId`, in the order of `after` then removals.
 * Annotations the reducer left untouched are the same objects, so this is O(n) with no field
 * comparisons for them.
 */
export function diffStaged(
  before: readonly StagedAnnotation[],
  after: readonly StagedAnnotation[],
): AnnotationChange[] {
  const old = new Map(before.map((a) => [a.localId, a]));
  const changes: AnnotationChange[] = [];
  for (const a of after) {
    const b = old.get(a.localId) ?? null;
    old.delete(a.localId);
    if (b === a || (b && changedFields(b, a).length === 0)) continue;
    changes.push({ id: a.localId, before: b, after: a });
  }
  for (const [id, b] of old) changes.push({ id, before: b, after: null });
  return changes;
}

/**
 * Write a tab's changes into the draft at revision `rev` (fresh from the tab's clock): changed
 * fields get `rev`, new annotations are created at `rev` (in change order), removals get a
 * tombstone at `rev`, and an annotation brought back (undo of a delete) has every field written
 * at `rev`, so it outranks its tombstone. Returns the new draft and the entries written (what
 * other tabs need).
 */
export function applyLocalChanges(
  doc: DraftDoc,
  changes: readonly AnnotationChange[],
  rev: Revision,
): { doc: DraftDoc; entries: DraftEntry[] } {
  if (changes.length === 0) return { doc, entries: [] };
  const next = new Map(doc);
  const entries: DraftEntry[] = [];
  let created = 0;
  for (const { id, after } of changes) {
    const e = next.get(id);
    let written: DraftEntry | null = null;
    if (!after) {
      if (e) written = { ...e, removed: laterOptional(e.removed, rev) };
    } else if (!e) {
      written = { a: after, pos: [rev[0], rev[1], created++] };
    } else {
      const fields = isLive(e) ? changedFields(e.a, after) : STAGED_FIELDS;
      if (fields.length > 0) {
        const revs = { ...e.revs };
        for (const f of fields) revs[f] = rev;
        written = { ...e, a: { ...after, localId: id }, revs };
      }
    }
    if (written) {
      next.set(id, written);
      entries.push(written);
    }
  }
  return { doc: next, entries };
}

/** A submit's record of one stored annotation. */
export interface StoredAnnotation {
  localId: string;
  mark: StoredMark;
}

/**
 * Mark annotations as stored at the version that was sent (`mark.rev`). Those not edited since
 * leave the staged list; those edited since (in any tab) stay staged with the mark, so the next
 * submit corrects the stored record instead of storing it again. Returns the new draft, the
 * entries written, the ids that stay staged, and the ids deleted (in any tab) after the version
 * sent: stored anyway, which the user should be told.
 */
export function markStored(
  doc: DraftDoc,
  stored: readonly StoredAnnotation[],
): { doc: DraftDoc; entries: DraftEntry[]; editedSince: string[]; deletedSince: string[] } {
  const next = new Map(doc);
  const entries: DraftEntry[] = [];
  const editedSince: string[] = [];
  const deletedSince: string[] = [];
  for (const { localId, mark } of stored) {
    const e = next.get(localId);
    if (!e) continue;
    // Merged, so an earlier submit's later mark (a correction) is never replaced by this one;
    // without an earlier mark the merge is the entry with this mark, written directly.
    const written = e.stored ? mergeEntry(e, { ...e, stored: mark }) : { ...e, stored: mark };
    next.set(localId, written);
    entries.push(written);
    if (isLive(written)) editedSince.push(localId);
    else if (written.removed && compareRevisions(written.removed, mark.rev) > 0) {
      deletedSince.push(localId);
    }
  }
  return { doc: entries.length > 0 ? next : doc, entries, editedSince, deletedSince };
}
