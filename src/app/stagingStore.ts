/**
 * Staged annotations per physical sample, outside React, persisted to localStorage (drafts
 * over LOCAL_DRAFT_MAX annotations: to IndexedDB, with a marker in localStorage).
 *
 * It lives outside any component so a submit that finishes after the user switched samples can
 * still unstage what it stored (the mutation's options call `dispatch` with the sample id).
 * Drafts are validated with zod on load; a corrupt draft is set aside under another key and
 * reported, never thrown.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod';
import {
  type History,
  type HistoryAction,
  initialHistory,
  withHistory,
} from '../domain/staging/history';
import { type StagingAction, stagingReducer } from '../domain/staging/reducer';
import { EMPTY_STAGING, StagedAnnotation, type StagingState } from '../domain/staging/staged';
import { type DraftOverflow, indexedDbOverflow } from './draftOverflow';

const DRAFT_PREFIX = 'wafer-annotator:draft:';
const DraftSchema = z.object({ version: z.literal(1), annotations: z.array(StagedAnnotation) });
/** What localStorage holds for a draft kept in the overflow store (IndexedDB). */
const OverflowMarker = z.object({
  version: z.literal(1),
  overflow: z.literal(true),
  count: z.number(),
  savedAt: z.string(),
});

/**
 * Drafts of more annotations than this are kept in the overflow store (IndexedDB) when there is
 * one: localStorage holds about 5 MB, some 20,000 annotations, and writing it blocks the page.
 */
export const LOCAL_DRAFT_MAX = 2000;

export interface DraftNotice {
  kind: 'corrupt' | 'save-failed' | 'loading';
  message: string;
}

interface Entry {
  history: History<StagingState>;
  notice: DraftNotice | null;
}

const SAVE_FAILED: DraftNotice = {
  kind: 'save-failed',
  message:
    'The draft could not be saved in this browser (storage full or blocked). Staged points are kept while this page stays open.',
};

/** Undo/redo lives for the page's life only; the draft (present state) is what persists. */
const reduce = withHistory(stagingReducer, { resets: (a) => a.type === 'replace' });

type Listener = () => void;

