/**
 * Submitting staged annotations safely: in chunks of at most `chunkSize`, sent one after another,
 * each acknowledged chunk unstaged at once, and every annotation tagged with a resubmit token so a
 * retry after a lost answer never stores anything twice.
 *
 * Before sending, annotations whose earlier submit is in doubt are reconciled: the sample's stored
 * annotations are listed, and those whose token is already stored are unstaged instead of sent.
 * Dependencies are injected, so this runs (and is tested) without a browser.
 */
import type { StagedAnnotation } from '../domain/staging/staged';
import type { ApiClient } from './client';
import { ApiError } from './errors';
import type { SpatialAnnotation } from './schemas';
import { type LedgerEntry, type SubmitLedger, tokenOf } from './submitLedger';
import { type SubmitFrame, stagedToAnnotationCreate } from './toRequest';

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
}

export interface SubmitProgress {
  phase: 'reconciling' | 'sending';
  sent: number;
  total: number;
}

export interface SubmitDeps {
  client: Pick<ApiClient, 'bulkCreateAnnotations' | 'listAnnotations'>;
  ledger: SubmitLedger;
  newBatchId: () => string;
  /** A chunk was stored: unstage `localIds` and put `records` in the cache. */
  onStored: (localIds: string[], records: SpatialAnnotation[]) => void | Promise<void>;
  /** These were already stored by an earlier submit whose answer was lost: unstage them. */
  onReconciled: (localIds: string[]) => void;
  onProgress: (progress: SubmitProgress) => void;
  /** Checked after each chunk: true stops before the next one. */
  shouldCancel: () => boolean;
}

export interface SubmitOutcome {
  storedCount: number;
  reconciledCount: number;
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

/** Failures after which the server may or may not have stored the chunk. */
const inDoubtAfter = (e: ApiError) => e.kind === 'network' || e.kind === 'server';

/** Unstage what an earlier, in-doubt submit did store; returns what is still to send. */
async function reconcile(
  plan: SubmitPlan,
  deps: SubmitDeps,
): Promise<{ rest: StagedAnnotation[]; reconciled: number }> {
  const ledger = deps.ledger.read();
  const doubtful = plan.staged.filter((s) => ledger[s.localId]?.inDoubt);
  if (doubtful.length === 0) return { rest: plan.staged, reconciled: 0 };
  deps.onProgress({ phase: 'reconciling', sent: 0, total: plan.staged.length });
  const stored = new Set<string>();
  for (const r of await deps.client.listAnnotations(plan.sampleId)) {
    const token = tokenOf(r.annotation_metadata);
    if (token) stored.add(token);
  }
  const already = doubtful.filter((s) => {
    const e = ledger[s.localId];
    return e !== undefined && stored.has(`${e.batch}#${e.index}`);
  });
  const alreadyIds = new Set(already.map((s) => s.localId));
  if (already.length > 0) deps.onReconciled([...alreadyIds]);
  deps.ledger.remove([...alreadyIds]);
  // The rest of the doubtful ones were not stored: no longer in doubt, resent with their token.
  deps.ledger.mark(
    doubtful.filter((s) => !alreadyIds.has(s.localId)).map((s) => s.localId),
    false,
  );
  return {
    rest: plan.staged.filter((s) => !alreadyIds.has(s.localId)),
    reconciled: already.length,
  };
}

/** Give every annotation without one a token: a new batch id, indexed in send order. */
function assignTokens(staged: StagedAnnotation[], deps: SubmitDeps): Record<string, LedgerEntry> {
  const ledger = deps.ledger.read();
  const batch = deps.newBatchId();
  const added: Record<string, LedgerEntry> = {};
  let index = 0;
  for (const s of staged) {
    if (!ledger[s.localId]) added[s.localId] = { batch, index: index++, inDoubt: false };
  }
  deps.ledger.set(added);
  return { ...ledger, ...added };
}

/**
 * Run a submit. Resolves with counts when every chunk was stored (or the user cancelled between
 * chunks); rejects with `SubmitFailure` when a chunk fails, or with the ApiError of the
 * reconciliation listing. Throws RangeError for a chunk size outside 1..MAX_CHUNK_SIZE.
 */
export async function runSubmit(plan: SubmitPlan, deps: SubmitDeps): Promise<SubmitOutcome> {
  if (!Number.isInteger(plan.chunkSize) || plan.chunkSize < 1 || plan.chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunk size must be a whole number from 1 to ${MAX_CHUNK_SIZE}`);
  }
  const { rest, reconciled } = plan.tokens
    ? await reconcile(plan, deps)
    : { rest: plan.staged, reconciled: 0 };
  const tokens = plan.tokens ? assignTokens(rest, deps) : {};
  let stored = 0;
  deps.onProgress({ phase: 'sending', sent: 0, total: rest.length });
  for (let start = 0; start < rest.length; start += plan.chunkSize) {
    const chunk = rest.slice(start, start + plan.chunkSize);
    const ids = chunk.map((s) => s.localId);
    const bodies = chunk.map((s) => {
      const body = stagedToAnnotationCreate(s, plan.target);
      const t = tokens[s.localId];
      return t
        ? { ...body, metadata: { ...body.metadata, client_batch: t.batch, client_index: t.index } }
        : body;
    });
    // Marked before sending: if the tab closes mid-request, the next submit reconciles.
    if (plan.tokens) deps.ledger.mark(ids, true);
    let records: SpatialAnnotation[];
    try {
      records = await deps.client.bulkCreateAnnotations(plan.sampleId, bodies);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('network', String(e), { cause: e });
      if (plan.tokens && !inDoubtAfter(error)) deps.ledger.mark(ids, false);
      throw new SubmitFailure(error, chunk, stored, reconciled);
    }
    if (plan.tokens) deps.ledger.remove(ids);
    stored += chunk.length;
    await deps.onStored(ids, records);
    deps.onProgress({ phase: 'sending', sent: stored, total: rest.length });
    if (start + plan.chunkSize < rest.length && deps.shouldCancel()) {
      return {
        storedCount: stored,
        reconciledCount: reconciled,
        cancelled: true,
        remainingCount: rest.length - stored,
      };
    }
  }
  return { storedCount: stored, reconciledCount: reconciled, cancelled: false, remainingCount: 0 };
}
