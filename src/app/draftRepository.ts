/**
 * Where drafts live, apart from the staging store that edits them: localStorage for drafts up to
 * LOCAL_DRAFT_MAX entries, IndexedDB (the overflow store) for larger ones, a BroadcastChannel to
 * tell other tabs of each change at once, and the `storage` event as the fallback (it also fires
 * for IndexedDB drafts, through their marker). Every save merges with what is stored, so a tab
 * never overwrites another tab's changes with an older copy.
 */

import {
  type DraftDoc,
  type DraftEntry,
  EMPTY_DRAFT,
  mergeDocs,
  pruneTombstones,
} from '../domain/staging/draftDoc';
import { counted } from '../domain/values/plural';
import {
  DRAFT_PREFIX,
  DraftMessage,
  decodeDraft,
  encodeDraft,
  OverflowMarker,
  parseJson,
  sampleIdOfKey,
} from './draftCodec';
import type { BrowserDraftEnv } from './draftEnv';
import type { DraftOverflow } from './draftOverflow';

export type { BrowserDraftEnv, StorageEvents, TabChannel } from './draftEnv';

export interface DraftNotice {
  kind: 'corrupt' | 'save-failed' | 'loading';
  message: string;
}

/** A draft as read: now, or (kept in IndexedDB) `later`. */
export interface DraftLoad {
  doc: DraftDoc;
  notice: DraftNotice | null;
  later?: Promise<{ doc: DraftDoc; notice: DraftNotice | null }>;
}

/** A change made in another tab: its entries, or "read the stored draft again". */
export type DraftChange =
  | { sampleId: string; entries: DraftEntry[] }
  | { sampleId: string; reload: true };

/** Storage of drafts per sample, and the channel between tabs. */
export interface DraftRepository {
  load(sampleId: string): DraftLoad;
  /**
   * Merge `doc` into the stored draft. A localStorage write happens before this returns (so it
   * is safe on `pagehide`); resolves with the problem, if any.
   */
  save(sampleId: string, doc: DraftDoc): Promise<DraftNotice | null>;
  /** Delete a sample's stored draft (e.g. the sample itself was deleted). */
  remove(sampleId: string): Promise<void>;
  /** Tell other tabs about entries just written (best effort; storage catches up). */
  publish(sampleId: string, entries: DraftEntry[]): void;
  /** Listen for other tabs' changes; returns the function that stops listening. */
  subscribe(listener: (change: DraftChange) => void): () => void;
}

/**
 * Drafts of more entries than this go to the overflow store (IndexedDB) when there is one:
 * localStorage holds about 5 MB, some 20,000 annotations, and writing it blocks the page.
 */
export const LOCAL_DRAFT_MAX = 2000;

/** Tombstones are kept this long, longer than any tab plausibly holds an older copy. */
export const TOMBSTONE_TTL_MS = 7 * 24 * 3600 * 1000;

export const SAVE_FAILED: DraftNotice = {
  kind: 'save-failed',
  message:
    'The draft could not be saved in this browser (storage full or blocked). Staged points are kept while this page stays open.',
};

const corrupt = (message: string): DraftNotice => ({ kind: 'corrupt', message });

