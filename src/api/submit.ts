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
import {
  ANNOTATION_VALUE_FIELDS,
  type AnnotationCreate,
  type AnnotationUpdate,
  type SpatialAnnotation,
} from './schemas';
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
  client: Pick<ApiClient, 'bulkCreateAnnotations' | 'listAnnotations' | 'updateAnnotation'>;
  ledger: SubmitLedger;
  newBatchId: () => string;
  /** A chunk was stored: unstage `localIds` and put `records` in the cache. */
  onStored: (localIds: string[], records: SpatialAnnotation[]) => void | Promise<void>;
  /** These were already stored by an earlier submit whose answer was lost: unstage them. */
  onReconciled: (localIds: string[]) => void;
  /**
   * An earlier submit stored this annotation and it was edited since (undo brought it back, or
   * the answer was lost): the stored record was corrected with PATCH. Unstage it and cache it.
   */
  onCorrected: (localId: string, record: SpatialAnnotation) => void | Promise<void>;
  onProgress: (progress: SubmitProgress) => void;
  /** Checked after each chunk: true stops before the next one. */
  shouldCancel: () => boolean;
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
 * What PATCH would make `record` equal to `body` in its property and coordinate fields (an
 * absent optional field counts as null); null when they already agree.
 */
export function correctionOf(
  body: AnnotationCreate,
  record: SpatialAnnotation,
): AnnotationUpdate | null {
  const changes: Record<string, unknown> = {};
  for (const field of ANNOTATION_VALUE_FIELDS) {
    const want = body[field] ?? null;
    if (want !== (record[field] ?? null)) changes[field] = want;
  }
  return Object.keys(changes).length > 0 ? (changes as AnnotationUpdate) : null;
}

/**
 * Unstage what an earlier submit did store: annotations whose submit is in doubt, and ones this
 * page stored that are staged again (undo after a submit). The server's records are the truth:
 * their tokens are listed and matched. A match that was edited since (moved, new value…) is not
 * thrown away: its record is corrected with PATCH. Returns what is still to send.
 */
async function reconcile(
  plan: SubmitPlan,
  deps: SubmitDeps,
): Promise<{ rest: StagedAnnotation[]; reconciled: number; corrected: number }> {
  const ledger = deps.ledger.read();
  const entryOf = (id: string) =>
    ledger[id]?.inDoubt ? ledger[id] : (deps.ledger.storedEntry(id) ?? undefined);
  const doubtful = plan.staged.filter((s) => entryOf(s.localId) !== undefined);
  if (doubtful.length === 0) return { rest: plan.staged, reconciled: 0, corrected: 0 };
  deps.onProgress({ phase: 'reconciling', sent: 0, total: plan.staged.length });
  const stored = new Map<string, SpatialAnnotation>();
  for (const r of await deps.client.listAnnotations(plan.sampleId)) {
    const token = tokenOf(r.annotation_metadata);
    if (token) stored.set(token, r);
  }
  const already: string[] = [];
  const corrections: { localId: string; record: SpatialAnnotation; changes: AnnotationUpdate }[] =
    [];
  for (const s of doubtful) {
    const e = entryOf(s.localId);
    const record = e && stored.get(`${e.batch}#${e.index}`);
    if (!record) continue;
    const changes = correctionOf(stagedToAnnotationCreate(s, plan.target), record);
    if (changes) corrections.push({ localId: s.localId, record, changes });
    else already.push(s.localId);
  }
  if (already.length > 0) deps.onReconciled(already);
  deps.ledger.remove(already);
  const done = new Set(already);
  for (const c of corrections) {
    // One at a time: a failure leaves the rest staged (and still matched next time).
    const record = await deps.client.updateAnnotation(plan.sampleId, c.record.id, c.changes);
    deps.ledger.remove([c.localId]);
    done.add(c.localId);
    await deps.onCorrected(c.localId, record);
  }
  // The rest of the doubtful ones were not stored (or were deleted since): sent again.
  deps.ledger.mark(
    doubtful.filter((s) => !done.has(s.localId)).map((s) => s.localId),
    false,
  );
  return {
    rest: plan.staged.filter((s) => !done.has(s.localId)),
    reconciled: already.length,
    corrected: corrections.length,
  };
}

/**
 * Give every annotation without one a token (a new batch id, indexed in send order) and mark all
 * of them in doubt before anything is sent: if the tab dies at any point, the next submit checks
 * them rather than trusting that they were not stored. Written to storage once, here.
 */
function assignTokens(staged: StagedAnnotation[], deps: SubmitDeps): Record<string, LedgerEntry> {
  const ledger = deps.ledger.read();
  // Entries of annotations no longer staged (stored and unstaged, or deleted) are done with.
  const keep = new Set(staged.map((s) => s.localId));
  deps.ledger.remove(Object.keys(ledger).filter((id) => !keep.has(id)));
  const batch = deps.newBatchId();
  const entries: Record<string, LedgerEntry> = {};
  let index = 0;
  for (const s of staged) {
    const existing = ledger[s.localId];
    entries[s.localId] = existing
      ? { ...existing, inDoubt: true }
      : { batch, index: index++, inDoubt: true };
  }
  deps.ledger.set(entries);
  deps.ledger.save();
  return entries;
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
  const { rest, reconciled, corrected } = plan.tokens
    ? await reconcile(plan, deps)
    : { rest: plan.staged, reconciled: 0, corrected: 0 };
  const tokens = plan.tokens ? assignTokens(rest, deps) : {};
  let stored = 0;
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
    const outcome = await inFlight.result;
    if (!outcome.ok) {
      const e = outcome.error;
      const error = e instanceof ApiError ? e : new ApiError('network', String(e), { cause: e });
      if (plan.tokens) {
        // What was never sent is not in doubt; this chunk is, unless the server clearly refused.
        deps.ledger.mark(unsentIds(rest, start + plan.chunkSize), false);
        if (!inDoubtAfter(error)) deps.ledger.mark(ids, false);
        deps.ledger.save();
      }
      throw new SubmitFailure(error, chunk, stored, reconciled);
    }
    if (plan.tokens) deps.ledger.rememberStored(ids);
    stored += chunk.length;
    // The next chunk goes out before this one is written to the UI, so the request and the
    // re-render overlap; a cancel asked for by now stops before it is sent.
    const nextStart = start + plan.chunkSize;
    const more = nextStart < rest.length;
    const cancelled = more && deps.shouldCancel();
    const next = more && !cancelled ? send(nextStart) : null;
    await deps.onStored(ids, outcome.records);
    deps.onProgress({ phase: 'sending', sent: stored, total: rest.length });
    if (cancelled) {
      if (plan.tokens) {
        deps.ledger.mark(unsentIds(rest, nextStart), false);
        deps.ledger.save();
      }
      return {
        storedCount: stored,
        reconciledCount: reconciled,
        correctedCount: corrected,
        cancelled: true,
        remainingCount: rest.length - stored,
      };
    }
    inFlight = next;
  }
  if (plan.tokens) deps.ledger.save();
  return {
    storedCount: stored,
    reconciledCount: reconciled,
    correctedCount: corrected,
    cancelled: false,
    remainingCount: 0,
  };
}
