/**
 * The draft of a sample as every tab shares it: one entry per staged annotation (by `localId`),
 * each field with the revision that last wrote it, and tombstones for annotations removed or
 * stored. Entries of removed and stored annotations keep their last values, so merging is a
 * join in a lattice (per field: the later revision; per tombstone: the later one) and is
 * commutative, associative and idempotent: tabs that have merged the same entries, in any order
 * and any number of times, show the same staged list.
 *
 * An annotation is shown (live) when some field was written after its tombstones: an edit made
 * after a removal, or after the version that was stored, is kept (and a stored one is corrected
 * on the next submit rather than stored again).
 */
import { z } from 'zod';
import { compareRevisions, laterOptional, laterRevision, Revision } from './revision';
import { StagedAnnotation } from './staged';

/** The fields of a staged annotation a tab can change (all but `localId`). */
export const STAGED_FIELDS = [
  'xMm',
  'yMm',
  'propertyName',
  'propertyValue',
  'propertyUnit',
  'charSourceType',
  'metadata',
  'site',
] as const satisfies readonly (keyof StagedAnnotation)[];
export type StagedField = (typeof STAGED_FIELDS)[number];

/** Which version of an annotation a submit stored, and how to find its record again. */
export const StoredMark = z.object({
  /** The latest field revision of the version that was sent: later edits stay staged. */
  rev: Revision,
  /** Tab that submitted it (undo in another tab never brings it back). */
  by: z.string(),
  recordId: z.string().nullable(),
  /** Resubmit token (`metadata.client_batch`/`client_index`) it was stored with, if any. */
  batch: z.string().nullable(),
  index: z.number().int().nonnegative().nullable(),
});
export type StoredMark = z.infer<typeof StoredMark>;

/** One staged annotation in the shared draft: its values, order, field revisions, tombstones. */
export const DraftEntry = z.object({
  /** The annotation's latest values (kept after it is removed or stored). */
  a: StagedAnnotation,
  /** Order in the staged list: the creating revision and the index within its change. */
  pos: z.tuple([z.number(), z.string(), z.number().int().nonnegative()]),
  /** Revision of each field written after creation (absent: the creating revision). */
  revs: z.partialRecord(z.enum(STAGED_FIELDS), Revision).optional(),
  /** Latest removal (delete, clear, undo of an add). */
  removed: Revision.optional(),
  stored: StoredMark.optional(),
});
export type DraftEntry = z.infer<typeof DraftEntry>;

/** Entries by `localId`. Never mutated: every change returns a new map. */
export type DraftDoc = ReadonlyMap<string, DraftEntry>;

/** A draft with no entries. */
export const EMPTY_DRAFT: DraftDoc = new Map();

/** The revision that created the entry (its position without the index). */
export const createdRevision = (e: DraftEntry): Revision => [e.pos[0], e.pos[1]];

/** The revision that last wrote `field` (the creating one if never written since). */
export const fieldRevision = (e: DraftEntry, field: StagedField): Revision =>
  e.revs?.[field] ?? createdRevision(e);

/** The latest revision that wrote any field of the entry. */
export function latestWrite(e: DraftEntry): Revision {
  let latest = createdRevision(e);
  for (const rev of Object.values(e.revs ?? {})) latest = laterRevision(latest, rev);
  return latest;
}

/** The latest tombstone (removal, or the stored version), if any. */
export function latestTombstone(e: DraftEntry): Revision | undefined {
  return laterOptional(e.removed, e.stored?.rev);
}

/** Shown as staged: written after its latest removal and after the version stored. */
export function isLive(e: DraftEntry): boolean {
  const tomb = latestTombstone(e);
  return !tomb || compareRevisions(latestWrite(e), tomb) > 0;
}

/** The highest clock value in an entry (to keep a tab's clock above what it has seen). */
export function highestN(e: DraftEntry): number {
  return Math.max(latestWrite(e)[0], e.removed?.[0] ?? 0, e.stored?.rev[0] ?? 0);
}

/** Order of two positions in the staged list (negative: `a` first). */
export const comparePos = (a: DraftEntry['pos'], b: DraftEntry['pos']) =>
  a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2];

/** Deterministic order of two stored marks: the later version, then by tab and record. */
function laterMark(a: StoredMark | undefined, b: StoredMark | undefined): StoredMark | undefined {
  if (!a) return b;
  if (!b) return a;
  const byRev = compareRevisions(a.rev, b.rev);
  if (byRev !== 0) return byRev > 0 ? a : b;
  const key = (m: StoredMark) => JSON.stringify([m.by, m.recordId, m.batch, m.index]);
  return key(a) >= key(b) ? a : b;
}

/** For a tie (the same write), take y's value only if it differs and sorts later as JSON. */
const tieTakesY = (vx: unknown, vy: unknown) =>
  !Object.is(vx, vy) && JSON.stringify(vy) > JSON.stringify(vx);

const sameValue = (vx: unknown, vy: unknown) =>
  Object.is(vx, vy) || JSON.stringify(vx) === JSON.stringify(vy);

const sameRevision = (a: Revision | undefined, b: Revision | undefined) =>
  a === b || (!!a && !!b && compareRevisions(a, b) === 0);

