/**
 * Reading an import source into text: pasted text as is, a file chunk by chunk (so progress can
 * be shown) and decoded by decodeImportBytes. Works on the main thread and in a worker.
 */
import { decodeImportBytes, looksBinary } from '../../io/decodeText';

export interface LoadedSource {
  text: string;
  /** Set when the file was not UTF-8 / UTF-16 and was read as Windows-1252. */
  encodingWarning: string | null;
}

/** Bytes read so far and in all. */
export type ReadProgress = (loaded: number, total: number) => void;

/**
 * Read `source`; for a File, `onProgress` is called after every chunk. Rejects on read errors and
 * for a binary file.
 */
export async function readSource(
  source: Blob | string,
  onProgress?: ReadProgress,
): Promise<LoadedSource> {
  if (typeof source === 'string') return { text: source, encodingWarning: null };
  const total = source.size;
  const bytes = new Uint8Array(total);
  let loaded = 0;
  const reader = source.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    onProgress?.(loaded, total);
  }
  if (looksBinary(bytes.subarray(0, loaded))) {
    throw new Error('This file contains binary data, so it is not a text table (CSV, TSV or TXT).');
  }
  const decoded = decodeImportBytes(bytes.subarray(0, loaded));
  return { text: decoded.text, encodingWarning: decoded.warning };
}
