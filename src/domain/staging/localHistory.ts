/**
 * Undo/redo of one tab, kept as patches (what each change did per annotation) rather than
 * snapshots of the whole list: the staged list is shared with other tabs, and a snapshot would
 * undo their changes too. Undo applies a patch backwards to whatever the list is now:
 * - a field goes back only if it still holds the value this tab's change gave it (a later edit
 *   from another tab is never overwritten);
 * - an annotation comes back only if `restore` allows it (never one another tab stored);
 * - an annotation this tab added is removed.
 */
import { type AnnotationChange, changedFields, sameFieldValue } from './localChanges';
import type { StagedAnnotation } from './staged';

export type Patch = readonly AnnotationChange[];

/** One tab's undo and redo stacks of patches. */
export interface LocalHistory {
  /** Oldest first. */
  readonly undo: readonly Patch[];
  /** Next to redo first. */
  readonly redo: readonly Patch[];
}

export const EMPTY_LOCAL_HISTORY: LocalHistory = { undo: [], redo: [] };

/** Most undo steps kept; older ones are dropped. */
export const UNDO_LIMIT = 500;

/** History after a new change by this tab (redo is cleared); empty patches leave no step. */
export function recordChange(history: LocalHistory, patch: Patch): LocalHistory {
  if (patch.length === 0) return history;
  return { undo: [...history.undo, patch].slice(-UNDO_LIMIT), redo: [] };
}

/**
 * Decides what comes back when undo/redo re-adds an annotation that is not staged now: the
 * annotation to stage (e.g. its latest values in the shared draft), or null to leave it out.
 */
export type Restore = (localId: string, wanted: StagedAnnotation) => StagedAnnotation | null;

/**
 * `current` with `patch` applied backwards ('undo') or forwards ('redo'), by the rules above.
 * Restored annotations are appended; the caller puts them back in draft order.
 */
export function applyPatch(
  current: readonly StagedAnnotation[],
  patch: Patch,
  direction: 'undo' | 'redo',
  restore: Restore,
): StagedAnnotation[] {
  const byId = new Map(current.map((a) => [a.localId, a]));
  const restored: StagedAnnotation[] = [];
  for (const change of patch) {
    const from = direction === 'undo' ? change.after : change.before;
    const to = direction === 'undo' ? change.before : change.after;
    const now = byId.get(change.id);
    if (!to) {
      byId.delete(change.id);
    } else if (!from) {
      if (now) continue;
      const back = restore(change.id, to);
      if (back) restored.push(back);
    } else if (now) {
      const next: Record<string, unknown> = { ...now };
      let changed = false;
      for (const f of changedFields(from, to)) {
        // Changed since by someone else: their value stays.
        if (!sameFieldValue(now[f], from[f])) continue;
        next[f] = to[f];
        changed = true;
      }
      if (changed) byId.set(change.id, next as StagedAnnotation);
    }
  }
  const kept = current.flatMap((a) => {
    const b = byId.get(a.localId);
    return b ? [b] : [];
  });
  return restored.length > 0 ? [...kept, ...restored] : kept;
}

/** Take the last undo step: the patch to apply backwards and the history after it. */
export function takeUndo(history: LocalHistory): { patch: Patch; history: LocalHistory } | null {
  const patch = history.undo.at(-1);
  if (!patch) return null;
  return { patch, history: { undo: history.undo.slice(0, -1), redo: [patch, ...history.redo] } };
}

/** Take the next redo step: the patch to apply forwards and the history after it. */
export function takeRedo(history: LocalHistory): { patch: Patch; history: LocalHistory } | null {
  const [patch, ...rest] = history.redo;
  if (!patch) return null;
  return { patch, history: { undo: [...history.undo, patch], redo: rest } };
}
