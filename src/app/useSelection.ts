/** Selected staged annotations (view state), kept in step between the map and the table. */
import { useCallback, useState } from 'react';
import type { SelectMode } from '../canvas/useMapPointer';

export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = useCallback((ids: string[], mode: SelectMode) => {
    setSelected((old) => {
      if (mode === 'replace') return new Set(ids);
      const next = new Set(old);
      for (const id of ids) {
        if (mode === 'toggle' && next.has(id)) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);
  /** Drop ids that no longer exist (deleted, submitted or undone). */
  const prune = useCallback((existing: ReadonlySet<string>) => {
    setSelected((old) => {
      const kept = [...old].filter((id) => existing.has(id));
      return kept.length === old.size ? old : new Set(kept);
    });
  }, []);
  return { selected, select, prune };
}
