/**
 * A staged row being edited that leaves the staged list meanwhile (deleted or stored, in this tab
 * or another): it stays in the table, in its place and in edit mode with what was typed, and a
 * notice says what happened. Save puts it back with the edit (`saveEdit` of the staging store),
 * Cancel drops it. Nothing the user typed is lost, and no stale edit row reopens later.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DetachedRow } from '../domain/staging/gone';
import type { StagedAnnotation } from '../domain/staging/staged';
import { entryMessages as say } from './entry/messages';

/** `staged` with `annotation` put back at `index` (clamped): the rows the table shows. */
export function withDetachedRow(
  staged: StagedAnnotation[],
  annotation: StagedAnnotation,
  index: number,
): StagedAnnotation[] {
  const at = Math.min(Math.max(0, index), staged.length);
  return [...staged.slice(0, at), annotation, ...staged.slice(at)];
}

/**
 * The rows the staged table shows and the notice about the row being edited. `detached` tells
 * whether an annotation left the list (useStaging's `detached`); the table reports its edits
 * through `onEditingChange`.
 */
export function useDetachedEdit(
  staged: StagedAnnotation[],
  detached: (localId: string) => DetachedRow | null,
) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<string | null>(null);
  const gone = editingId ? detached(editingId) : null;
  const annotation = gone?.annotation;
  const index = gone?.index;
  const rows = useMemo(
    () => (annotation && index !== undefined ? withDetachedRow(staged, annotation, index) : staged),
    [staged, annotation, index],
  );
  const onEditingChange = useCallback((id: string | null) => {
    setEditingId(id);
    if (id) setReplaced(null);
  }, []);
  return {
    rows,
    /** What happened to the row being edited, or null while it is staged. */
    notice: gone ? say.detachedEdit(gone.reason, gone.index + 1) : null,
    onEditingChange,
    /** What the last saved edit replaced (messages.replacedOnSave), until the next edit opens. */
    replaced,
    setReplaced,
  };
}
