/**
 * State kept in localStorage and validated with zod on the way back in. A missing, unreadable or
 * invalid stored value falls back to `initial` (never throws); a failed write keeps the value in
 * memory for this page and is reported in `storageNotices` (shown at the top of the page).
 */
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { settingNotSaved, storageNotices } from './storageNotices';

/** Read `key` from localStorage through `schema`; null when absent or invalid. */
export function readStored<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write `value` as JSON under `key`; false when the browser refused (full or blocked). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * `useState` persisted under `key`. Mount the owner with a React `key` per sample when `key`
 * depends on the sample, so a new sample starts from its own stored value.
 */
export function usePersistentState<T>(key: string, schema: z.ZodType<T>, initial: () => T) {
  const [value, setValue] = useState<T>(() => readStored(key, schema) ?? initial());
  const update = useCallback(
    (next: T | ((old: T) => T)) => {
      setValue((old) => {
        const resolved = typeof next === 'function' ? (next as (old: T) => T)(old) : next;
        const saved = writeStored(key, resolved);
        // Told after this render (the updater may run while React renders).
        queueMicrotask(() =>
          saved ? storageNotices.clear(key) : storageNotices.report(key, settingNotSaved(key)),
        );
        return resolved;
      });
    },
    [key],
  );
  return [value, update] as const;
}
