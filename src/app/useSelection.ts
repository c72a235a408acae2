/** Selected staged annotations (view state), kept in step between the map and the table. */
import { useCallback, useState } from 'react';
import { applySelection, pruneSelection, type SelectMode } from '../domain/staging/selection';

export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = useCallback((ids: string[], mode: SelectMode) => {
    setSelected((old) => applySelection(old, ids, mode));
  }, []);
  /** Drop ids that no longer exist (deleted, submitted or undone). */
  const prune = useCallback((existing: ReadonlySet<string>) => {
    setSelected((old) => pruneSelection(old, existing));
  }, []);
  return { selected, select, prune };
}