/** The repository over browser storage (see the module comment). */
export function browserDraftRepository(env: BrowserDraftEnv): DraftRepository {
  const { storage, overflow } = env;
  const now = env.now ?? Date.now;
  /** Per sample, the number of the latest save: an older overflow save must not win. */
  const saveSeq = new Map<string, number>();
  const overflowed = new Set<string>();
  /** Per sample, the overflow save in progress: the next one waits, then reads what it wrote. */
  const overflowChain = new Map<string, Promise<unknown>>();

  const loadOverflow = async (sampleId: string, store: DraftOverflow) => {
    try {
      const value = await store.load(sampleId);
      const doc = decodeDraft(value);
      if (doc) return { doc, notice: null };
      return {
        doc: EMPTY_DRAFT,
        notice: corrupt(
          value === undefined
            ? 'The large draft saved for this sample was not found (the page may have closed while saving it).'
            : 'The large draft saved for this sample could not be read; it is left in IndexedDB.',
        ),
      };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        doc: EMPTY_DRAFT,
        notice: corrupt(`The large draft saved for this sample could not be loaded (${why}).`),
      };
    }
  };

  /**
   * Per sample, the overflow draft this tab wrote last and the marker it left. While that marker
   * is still in localStorage, no other tab has saved since, so IndexedDB holds that draft: a save
   * merges with it in memory instead of reading 10,000 entries back and decoding them again.
   */
  const written = new Map<string, { marker: string; doc: DraftDoc }>();

  /**
   * Per sample, the localStorage text this tab last read or wrote, and its draft: read again
   * unchanged (a refresh before each submit), it is not parsed and checked again.
   */
  const known = new Map<string, { raw: string; doc: DraftDoc }>();

  const load = (sampleId: string): DraftLoad => {
    const key = DRAFT_PREFIX + sampleId;
    const raw = storage.getItem(key);
    if (raw === null) return { doc: EMPTY_DRAFT, notice: null };
    const same = known.get(sampleId);
    if (same?.raw === raw) return { doc: same.doc, notice: null };
    const mine = written.get(sampleId);
    // Our own marker: IndexedDB holds the draft this tab wrote last (see `written`).
    if (mine?.marker === raw) return { doc: mine.doc, notice: null };
    const json = parseJson(raw);
    const marker = OverflowMarker.safeParse(json);
    if (marker.success) {
      overflowed.add(sampleId);
      if (!overflow) {
        return {
          doc: EMPTY_DRAFT,
          notice: corrupt(
            "This sample's draft is kept in this browser's IndexedDB, which is not available here; it is left in place.",
          ),
        };
      }
      return {
        doc: EMPTY_DRAFT,
        notice: {
          kind: 'loading',
          message: `Loading the saved draft (${counted(marker.data.count, 'annotation')})…`,
        },
        later: loadOverflow(sampleId, overflow),
      };
    }
    const doc = decodeDraft(json);
    if (doc) {
      known.set(sampleId, { raw, doc });
      return { doc, notice: null };
    }
    // Keep the unreadable draft so nothing is lost, and start empty.
    const asideKey = `${DRAFT_PREFIX}corrupt:${sampleId}:${new Date(now()).toISOString()}`;
    let where = `It was kept in localStorage under "${asideKey}".`;
    try {
      storage.setItem(asideKey, raw);
      storage.removeItem(key);
    } catch {
      where = 'It could not be copied aside and is left in place.';
    }
    return {
      doc: EMPTY_DRAFT,
      notice: corrupt(
        `The saved draft for this sample could not be read, so it was set aside. ${where}`,
      ),
    };
  };

  /** The draft stored in localStorage (not a marker), if readable. */
  const storedLocal = (sampleId: string) => {
    const raw = storage.getItem(DRAFT_PREFIX + sampleId);
    if (raw === null) return null;
    const same = known.get(sampleId);
    return same?.raw === raw ? same.doc : decodeDraft(parseJson(raw));
  };

  const saveOverflow = async (sampleId: string, doc: DraftDoc, store: DraftOverflow, seq = 0) => {
    overflowed.add(sampleId);
    const key = DRAFT_PREFIX + sampleId;
    const mine = written.get(sampleId);
    const unchanged = mine !== undefined && storage.getItem(key) === mine.marker;
    const stored = unchanged
      ? mine.doc
      : decodeDraft(await store.load(sampleId).catch(() => undefined));
    const merged = pruneTombstones(stored ? mergeDocs(stored, doc) : doc, now() - TOMBSTONE_TTL_MS);
    written.delete(sampleId);
    await store.save(sampleId, encodeDraft(merged));
    // The marker is written once the draft is in IndexedDB, so it always points at a complete
    // draft; a later save (another marker, or a small draft) wins over this one.
    if (saveSeq.get(sampleId) !== seq) return null;
    const marker = JSON.stringify({
      version: 2,
      overflow: true,
      count: merged.size,
      savedAt: new Date(now()),
      // Tells this save's marker from any other tab's, even one written in the same ms.
      save: crypto.randomUUID(),
    });
    storage.setItem(key, marker);
    written.set(sampleId, { marker, doc: merged });
    return null;
  };

  const save = (sampleId: string, doc: DraftDoc): Promise<DraftNotice | null> => {
    const key = DRAFT_PREFIX + sampleId;
    saveSeq.set(sampleId, (saveSeq.get(sampleId) ?? 0) + 1);
    const dropOverflow = () => {
      written.delete(sampleId);
      if (!overflow || !overflowed.delete(sampleId)) return;
      overflow.remove(sampleId).catch(() => undefined);
    };
    if (!overflow || doc.size <= LOCAL_DRAFT_MAX) {
      try {
        const stored = storedLocal(sampleId);
        const merged = pruneTombstones(
          stored ? mergeDocs(stored, doc) : doc,
          now() - TOMBSTONE_TTL_MS,
        );
        known.delete(sampleId);
        if (merged.size === 0) storage.removeItem(key);
        else {
          const raw = JSON.stringify(encodeDraft(merged));
          storage.setItem(key, raw);
          known.set(sampleId, { raw, doc: merged });
        }
        dropOverflow();
        return Promise.resolve(null);
      } catch {
        if (!overflow) return Promise.resolve(SAVE_FAILED);
        // Too big for localStorage after all: the overflow store takes it.
      }
    }
    const seq = saveSeq.get(sampleId);
    const previous = overflowChain.get(sampleId) ?? Promise.resolve();
    const saved = previous
      .then(() => saveOverflow(sampleId, doc, overflow, seq))
      .catch(() => SAVE_FAILED);
    overflowChain.set(sampleId, saved);
    return saved;
  };

  const publish = (sampleId: string, entries: DraftEntry[]) => {
    // A large change (an import) is not cloned into a message: other tabs read it from storage
    // when its save fires the `storage` event.
    if (entries.length === 0 || entries.length > LOCAL_DRAFT_MAX) return;
    try {
      env.channel?.postMessage({ type: 'draft', sampleId, entries } satisfies DraftMessage);
    } catch {
      // A closed channel: the storage event still carries the change once it is saved.
    }
  };

  const subscribe = (listener: (change: DraftChange) => void) => {
    const onMessage = (event: MessageEvent) => {
      const message = DraftMessage.safeParse(event.data);
      if (message.success) listener(message.data);
    };
    const onStorage = (event: StorageEvent) => {
      const sampleId = sampleIdOfKey(event.key);
      if (sampleId) listener({ sampleId, reload: true });
    };
    env.channel?.addEventListener('message', onMessage);
    env.events?.addEventListener('storage', onStorage);
    return () => {
      env.channel?.removeEventListener('message', onMessage);
      env.events?.removeEventListener('storage', onStorage);
    };
  };

  const remove = async (sampleId: string) => {
    saveSeq.set(sampleId, (saveSeq.get(sampleId) ?? 0) + 1);
    written.delete(sampleId);
    known.delete(sampleId);
    storage.removeItem(DRAFT_PREFIX + sampleId);
    overflowed.delete(sampleId);
    await overflow?.remove(sampleId);
  };

  return { load, save, remove, publish, subscribe };
}
