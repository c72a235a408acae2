/**
 * The entry form's fields for one sample. Property, unit and source carry over between points and
 * are remembered per sample; coordinates and value are per point.
 */
import { useCallback, useState } from 'react';
import { z } from 'zod';
import type { EntryFields } from '../domain/staging/entry';

const PREFIX = 'wafer-annotator:entry:';
const Remembered = z.object({ property: z.string(), unit: z.string(), source: z.string() });

function load(sampleId: string): EntryFields {
  const empty = { x: '', y: '', value: '', property: '', unit: '', source: '' };
  try {
    const parsed = Remembered.safeParse(
      JSON.parse(localStorage.getItem(PREFIX + sampleId) ?? 'null'),
    );
    return parsed.success ? { ...empty, ...parsed.data } : empty;
  } catch {
    return empty;
  }
}

export function useEntryFields(sampleId: string) {
  const [fields, setFields] = useState(() => load(sampleId));
  const update = useCallback(
    (next: EntryFields) => {
      setFields(next);
      try {
        const { property, unit, source } = next;
        localStorage.setItem(PREFIX + sampleId, JSON.stringify({ property, unit, source }));
      } catch {
        // Only a convenience; the form still works.
      }
    },
    [sampleId],
  );
  return [fields, update] as const;
}
