/**
 * Where drafts too large for localStorage are kept: IndexedDB (through idb-keyval), which holds
 * hundreds of MB where localStorage holds about 5 MB. The staging store writes a small marker to
 * localStorage in their place, so it still knows a draft exists and other tabs still hear of
 * every change (the `storage` event).
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Asynchronous storage of one draft per sample (a structured-cloneable value). */
export interface DraftOverflow {
  load(sampleId: string): Promise<unknown>;
  save(sampleId: string, draft: unknown): Promise<void>;
  remove(sampleId: string): Promise<void>;
}

/** The browser's IndexedDB; null where there is none (tests under jsdom, old browsers). */
export function indexedDbOverflow(): DraftOverflow | null {
  if (typeof indexedDB === 'undefined') return null;
  let store: UseStore | null = null;
  const db = () => {
    store ??= createStore('wafer-annotator', 'drafts');
    return store;
  };
  return {
    load: (sampleId) => get(sampleId, db()),
    save: (sampleId, draft) => set(sampleId, draft, db()),
    remove: (sampleId) => del(sampleId, db()),
  };
}
