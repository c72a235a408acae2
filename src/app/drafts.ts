/**
 * The page's staging store over the browser's draft storage, its start-up wiring (other tabs,
 * page hide) and the React hook that reads it. Nothing here listens to anything until
 * `startDraftSync` runs (from `main.tsx`).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { fieldRevision, type StagedField } from '../domain/staging/draftDoc';
import { detachedRow, saveEditAction } from '../domain/staging/gone';
import type { HistoryAction } from '../domain/staging/history';
import type { StagingAction } from '../domain/staging/reducer';
import type { StagedAnnotation, StagedAnnotationChanges } from '../domain/staging/staged';
import { indexedDbOverflow } from './draftOverflow';
import { browserDraftRepository, type TabChannel } from './draftRepository';
import { StagingStore } from './stagingStore';

/** Name of the BroadcastChannel between the tabs of this app. */
export const DRAFT_CHANNEL = 'wafer-annotator:drafts';

/** The channel to other tabs, opened on first use; null where BroadcastChannel is missing. */
function lazyChannel(): TabChannel {
  let channel: BroadcastChannel | null | undefined;
  const open = () => {
    channel ??=
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DRAFT_CHANNEL);
    return channel;
  };
  return {
    postMessage: (message) => open()?.postMessage(message),
    addEventListener: (type, l) => open()?.addEventListener(type, l),
    removeEventListener: (type, l) => open()?.removeEventListener(type, l),
  };
}

/** This page's staging store, over localStorage, IndexedDB and the channel between tabs. */
export const stagingStore = new StagingStore(
  browserDraftRepository({
    storage: globalThis.localStorage,
    overflow: indexedDbOverflow(),
    channel: lazyChannel(),
    events: typeof window === 'undefined' ? null : window,
  }),
  { saveDelayMs: 250 },
);

/**
 * Start sharing drafts with other tabs and writing them before the page goes away. Returns the
 * function that stops it all (tests, hot reload).
 */
export function startDraftSync(
  store: StagingStore = stagingStore,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  } = window,
): () => void {
  const disconnect = store.connect();
  const onHide = () => void store.flush();
  const onVisibility = () => {
    // Pending drafts are written before the page is hidden; on return, anything missed while
    // the page was frozen is read from storage.
    if (win.document.visibilityState === 'hidden') void store.flush();
    else void store.refreshAll();
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    disconnect();
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Staged annotations of one sample, and a dispatch bound to it. */
export function useStaging(sampleId: string, store: StagingStore = stagingStore) {
  const subscribe = useCallback((l: () => void) => store.subscribe(sampleId, l), [store, sampleId]);
  const view = useSyncExternalStore(subscribe, () => store.getView(sampleId));
  const notice = useSyncExternalStore(subscribe, () => store.getNotice(sampleId));
  const dispatch = useCallback(
    (action: HistoryAction<StagingAction>) => store.dispatch(sampleId, action),
    [store, sampleId],
  );
  const dismissNotice = useCallback(() => store.dismissNotice(sampleId), [store, sampleId]);
  /** The annotation `localId` being edited, if it left the staged list (see detachedRow). */
  const detached = useCallback(
    (localId: string) =>
      detachedRow(store.getDoc(sampleId), store.getView(sampleId).annotations, localId, store.tab),
    [store, sampleId],
  );
  /** Save an edit of `localId`, bringing it back if it left the list (see saveEditAction). */
  const saveEdit = useCallback(
    (localId: string, changes: StagedAnnotationChanges) => {
      const action = saveEditAction(store.getDoc(sampleId), localId, changes);
      return action ? store.dispatch(sampleId, action) : false;
    },
    [store, sampleId],
  );
  /** True when `field` of `localId` was last written by another tab. */
  const writtenElsewhere = useCallback(
    (localId: string, field: StagedField) => {
      const e = store.getDoc(sampleId).get(localId);
      return !!e && fieldRevision(e, field)[1] !== store.tab;
    },
    [store, sampleId],
  );
  const onStoredElsewhere = useCallback(
    (listener: (stored: StagedAnnotation[]) => void) => store.onStoredElsewhere(sampleId, listener),
    [store, sampleId],
  );
  return {
    annotations: view.annotations,
    canUndo: view.canUndo,
    canRedo: view.canRedo,
    storedEdited: view.storedEdited,
    /** Apply an action; false when the staged list did not change. */
    dispatch,
    notice,
    dismissNotice,
    detached,
    saveEdit,
    /** Listen for annotations another tab's submit stored (see StagingStore). */
    onStoredElsewhere,
    writtenElsewhere,
    /** What the last undo or redo passed over (stored, or deleted in another tab). */
    lastSkipped: () => store.lastSkipped(sampleId),
  };
}
