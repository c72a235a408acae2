/**
 * The entry form's fields for one sample. Property names, units and the source carry over between
 * points and are remembered per sample; coordinates and values are per point (memory only).
 */
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { EntryFields } from '../domain/staging/entry';
import { usePersistentState } from './persistent';

const Remembered = z.object({
  source: z.string(),
  properties: z.array(z.object({ property: z.string(), unit: z.string() })).min(1),
});
type Remembered = z.infer<typeof Remembered>;

const EMPTY: Remembered = { source: '', properties: [{ property: '', unit: '' }] };

export function useEntryFields(sampleId: string) {
  const [remembered, setRemembered] = usePersistentState(
    `wafer-annotator:entry:${sampleId}`,
    Remembered,
    () => EMPTY,
  );
  const [point, setPoint] = useState({ x: '', y: '' });
  const [values, setValues] = useState<string[]>([]);

  const fields: EntryFields = useMemo(
    () => ({
      ...point,
      source: remembered.source,
      properties: remembered.properties.map((p, i) => ({ ...p, value: values[i] ?? '' })),
    }),
    [point, remembered, values],
  );

  const update = useCallback(
    (next: EntryFields) => {
      setPoint({ x: next.x, y: next.y });
      setValues(next.properties.map((p) => p.value));
      setRemembered({
        source: next.source,
        properties: next.properties.map(({ property, unit }) => ({ property, unit })),
      });
    },
    [setRemembered],
  );
  /**
   * Empty the value boxes. With `onlyIf`, only when they still hold exactly those texts (values
   * shown for a site, not ones the user has typed since).
   */
  const clearValues = useCallback((onlyIf?: readonly string[]) => {
    setValues((current) =>
      onlyIf && (current.length !== onlyIf.length || current.some((v, i) => v !== onlyIf[i]))
        ? current
        : [],
    );
  }, []);
  return [fields, update, clearValues] as const;
}
