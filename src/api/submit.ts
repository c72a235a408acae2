/**
 * Submitting staged annotations safely: in chunks of at most `chunkSize`, sent one after another,
 * each acknowledged chunk unstaged at once, and every annotation tagged with a resubmit token so a
 * retry after a lost answer never stores anything twice.
 *
 * Before sending, annotations whose earlier submit is in doubt are reconciled: the sample's stored
 * annotations are listed, and those whose token is already stored are unstaged instead of sent.
 * Dependencies are injected, so this runs (and is tested) without a browser.
 */
import type { Revision } from '../domain/staging/revision';
import type { StagedAnnotation } from '../domain/staging/staged';
import type { ApiClient } from './client';
import { ApiError } from './errors';
import { type EarlierStore, type ReconcileDeps, reconcile, type StoredRef } from './reconcile';
import type { SpatialAnnotation } from './schemas';
import type { LedgerEntry, SubmitLedger } from './submitLedger';
import { type SubmitFrame, stagedToAnnotationCreate } from './toRequest';

export { correctionOf, type EarlierStore, type StoredRef } from './reconcile';

/** Default and largest chunk (the local server accepts at most 10,000 per bulk request). */
export const DEFAULT_CHUNK_SIZE = 1000;
export const MAX_CHUNK_SIZE = 10_000;

export interface SubmitPlan {
  sampleId: string;
  staged: StagedAnnotation[];
  target: SubmitFrame;
  chunkSize: number;
  /** Add `client_batch`/`client_index` to each annotation's metadata (resubmit safety). */
  tokens: boolean;
  /** The draft revision of each staged annotation, recorded as the version sent. */
  revisionOf?: (localId: string) => Revision | null;
  /** Send even though the ledger cannot be saved (the user was told a lost answer may
   * then store annotations twice). */
  withoutLedger?: boolean;
}

export interface SubmitProgress {
  /** 'waiting': another tab of the sample is submitting (this one holds no lock yet). */
  phase: 'waiting' | 'reconciling' | 'sending';
  sent: number;
  total: number;
}

export interface SubmitDeps {
  client: Pick<ApiClient, 'bulkCreateAnnotations' | 'listAnnotations' | 'updateAnnotation'>;
  ledger: SubmitLedger;
  newBatchId: () => string;
  /** How an earlier submit stored this annotation (its stored mark), if one did. */
  storedEarlier?: (localId: string) => EarlierStore | undefined;
  /** A chunk was stored (`refs[i]` is `records[i]`): unstage those versions, cache the records. */
  onStored: (refs: StoredRef[], records: SpatialAnnotation[]) => void | Promise<void>;
  /** These were already stored by an earlier submit whose answer was lost: unstage them. */
  onReconciled: (refs: StoredRef[]) => void;
  /**
   * An earlier submit stored this annotation and it was edited since (in flight, undo, lost
   * answer): the stored record was corrected with PATCH. Unstage it and cache the record.
   */
  onCorrected: (ref: StoredRef, record: SpatialAnnotation) => void | Promise<void>;
  onProgress: (progress: SubmitProgress) => void;
  /** Checked after each chunk: true stops before the next one. */
  shouldCancel: () => boolean;
  /** Make the staged list durable (stored marks written) before the ledger forgets tokens. */
  persistStaged?: () => Promise<void>;
  /** The ledger could not be updated after sending (the next open checks the server). */
  onLedgerUnsaved?: () => void;
}

/** The ledger could not be saved before sending: nothing was sent. */
export class LedgerUnavailable extends Error {
  constructor() {
    super(
      'The resubmit ledger could not be saved in this browser (storage full or blocked), so a lost answer could no longer be checked and might store annotations twice. Nothing was sent.',
    );
    this.name = 'LedgerUnavailable';
  }
}

export interface SubmitOutcome {
  storedCount: number;
  reconciledCount: number;
  /** Already stored by an earlier submit, edited since: the stored record was corrected. */
  correctedCount: number;
  cancelled: boolean;
  /** Staged annotations not sent (cancelled). */
  remainingCount: number;
}

/** A chunk failed: earlier chunks are stored and unstaged; this one and later ones stay staged. */
export class SubmitFailure extends Error {
  constructor(
    readonly error: ApiError,
    /** The annotations of the failed chunk, in the order sent (422 rows index into this). */
    readonly chunk: StagedAnnotation[],
    readonly storedCount: number,
    readonly reconciledCount: number,
  ) {
    super(error.message, { cause: error });
    this.name = 'SubmitFailure';
  }
}

/** A chunk that has been sent; `result` settles to the records or the error. */
interface InFlight {
  start: number;
  chunk: StagedAnnotation[];
  ids: string[];
  result: Promise<{ ok: true; records: SpatialAnnotation[] } | { ok: false; error: unknown }>;
}

/** Local ids of the annotations from `start` on: not sent (yet). */
const unsentIds = (rest: StagedAnnotation[], start: number) =>
  rest.slice(start).map((s) => s.localId);

/** Failures after which the server may or may not have stored the chunk. */
const inDoubtAfter = (e: ApiError) => e.kind === 'network' || e.kind === 'server';

/**
 * Give every annotation without one a token (a new batch id, indexed in send order) and mark all
 * of them in doubt, with the revision sent, before anything is sent: if the tab dies at any
 * point, the next submit (or the next opening of the sample) checks them rather than trusting
 * that they were not stored. Written to storage once, here; throws `LedgerUnavailable` when the
 * browser refuses (unless the plan says to send without it).
 */
