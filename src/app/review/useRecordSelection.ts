/**
 * Which stored records are selected in the review (view state), kept in step between the map
 * and the "Annotations" table, with the requests that go with a selection: centre the map on a
 * record chosen in the table, scroll the table to a record picked on the map.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpatialAnnotation } from '../../api/schemas';
import type { FocusRequest } from '../../canvas/SampleMap';
import type { PointMm } from '../../domain/geometry/point';

/** 'replace' selects exactly the ids given; 'toggle' flips each of them. */
export type RecordSelectMode = 'replace' | 'toggle';

/** Ask the table to bring a row into view; a new nonce repeats the request. */
export interface ScrollRequest {
  id: string;
  nonce: number;
}

/** Selected record ids (pruned to the records that exist), with centre/scroll requests. */
export function useRecordSelection(
  records: readonly SpatialAnnotation[],
  pointById: ReadonlyMap<string, PointMm>,
) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [scrollTo, setScrollTo] = useState<ScrollRequest | null>(null);
  const nonce = useRef(0);

  // Deleted (or no longer listed) records leave the selection. Nothing to look up while nothing
  // is selected (100,000 records arriving need no set of their ids).
  useEffect(() => {
    setSelected((old) => {
      if (old.size === 0) return old;
      const ids = new Set(records.map((r) => r.id));
      const kept = [...old].filter((id) => ids.has(id));
      return kept.length === old.size ? old : new Set(kept);
    });
  }, [records]);

  const select = useCallback((ids: string[], mode: RecordSelectMode) => {
    setSelected((old) => {
      if (mode === 'replace') return new Set(ids);
      const next = new Set(old);
      for (const id of ids) {
        if (next.has(id)) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

  /** Chosen in the table: select it alone and centre the map on it. */
  const showOnMap = useCallback(
    (id: string) => {
      setSelected(new Set([id]));
      const p = pointById.get(id);
      nonce.current += 1;
      if (p) setFocus({ ...p, nonce: nonce.current });
    },
    [pointById],
  );

  /** Picked on the map: select it alone and bring its row into view. */
  const showInTable = useCallback((id: string) => {
    setSelected(new Set([id]));
    nonce.current += 1;
    setScrollTo({ id, nonce: nonce.current });
  }, []);

  return { selected, select, focus, scrollTo, showOnMap, showInTable };
}