/** True when two entries hold the same writes (values, revisions and tombstones). */
export function sameEntry(x: DraftEntry, y: DraftEntry): boolean {
  if (x === y) return true;
  if (comparePos(x.pos, y.pos) !== 0) return false;
  if (!sameRevision(x.removed, y.removed)) return false;
  if (!sameMark(x.stored, y.stored)) return false;
  return STAGED_FIELDS.every(
    (f) => sameRevision(fieldRevision(x, f), fieldRevision(y, f)) && sameValue(x.a[f], y.a[f]),
  );
}

const sameMark = (a: StoredMark | undefined, b: StoredMark | undefined) =>
  a === b ||
  (!!a &&
    !!b &&
    sameRevision(a.rev, b.rev) &&
    a.by === b.by &&
    a.recordId === b.recordId &&
    a.batch === b.batch &&
    a.index === b.index);

/**
 * Merge two copies of one annotation's entry: each field from the copy that wrote it later (a
 * tie is the same write; its values are compared as JSON only so the result never depends on
 * argument order), the later removal, the later stored mark, and the earlier position.
 */
export function mergeEntry(x: DraftEntry, y: DraftEntry): DraftEntry {
  if (x === y) return x;
  const a: Record<string, unknown> = { ...x.a };
  const revs: Partial<Record<StagedField, Revision>> = {};
  const created = comparePos(x.pos, y.pos) <= 0 ? x.pos : y.pos;
  for (const field of STAGED_FIELDS) {
    const rx = fieldRevision(x, field);
    const ry = fieldRevision(y, field);
    const order = compareRevisions(rx, ry);
    const fromY = order < 0 || (order === 0 && tieTakesY(x.a[field], y.a[field]));
    a[field] = fromY ? y.a[field] : x.a[field];
    const rev = laterRevision(rx, ry);
    if (compareRevisions(rev, [created[0], created[1]]) !== 0) revs[field] = rev;
  }
  const merged: DraftEntry = { a: a as StagedAnnotation, pos: created };
  if (Object.keys(revs).length > 0) merged.revs = revs;
  const removed = laterOptional(x.removed, y.removed);
  if (removed) merged.removed = removed;
  const stored = laterMark(x.stored, y.stored);
  if (stored) merged.stored = stored;
  // The same writes as one of the copies: that copy itself, so merging it again (the next save,
  // another tab's echo) is an identity check instead of a field-by-field comparison.
  if (sameEntry(merged, y)) return y;
  return sameEntry(merged, x) ? x : merged;
}

/**
 * `doc` with `entries` merged in. Returns the same map when nothing changed, so callers can
 * skip work; `changed` lists the ids whose entry changed.
 */
export function mergeEntries(
  doc: DraftDoc,
  entries: Iterable<DraftEntry>,
): { doc: DraftDoc; changed: string[] } {
  let next: Map<string, DraftEntry> | null = null;
  const changed: string[] = [];
  for (const incoming of entries) {
    const id = incoming.a.localId;
    const current = (next ?? doc).get(id);
    const merged = current ? mergeEntry(current, incoming) : incoming;
    if (current && sameEntry(merged, current)) continue;
    next ??= new Map(doc);
    next.set(id, merged);
    changed.push(id);
  }
  return { doc: next ?? doc, changed };
}

/** The merge of two whole drafts (see `mergeEntry`). */
export function mergeDocs(a: DraftDoc, b: DraftDoc): DraftDoc {
  return mergeEntries(a, b.values()).doc;
}

/** The staged list a draft shows: its live annotations in the order they were created. */
export function liveAnnotations(doc: DraftDoc): StagedAnnotation[] {
  return [...doc.values()]
    .filter(isLive)
    .sort((x, y) => comparePos(x.pos, y.pos))
    .map((e) => e.a);
}

/** True when `annotations` are in the draft's order (checked in O(n), to skip a sort). */
export function inDraftOrder(doc: DraftDoc, annotations: readonly StagedAnnotation[]): boolean {
  let previous: DraftEntry['pos'] | null = null;
  for (const a of annotations) {
    const pos = doc.get(a.localId)?.pos;
    if (!pos) return false;
    if (previous && comparePos(previous, pos) >= 0) return false;
    previous = pos;
  }
  return true;
}

/**
 * Drop entries that are not live and whose latest revision is older than `beforeN` (clock
 * value, about ms): tombstones need to outlive only the tabs that could still hold an older copy.
 */
export function pruneTombstones(doc: DraftDoc, beforeN: number): DraftDoc {
  let next: Map<string, DraftEntry> | null = null;
  for (const [id, e] of doc) {
    if (isLive(e) || highestN(e) >= beforeN) continue;
    next ??= new Map(doc);
    next.delete(id);
  }
  return next ?? doc;
}

/** A draft from a list of entries (later duplicates are merged in). */
export function docFromEntries(entries: Iterable<DraftEntry>): DraftDoc {
  return mergeEntries(EMPTY_DRAFT, entries).doc;
}

/**
 * A draft from a plain list of staged annotations (a draft saved before revisions existed):
 * created by `tab` at clock value `n`, in list order.
 */
export function docFromAnnotations(
  annotations: readonly StagedAnnotation[],
  n: number,
  tab: string,
): DraftDoc {
  return docFromEntries(annotations.map((a, i) => ({ a, pos: [n, tab, i] })));
}