function assignTokens(
  plan: SubmitPlan,
  staged: StagedAnnotation[],
  deps: SubmitDeps,
): Record<string, LedgerEntry> {
  const ledger = deps.ledger.read();
  // Entries of annotations no longer staged (stored and unstaged, or deleted) are done with.
  const keep = new Set(staged.map((s) => s.localId));
  deps.ledger.remove(Object.keys(ledger).filter((id) => !keep.has(id)));
  const batch = deps.newBatchId();
  const entries: Record<string, LedgerEntry> = {};
  let index = 0;
  for (const s of staged) {
    const existing = ledger[s.localId];
    const rev = plan.revisionOf?.(s.localId) ?? undefined;
    entries[s.localId] = existing
      ? { ...existing, inDoubt: true, rev }
      : { batch, index: index++, inDoubt: true, rev };
  }
  deps.ledger.set(entries);
  if (!deps.ledger.save() && !plan.withoutLedger) {
    deps.ledger.remove(staged.map((s) => s.localId));
    throw new LedgerUnavailable();
  }
  return entries;
}

/** Write the ledger at the end of a submit, after the staged list it refers to is durable. */
async function settleLedger(deps: SubmitDeps): Promise<void> {
  await deps.persistStaged?.();
  if (!deps.ledger.save()) deps.onLedgerUnsaved?.();
}

/**
 * Run a submit. Resolves with counts when every chunk was stored (or the user cancelled between
 * chunks); rejects with `SubmitFailure` when a chunk fails, with `LedgerUnavailable` when the
 * ledger cannot be saved before sending, or with the ApiError of the reconciliation listing.
 * Throws RangeError for a chunk size outside 1..MAX_CHUNK_SIZE.
 */
export async function runSubmit(plan: SubmitPlan, deps: SubmitDeps): Promise<SubmitOutcome> {
  if (!Number.isInteger(plan.chunkSize) || plan.chunkSize < 1 || plan.chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunk size must be a whole number from 1 to ${MAX_CHUNK_SIZE}`);
  }
  const revisionOf = plan.revisionOf ?? (() => null);
  const reconcileDeps: ReconcileDeps = {
    ...deps,
    storedEarlier: deps.storedEarlier ?? (() => undefined),
    revisionOf,
    onChecking: () => deps.onProgress({ phase: 'reconciling', sent: 0, total: plan.staged.length }),
  };
  const { rest, reconciled, corrected } = await reconcile(
    plan.sampleId,
    plan.staged,
    plan.target,
    reconcileDeps,
  );
  const tokens = plan.tokens ? assignTokens(plan, rest, deps) : {};
  let stored = 0;
  const outcome = (cancelled: boolean): SubmitOutcome => ({
    storedCount: stored,
    reconciledCount: reconciled,
    correctedCount: corrected,
    cancelled,
    remainingCount: rest.length - stored,
  });
  deps.onProgress({ phase: 'sending', sent: 0, total: rest.length });
  const send = (start: number): InFlight => {
    const chunk = rest.slice(start, start + plan.chunkSize);
    const ids = chunk.map((s) => s.localId);
    const bodies = chunk.map((s) => {
      const body = stagedToAnnotationCreate(s, plan.target);
      const t = tokens[s.localId];
      return t
        ? { ...body, metadata: { ...body.metadata, client_batch: t.batch, client_index: t.index } }
        : body;
    });
    // Settled into a value, so a failure of a request sent ahead is never an unhandled rejection.
    const result = deps.client.bulkCreateAnnotations(plan.sampleId, bodies).then(
      (records) => ({ ok: true as const, records }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    return { start, chunk, ids, result };
  };
  let inFlight: InFlight | null = rest.length > 0 ? send(0) : null;
  while (inFlight) {
    const { start, chunk, ids } = inFlight;
    const answer = await inFlight.result;
    if (!answer.ok) {
      const e = answer.error;
      const error = e instanceof ApiError ? e : new ApiError('network', String(e), { cause: e });
      if (plan.tokens) {
        // What was never sent is not in doubt; this chunk is, unless the server clearly refused.
        deps.ledger.mark(unsentIds(rest, start + plan.chunkSize), false);
        if (!inDoubtAfter(error)) deps.ledger.mark(ids, false);
        await settleLedger(deps);
      }
      throw new SubmitFailure(error, chunk, stored, reconciled);
    }
    // Their tokens now live in the draft's stored marks (written by onStored).
    if (plan.tokens) deps.ledger.remove(ids);
    stored += chunk.length;
    // The next chunk goes out before this one is written to the UI, so the request and the
    // re-render overlap; a cancel asked for by now stops before it is sent.
    const nextStart = start + plan.chunkSize;
    const more = nextStart < rest.length;
    const cancelled = more && deps.shouldCancel();
    const next = more && !cancelled ? send(nextStart) : null;
    const refs = chunk.map((s, i): StoredRef => {
      const t = tokens[s.localId];
      const recordId = answer.records[i]?.id ?? '';
      return {
        localId: s.localId,
        recordId,
        batch: t?.batch ?? null,
        index: t?.index ?? null,
        rev: revisionOf(s.localId),
      };
    });
    await deps.onStored(refs, answer.records);
    deps.onProgress({ phase: 'sending', sent: stored, total: rest.length });
    if (cancelled) {
      if (plan.tokens) {
        deps.ledger.mark(unsentIds(rest, nextStart), false);
        await settleLedger(deps);
      }
      return outcome(true);
    }
    inFlight = next;
  }
  if (plan.tokens) await settleLedger(deps);
  return outcome(false);
}
