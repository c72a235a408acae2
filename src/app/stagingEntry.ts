/**
 * What the staging store keeps per sample (the shared draft, this tab's undo history and the
 * view derived from them), and the pure steps it takes on them.
 */
import {
  type DraftDoc,
  isLive,
  liveAnnotations,
  type StoredMark,
} from '../domain/staging/draftDoc';
import { mayRestore, type SkippedPoints, skippedPoints } from '../domain/staging/gone';
import {
  type AnnotationChange,
  diffStaged,
  markStored,
  type StoredAnnotation,
} from '../domain/staging/localChanges';
import {
  applyPatch,
  EMPTY_LOCAL_HISTORY,
  type LocalHistory,
  type Restore,
  takeRedo,
  takeUndo,
} from '../domain/staging/localHistory';
import type { StagedAnnotation } from '../domain/staging/staged';
import type { DraftLoad, DraftNotice } from './draftRepository';

/** What a view of a sample shows: the staged list, undo/redo, and stored ones edited since. */
export interface StagingView {
  annotations: StagedAnnotation[];
  canUndo: boolean;
  canRedo: boolean;
  /** Staged annotations that a submit stored and that were edited since (or brought back). */
  storedEdited: ReadonlyMap<string, StoredMark>;
}

export interface SampleEntry {
  doc: DraftDoc;
  view: StagingView;
  history: LocalHistory;
  notice: DraftNotice | null;
  /** The stored draft is still being read (IndexedDB): nothing is saved until it is in. */
  loading: boolean;
}

/** The view of `annotations` (live ones of `doc`, in order) with `history`. */
export function viewOf(
  doc: DraftDoc,
  annotations: StagedAnnotation[],
  history: LocalHistory,
): StagingView {
  const storedEdited = new Map<string, StoredMark>();
  for (const a of annotations) {
    const mark = doc.get(a.localId)?.stored;
    if (mark) storedEdited.set(a.localId, mark);
  }
  const { undo, redo } = history;
  return { annotations, canUndo: undo.length > 0, canRedo: redo.length > 0, storedEdited };
}

/** A sample's entry as first read from the repository. */
export function entryFromLoad(load: DraftLoad): SampleEntry {
  return {
    doc: load.doc,
    view: viewOf(load.doc, liveAnnotations(load.doc), EMPTY_LOCAL_HISTORY),
    history: EMPTY_LOCAL_HISTORY,
    notice: load.notice,
    loading: !!load.later,
  };
}

/**
 * What undo/redo may bring back in tab `tab`: an annotation's latest values in the draft (edits
 * from other tabs included), never an annotation another tab stored or deleted (`mayRestore`).
 */
export function restorer(doc: DraftDoc, tab: string): Restore {
  return (localId, wanted) => {
    const e = doc.get(localId);
    if (!e) return wanted;
    return mayRestore(e, tab) ? { ...e.a, localId } : null;
  };
}

/**
 * One undo or redo step of `entry`: the changes, the list after them, the history, and the
 * points passed over (`skipped`: stored, or deleted in another tab, so not changed back); or
 * null when there is no step. A step that can no longer change anything (its points were stored
 * or deleted elsewhere since) is dropped and the next one taken, so undo never appears to do
 * nothing; when every step is such, the result has no changes and the emptied history.
 */
export function historyStep(
  entry: SampleEntry,
  direction: 'undo' | 'redo',
  tab: string,
): {
  changes: AnnotationChange[];
  next: StagedAnnotation[];
  history: LocalHistory;
  skipped: SkippedPoints;
} | null {
  const current = entry.view.annotations;
  const restore = restorer(entry.doc, tab);
  const touched: string[] = [];
  const skipped = () => skippedPoints(entry.doc, touched, tab);
  let history = entry.history;
  for (;;) {
    const step = direction === 'undo' ? takeUndo(history) : takeRedo(history);
    if (!step) {
      if (history === entry.history) return null;
      return { changes: [], next: current, history, skipped: skipped() };
    }
    for (const change of step.patch) touched.push(change.id);
    const next = applyPatch(current, step.patch, direction, restore);
    const changes = diffStaged(current, next);
    if (changes.length > 0) return { changes, next, history: step.history, skipped: skipped() };
    history =
      direction === 'undo'
        ? { undo: history.undo.slice(0, -1), redo: history.redo }
        : { undo: history.undo, redo: history.redo.slice(1) };
  }
}

/**
 * `entry` after a submit stored `stored`: the draft with their marks and the staged list without
 * the versions stored. No undo step is recorded: what is stored is never staged again by undo or
 * redo (`mayRestore`); this tab's earlier steps on those points are skipped when reached.
 */
export function storedStep(entry: SampleEntry, stored: readonly StoredAnnotation[]) {
  const result = markStored(entry.doc, stored);
  const current = entry.view.annotations;
  const annotations = current.filter((a) => {
    const e = result.doc.get(a.localId);
    return !e || isLive(e);
  });
  return { ...result, annotations, history: entry.history };
}
