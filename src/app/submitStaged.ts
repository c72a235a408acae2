/**
 * One tab's submit of a sample's staged annotations, under the sample's submit lock: it waits
 * for a submit in another tab, then reads the shared draft and the ledger fresh (so it sends only
 * what is still unstored), runs `runSubmit`, and marks what was stored in the shared draft (an
 * annotation edited meanwhile, in any tab, stays staged and is corrected next time). Plain
 * TypeScript with its browser parts injected, so two tabs can be tested side by side.
 */

import type { SpatialAnnotation } from '../api/schemas';
import {
  runSubmit,
  type StoredRef,
  type SubmitDeps,
  type SubmitOutcome,
  type SubmitProgress,
} from '../api/submit';
import { SubmitLedger } from '../api/submitLedger';
import type { SubmitFrame } from '../api/toRequest';
import type { StoredAnnotation } from '../domain/staging/localChanges';
import type { StagedAnnotation } from '../domain/staging/staged';
import { FrameBatch, type FrameScheduler } from './frameBatch';
import type { StagingStore } from './stagingStore';
import { type SubmitLockEnv, withSubmitLock } from './submitLock';

export interface SubmitRequest {
  sampleId: string;
  target: SubmitFrame;
  chunkSize: number;
  tokens: boolean;
  /** Send even though the resubmit ledger cannot be saved (the user chose to). */
  withoutLedger?: boolean;
  /** Which staged annotations may be sent (e.g. inside the outline); others stay staged. */
  accept?: (a: StagedAnnotation) => boolean;
}

export interface TabSubmitOutcome extends SubmitOutcome {
  /** Stored, but edited (in some tab) while in flight: still staged, corrected next time. */
  editedInFlight: number;
  /** Stored, but deleted from the staged list (in some tab) while in flight. */
  deletedInFlight: number;
  /** Nothing was left to send when the lock was ours (another tab stored it all). */
  nothingLeft: boolean;
  /** Staged annotations left out by `accept`. */
  leftOut: number;
}

export interface TabSubmitEnv {
  store: StagingStore;
  client: SubmitDeps['client'];
  /** Where the ledger lives (localStorage: shared by the tabs). */
  ledgerStorage: Storage;
  locks: SubmitLockEnv;
  /** Put stored records in the cache, calling `alongside` in the same tick. */
  cacheRecords: (records: SpatialAnnotation[], alongside: () => void) => Promise<void>;
  onProgress: (progress: SubmitProgress) => void;
  shouldCancel: () => boolean;
  onLedgerUnsaved: () => void;
  newBatchId?: () => string;
  /** When stored chunks and progress reach the page: the next animation frame by default. */
  scheduleFrame?: FrameScheduler;
  /**
   * Least time between two updates of the staged list and the cached records (each re-renders
   * the tables and redraws the map); progress is shown every frame. Default UNSTAGE_EVERY_MS.
   */
  unstageEveryMs?: number;
  /**
   * Resolves once the page has rendered and drawn an update just applied (in the browser: the
   * next animation frame). How long that took is the update's cost, which paces the next one
   * (UPDATE_COST_SHARE); without it, updates are paced by `unstageEveryMs` alone.
   */
  rendered?: () => Promise<void>;
  now?: () => number;
}

/**
 * Default least time between the starts of two unstaging updates of a running submit: chunks
 * answered faster are unstaged together, so the page spends its time on sending, not on
 * redrawing thousands of points for each chunk. The progress bar moves with every chunk; the
 * staged list and the map follow once a second (a submit to the local server of 10,000 points
 * shows its first chunk, then everything at the end).
 */
export const UNSTAGE_EVERY_MS = 1000;

/**
 * Largest share of the page's time a running submit spends on unstaging updates: after an
 * update that took T ms to apply, render and draw, the next waits until T × (1 / share − 1) ms
 * have passed. Each update redraws every staged and stored point, so with thousands of them it
 * costs tens of ms; the rest of the time goes to sending (and the user's own input). T leaves
 * out the browser's layout and paint after the draw, so the real share is somewhat larger.
 */
export const UPDATE_COST_SHARE = 1 / 4;

/** What a stored chunk, or a progress report, leaves for the next frame. */
type ForTheScreen =
  | { refs: StoredRef[]; records: SpatialAnnotation[] }
  | { progress: SubmitProgress };

/** Marks for the draft from what a submit learned was stored. */
export function marksOf(store: StagingStore, sampleId: string, refs: StoredRef[]) {
  return refs.flatMap(({ localId, recordId, batch, index, rev }): StoredAnnotation[] => {
    const sent = rev ?? store.revisionOf(sampleId, localId);
    if (!sent) return [];
    return [{ localId, mark: { rev: sent, by: store.tab, recordId, batch, index } }];
  });
}

