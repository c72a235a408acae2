/** How big an import may be, when it is read off the main thread, and what pasted text is
 * called (kept here, apart from the parsers, so the page can name it without loading them). */

/** Label used as `source_file` for pasted text. */
export const PASTED_SOURCE = 'pasted table';

/** Largest file (or pasted text, in UTF-8 bytes) the importer takes: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * From this size (1 MB) files and pasted text are read and parsed in a Web Worker, so the page
 * keeps responding; below it the main thread is faster (no worker start-up).
 */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/** A byte count as people read it: `812 bytes`, `12.3 kB`, `62.9 MB` (powers of 1024). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a source of `bytes` cannot be imported (too big, or empty), as a sentence for the user;
 * null when its size is fine.
 */
export function importSizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `${name} is empty.`;
  if (bytes > MAX_IMPORT_BYTES) {
    return `${name} is ${formatBytes(bytes)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} the importer takes. Split it, or export fewer wafers or columns.`;
  }
  return null;
}