export class StagingStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Map<string, Set<Listener>>();

  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `saveDelayMs` > 0 writes drafts after that delay, coalescing bursts of changes, so a change
   * never waits for a large draft to be serialised (call `flush` before the page goes away).
   * 0 writes synchronously.
   */
  /** Samples whose draft is (or may be) in the overflow store. */
  private readonly overflowed = new Set<string>();
  /** Per sample, the number of the latest save (an overflow save's marker must not undo it). */
  private readonly saveSeq = new Map<string, number>();
  /** Samples whose overflow draft is being read: nothing is saved for them until it is in. */
  private readonly loading = new Set<string>();

  constructor(
    private readonly storage: Storage,
    private readonly saveDelayMs = 0,
    /** Where drafts over LOCAL_DRAFT_MAX annotations (or too big for `storage`) go. */
    private readonly overflow: DraftOverflow | null = null,
  ) {}

  /** Write every pending draft now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const sampleId of [...this.dirty]) {
      // Saved once the stored draft is in, so a half-loaded state never replaces it.
      if (this.loading.has(sampleId)) continue;
      this.dirty.delete(sampleId);
      const entry = this.entries.get(sampleId);
      if (!entry) continue;
      const saveNotice = this.save(sampleId, entry.history.present);
      const notice = saveNotice ?? (entry.notice?.kind === 'corrupt' ? entry.notice : null);
      if (notice !== entry.notice) {
        this.entries.set(sampleId, { ...entry, notice });
        this.emit(sampleId);
      }
    }
  }

  /** Current staged state of a sample (loaded from storage on first use). */
  getState(sampleId: string): StagingState {
    return this.entry(sampleId).history.present;
  }

  /** The sample's undo/redo history (its `present` is `getState`). */
  getHistory(sampleId: string): History<StagingState> {
    return this.entry(sampleId).history;
  }

  /** Last problem reading or writing this sample's draft, if any. */
  getNotice(sampleId: string): DraftNotice | null {
    return this.entry(sampleId).notice;
  }

  dismissNotice(sampleId: string): void {
    const entry = this.entry(sampleId);
    if (!entry.notice) return;
    this.entries.set(sampleId, { ...entry, notice: null });
    this.emit(sampleId);
  }

  /** Apply an action (or undo/redo) to a sample's staged annotations, persist, and notify. */
  dispatch(sampleId: string, action: HistoryAction<StagingAction>): void {
    const entry = this.entry(sampleId);
    const history = reduce(entry.history, action);
    if (history === entry.history) return;
    this.entries.set(sampleId, { ...entry, history });
    if (history.present !== entry.history.present) {
      this.dirty.add(sampleId);
      if (this.saveDelayMs <= 0) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.saveDelayMs);
    }
    this.emit(sampleId);
  }

  subscribe(sampleId: string, listener: Listener): () => void {
    const set = this.listeners.get(sampleId) ?? new Set();
    set.add(listener);
    this.listeners.set(sampleId, set);
    return () => set.delete(listener);
  }

  /** Re-read a sample's draft after another tab changed it (the `storage` event). */
  reload(sampleId: string): void {
    // Local changes not yet written win; they overwrite the other tab's draft when flushed.
    if (this.dirty.has(sampleId)) return;
    this.entries.delete(sampleId);
    this.emit(sampleId);
  }

  private entry(sampleId: string): Entry {
    let entry = this.entries.get(sampleId);
    if (!entry) {
      entry = this.load(sampleId);
      this.entries.set(sampleId, entry);
    }
    return entry;
  }

  private load(sampleId: string): Entry {
    const key = DRAFT_PREFIX + sampleId;
    const raw = this.storage.getItem(key);
    if (raw === null) return { history: initialHistory(EMPTY_STAGING), notice: null };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const marker = OverflowMarker.safeParse(json);
    if (marker.success) {
      this.overflowed.add(sampleId);
      if (!this.overflow) {
        return {
          history: initialHistory(EMPTY_STAGING),
          notice: {
            kind: 'corrupt',
            message:
              "This sample's draft is kept in this browser's IndexedDB, which is not available here; it is left in place.",
          },
        };
      }
      this.loadOverflow(sampleId, this.overflow);
      return {
        history: initialHistory(EMPTY_STAGING),
        notice: {
          kind: 'loading',
          message: `Loading the saved draft (${marker.data.count} annotations)…`,
        },
      };
    }
    const parsed = DraftSchema.safeParse(json);
    if (parsed.success) {
      return { history: initialHistory({ annotations: parsed.data.annotations }), notice: null };
    }
    // Keep the unreadable draft so nothing is lost, and start empty.
    const asideKey = `${DRAFT_PREFIX}corrupt:${sampleId}:${new Date().toISOString()}`;
    let where = `It was kept in localStorage under "${asideKey}".`;
    try {
      this.storage.setItem(asideKey, raw);
      this.storage.removeItem(key);
    } catch {
      where = 'It could not be copied aside and is left in place.';
    }
    return {
      history: initialHistory(EMPTY_STAGING),
      notice: {
        kind: 'corrupt',
        message: `The saved draft for this sample could not be read, so it was set aside. ${where}`,
      },
    };
  }

  /**
   * Read a draft from the overflow store. Points staged meanwhile are kept after the loaded ones;
   * until it is in, nothing is saved for the sample (a partial state must not replace it).
   */
  private loadOverflow(sampleId: string, overflow: DraftOverflow): void {
    this.loading.add(sampleId);
    const finish = (annotations: StagingState['annotations'], notice: DraftNotice | null) => {
      this.loading.delete(sampleId);
      const current = this.entries.get(sampleId)?.history.present.annotations ?? [];
      const known = new Set(annotations.map((a) => a.localId));
      const added = current.filter((a) => !known.has(a.localId));
      this.entries.set(sampleId, {
        history: initialHistory({ annotations: [...annotations, ...added] }),
        notice,
      });
      if (added.length > 0 || this.dirty.has(sampleId)) {
        this.dirty.add(sampleId);
        if (this.saveDelayMs <= 0) this.flush();
        else this.timer ??= setTimeout(() => this.flush(), this.saveDelayMs);
      }
      this.emit(sampleId);
    };
    overflow.load(sampleId).then(
      (value) => {
        const parsed = DraftSchema.safeParse(value);
        if (parsed.success) return finish(parsed.data.annotations, null);
        finish([], {
          kind: 'corrupt',
          message:
            value === undefined
              ? 'The large draft saved for this sample was not found (the page may have closed while saving it).'
              : 'The large draft saved for this sample could not be read; it is left in IndexedDB.',
        });
      },
      (e: unknown) =>
        finish([], {
          kind: 'corrupt',
          message: `The large draft saved for this sample could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
        }),
    );
  }

  private save(sampleId: string, state: StagingState): DraftNotice | null {
    const key = DRAFT_PREFIX + sampleId;
    const { annotations } = state;
    const overflow = this.overflow;
    const wasOverflowed = this.overflowed.has(sampleId);
    this.saveSeq.set(sampleId, (this.saveSeq.get(sampleId) ?? 0) + 1);
    try {
      if (annotations.length === 0) {
        this.storage.removeItem(key);
        if (overflow && wasOverflowed) this.dropOverflow(sampleId, overflow);
        return null;
      }
      if (!overflow || annotations.length <= LOCAL_DRAFT_MAX) {
        this.storage.setItem(key, JSON.stringify({ version: 1, annotations }));
        if (overflow && wasOverflowed) this.dropOverflow(sampleId, overflow);
        return null;
      }
    } catch {
      if (!overflow) return SAVE_FAILED;
      // Too big for localStorage after all: the overflow store takes it.
    }
    // The marker is written once the draft is in IndexedDB, so a marker always points at a
    // complete draft; a later save (another marker, or a small draft) wins over this one.
    const seq = (this.saveSeq.get(sampleId) ?? 0) + 1;
    this.saveSeq.set(sampleId, seq);
    this.overflowed.add(sampleId);
    overflow.save(sampleId, { version: 1, annotations }).then(
      () => {
        if (this.saveSeq.get(sampleId) !== seq) return;
        try {
          const marker = { version: 1, overflow: true, count: annotations.length };
          this.storage.setItem(
            key,
            JSON.stringify({ ...marker, savedAt: new Date().toISOString() }),
          );
          this.setNotice(sampleId, (n) => (n?.kind === 'save-failed' ? null : n));
        } catch {
          this.setNotice(sampleId, () => SAVE_FAILED);
        }
      },
      () => this.setNotice(sampleId, () => SAVE_FAILED),
    );
    return null;
  }

  private dropOverflow(sampleId: string, overflow: DraftOverflow): void {
    this.overflowed.delete(sampleId);
    overflow.remove(sampleId).catch(() => undefined);
  }

  private setNotice(sampleId: string, next: (n: DraftNotice | null) => DraftNotice | null): void {
    const entry = this.entries.get(sampleId);
    if (!entry) return;
    const notice = next(entry.notice);
    if (notice === entry.notice) return;
    this.entries.set(sampleId, { ...entry, notice });
    this.emit(sampleId);
  }

  private emit(sampleId: string): void {
    for (const listener of this.listeners.get(sampleId) ?? []) listener();
  }

  /** The storage key of a sample's draft (for the `storage` event). */
  static sampleIdOfKey(key: string | null): string | null {
    if (!key?.startsWith(DRAFT_PREFIX) || key.startsWith(`${DRAFT_PREFIX}corrupt:`)) return null;
    return key.slice(DRAFT_PREFIX.length);
  }
}

export const stagingStore = new StagingStore(
  typeof localStorage === 'undefined' ? (undefined as unknown as Storage) : localStorage,
  250,
  indexedDbOverflow(),
);

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    const sampleId = StagingStore.sampleIdOfKey(event.key);
    if (sampleId) stagingStore.reload(sampleId);
  });
  // Pending drafts are written before the page is hidden, closed or reloaded.
  window.addEventListener('pagehide', () => stagingStore.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') stagingStore.flush();
  });
}

/** Staged annotations of one sample, and a dispatch bound to it. */
export function useStaging(sampleId: string, store: StagingStore = stagingStore) {
  const subscribe = useCallback((l: Listener) => store.subscribe(sampleId, l), [store, sampleId]);
  const history = useSyncExternalStore(subscribe, () => store.getHistory(sampleId));
  const notice = useSyncExternalStore(subscribe, () => store.getNotice(sampleId));
  const dispatch = useCallback(
    (action: HistoryAction<StagingAction>) => store.dispatch(sampleId, action),
    [store, sampleId],
  );
  const dismissNotice = useCallback(() => store.dismissNotice(sampleId), [store, sampleId]);
  return {
    annotations: history.present.annotations,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    dispatch,
    notice,
    dismissNotice,
  };
}