async function submitUnderLock(req: SubmitRequest, env: TabSubmitEnv): Promise<TabSubmitOutcome> {
  const { store } = env;
  const id = req.sampleId;
  await store.whenLoaded(id);
  await store.refresh(id);
  const all = store.getState(id).annotations;
  const staged = req.accept ? all.filter(req.accept) : all;
  const extra = {
    editedInFlight: 0,
    deletedInFlight: 0,
    nothingLeft: staged.length === 0,
    leftOut: 0,
  };
  extra.leftOut = all.length - staged.length;
  // The versions sent: an annotation edited after this keeps its newer revision.
  const revisions = new Map(staged.map((a) => [a.localId, store.revisionOf(id, a.localId)]));
  const mark = (refs: StoredRef[]) => {
    const { editedSince, deletedSince } = store.markStored(id, marksOf(store, id, refs));
    extra.editedInFlight += editedSince.length;
    extra.deletedInFlight += deletedSince.length;
  };
  // Chunks answered between two frames are unstaged, cached and counted together, once: one
  // render and one map redraw per frame at most, at most one unstaging per unstageEveryMs and
  // per UPDATE_COST_SHARE of the time however fast the answers come, while sending goes on.
  // Progress is shown every frame. The ledger (saved before sending) covers a tab that dies
  // before a frame applies them, and before the draft is written (once, at the end).
  const now = env.now ?? (() => performance.now());
  const every = env.unstageEveryMs ?? UNSTAGE_EVERY_MS;
  let startedAt = Number.NEGATIVE_INFINITY;
  let endedAt = Number.NEGATIVE_INFINITY;
  let cost = 0;
  const tooSoon = () =>
    now() - startedAt < every || now() - endedAt < cost * (1 / UPDATE_COST_SHARE - 1);
  const screen = new FrameBatch<ForTheScreen>(async (items, { flushing }) => {
    const stored = items.filter((i) => 'refs' in i);
    const progress = items.flatMap((i) => ('progress' in i ? [i.progress] : [])).at(-1);
    if (stored.length > 0 && !flushing && tooSoon()) {
      if (progress) env.onProgress(progress);
      return stored;
    }
    startedAt = now();
    const refs = stored.flatMap((i) => ('refs' in i ? i.refs : []));
    const records = stored.flatMap((i) => ('records' in i ? i.records : []));
    // Unstaged in the same tick as the records are cached: the points never vanish between.
    const alongside = () => {
      if (refs.length > 0) mark(refs);
      if (progress) env.onProgress(progress);
    };
    if (records.length > 0) await env.cacheRecords(records, alongside);
    else alongside();
    // A flush applies everything at once and waits for nothing (the submit is ending).
    if (stored.length > 0 && !flushing && env.rendered) {
      await env.rendered();
      endedAt = now();
      cost = endedAt - startedAt;
    }
    return undefined;
  }, env.scheduleFrame);
  // The draft is written once, at the end (persistStaged): each write of a large draft costs
  // as much as an update, and until it is written the ledger says what may have been stored.
  const releaseSaves = store.holdSaves(id);
  try {
    const outcome = await runSubmit(
      {
        sampleId: id,
        staged,
        target: req.target,
        chunkSize: req.chunkSize,
        tokens: req.tokens,
        withoutLedger: req.withoutLedger,
        revisionOf: (localId) => revisions.get(localId) ?? null,
      },
      {
        client: env.client,
        ledger: new SubmitLedger(env.ledgerStorage, id),
        newBatchId: env.newBatchId ?? (() => crypto.randomUUID()),
        storedEarlier: (localId) => store.storedMark(id, localId),
        onStored: (refs, records) => screen.add({ refs, records }),
        onReconciled: mark,
        onCorrected: (ref, record) => env.cacheRecords([record], () => mark([ref])),
        onProgress: (progress) => screen.add({ progress }),
        shouldCancel: env.shouldCancel,
        persistStaged: async () => {
          await screen.flush();
          await store.flush();
        },
        onLedgerUnsaved: env.onLedgerUnsaved,
      },
    );
    await screen.flush();
    return { ...outcome, ...extra };
  } finally {
    // What was stored is unstaged before the lock goes, and the next tab to take the lock
    // reads the draft from storage: it must be there.
    await screen.flush().catch(() => undefined);
    releaseSaves();
    await store.flush();
  }
}

/**
 * Submit under the sample's lock; `onWait` is called if another tab is submitting it first.
 * Aborting `signal` while waiting cancels before anything is sent (a cancelled outcome).
 * Rejects as `runSubmit` does.
 */
export async function submitStaged(
  req: SubmitRequest,
  env: TabSubmitEnv,
  onWait: () => void,
  signal?: AbortSignal,
): Promise<TabSubmitOutcome> {
  let started = false;
  const run = () => {
    started = true;
    return submitUnderLock(req, env);
  };
  try {
    return await withSubmitLock(req.sampleId, env.locks, onWait, run, signal);
  } catch (e) {
    if (started || !signal?.aborted) throw e;
    const staged = env.store.getState(req.sampleId).annotations.length;
    return {
      storedCount: 0,
      reconciledCount: 0,
      correctedCount: 0,
      cancelled: true,
      remainingCount: staged,
      editedInFlight: 0,
      deletedInFlight: 0,
      nothingLeft: false,
      leftOut: 0,
    };
  }
}
