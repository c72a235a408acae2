/**
 * Selection of staged annotations by id, as the map and the staged table change it together:
 * a click replaces the selection, Ctrl/Cmd-click toggles, a band with Ctrl/Cmd adds.
 */

/** How a selection gesture combines with the current selection. */
export type SelectMode = 'replace' | 'toggle' | 'add';

/**
 * The selection after a gesture picked `ids` with `mode`: 'replace' → exactly `ids`; 'add' →
 * `old` plus `ids`; 'toggle' → each of `ids` flips (in `old` → out, else in). Never mutates `old`.
 */
export function applySelection(
  old: ReadonlySet<string>,
  ids: readonly string[],
  mode: SelectMode,
): ReadonlySet<string> {
  if (mode === 'replace') return new Set(ids);
  const next = new Set(old);
  for (const id of ids) {
    if (mode === 'toggle' && next.has(id)) next.delete(id);
    else next.add(id);
  }
  return next;
}

/**
 * `old` without the ids that no longer exist (deleted, submitted or undone); `old` itself when
 * nothing was dropped, so a React state update with it is a no-op.
 */
export function pruneSelection(
  old: ReadonlySet<string>,
  existing: ReadonlySet<string>,
): ReadonlySet<string> {
  const kept = [...old].filter((id) => existing.has(id));
  return kept.length === old.size ? old : new Set(kept);
}
