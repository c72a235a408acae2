/**
 * Before sending, a submit finds out what earlier submits already stored, so nothing is stored
 * twice: staged annotations whose last submit is in doubt (the ledger), and staged annotations
 * an earlier submit did store (their stored mark in the shared draft: edited while in flight,
 * edited since, or brought back by undo). The server's records are the truth: they are listed
 * and matched by resubmit token, or by record id.
 */
import type { Revision } from '../domain/staging/revision';
import type { StagedAnnotation } from '../domain/staging/staged';
import type { ApiClient } from './client';
import {
  ANNOTATION_VALUE_FIELDS,
  type AnnotationCreate,
  type AnnotationUpdate,
  type SpatialAnnotation,
} from './schemas';
import { type SubmitLedger, tokenOf } from './submitLedger';
import { type SubmitFrame, stagedToAnnotationCreate } from './toRequest';

/** How an earlier submit stored an annotation (from its stored mark in the draft). */
export interface EarlierStore {
  recordId: string | null;
  batch: string | null;
  index: number | null;
}

/** One staged annotation known to be stored now: which record, and which version of it. */
export interface StoredRef {
  localId: string;
  recordId: string;
  batch: string | null;
  index: number | null;
  /** Draft revision of the staged version that the record now holds (null if unknown). */
  rev: Revision | null;
}

export interface ReconcileDeps {
  client: Pick<ApiClient, 'listAnnotations' | 'updateAnnotation'>;
  ledger: SubmitLedger;
  storedEarlier: (localId: string) => EarlierStore | undefined;
  revisionOf: (localId: string) => Revision | null;
  /** These were already stored as they are: unstage them. */
  onReconciled: (refs: StoredRef[]) => void;
  /** This one was stored and edited since: its record was corrected with PATCH. */
  onCorrected: (ref: StoredRef, record: SpatialAnnotation) => void | Promise<void>;
  onChecking: () => void;
}

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

/** Records of a sample by resubmit token and by id. */
async function storedRecords(client: ReconcileDeps['client'], sampleId: string) {
  const byToken = new Map<string, SpatialAnnotation>();
  const byId = new Map<string, SpatialAnnotation>();
  for (const r of await client.listAnnotations(sampleId)) {
    const token = tokenOf(r.annotation_metadata);
    if (token) byToken.set(token, r);
    byId.set(r.id, r);
  }
  return { byToken, byId };
}

/**
 * Unstage what earlier submits stored, correct (PATCH, one at a time) what was edited since, and
 * return what is still to send. Annotations whose record cannot be found (never stored, or
 * deleted since) are sent again.
 */
export async function reconcile(
  sampleId: string,
  staged: StagedAnnotation[],
  target: SubmitFrame,
  deps: ReconcileDeps,
): Promise<{ rest: StagedAnnotation[]; reconciled: number; corrected: number }> {
  const ledger = deps.ledger.read();
  const earlier = (id: string): EarlierStore | undefined => {
    const e = ledger[id];
    return e?.inDoubt ? { recordId: null, batch: e.batch, index: e.index } : deps.storedEarlier(id);
  };
  const doubtful = staged.filter((s) => earlier(s.localId) !== undefined);
  if (doubtful.length === 0) return { rest: staged, reconciled: 0, corrected: 0 };
  deps.onChecking();
  const { byToken, byId } = await storedRecords(deps.client, sampleId);
  const already: StoredRef[] = [];
  const corrections: { ref: StoredRef; changes: AnnotationUpdate }[] = [];
  for (const s of doubtful) {
    const e = earlier(s.localId);
    const token = e?.batch != null && e.index != null ? `${e.batch}#${e.index}` : null;
    const record = (token && byToken.get(token)) || (e?.recordId && byId.get(e.recordId));
    if (!record) continue;
    const ref: StoredRef = {
      localId: s.localId,
      recordId: record.id,
      batch: e?.batch ?? null,
      index: e?.index ?? null,
      rev: deps.revisionOf(s.localId),
    };
    const changes = correctionOf(stagedToAnnotationCreate(s, target), record);
    if (changes) corrections.push({ ref, changes });
    else already.push(ref);
  }
  if (already.length > 0) deps.onReconciled(already);
  deps.ledger.remove(already.map((r) => r.localId));
  const done = new Set(already.map((r) => r.localId));
  for (const { ref, changes } of corrections) {
    // One at a time: a failure leaves the rest staged (and still matched next time).
    const record = await deps.client.updateAnnotation(sampleId, ref.recordId, changes);
    deps.ledger.remove([ref.localId]);
    done.add(ref.localId);
    await deps.onCorrected(ref, record);
  }
  // The rest of the doubtful ones were not stored (or were deleted since): sent again.
  deps.ledger.mark(
    doubtful.filter((s) => !done.has(s.localId)).map((s) => s.localId),
    false,
  );
  return {
    rest: staged.filter((s) => !done.has(s.localId)),
    reconciled: already.length,
    corrected: corrections.length,
  };
}
