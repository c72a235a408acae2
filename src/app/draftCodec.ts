/**
 * How drafts are written to browser storage, and read back through zod: version 2 holds the
 * shared draft (entries with revisions and tombstones); version 1, a plain list of staged
 * annotations, is still read (drafts saved before drafts were shared across tabs). A draft kept
 * in IndexedDB leaves a small marker in localStorage, so its existence (and every change, through
 * the `storage` event) is visible to all tabs.
 */
import { z } from 'zod';
import {
  type DraftDoc,
  DraftEntry,
  docFromAnnotations,
  docFromEntries,
} from '../domain/staging/draftDoc';
import { StagedAnnotation } from '../domain/staging/staged';

export const DRAFT_PREFIX = 'wafer-annotator:draft:';

const DraftV1 = z.object({ version: z.literal(1), annotations: z.array(StagedAnnotation) });
const DraftV2 = z.object({ version: z.literal(2), entries: z.array(DraftEntry) });
type DraftV2 = z.infer<typeof DraftV2>;

/** What localStorage holds for a draft kept in the overflow store (IndexedDB). */
export const OverflowMarker = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  overflow: z.literal(true),
  count: z.number(),
  savedAt: z.string(),
});

/** Clock value and tab id given to entries read from a version-1 draft. */
const V1_REVISION = [0, 'saved'] as const;

/** A stored draft value (either version), or null when it is neither. */
export function decodeDraft(value: unknown): DraftDoc | null {
  const v2 = DraftV2.safeParse(value);
  if (v2.success) return docFromEntries(v2.data.entries);
  const v1 = DraftV1.safeParse(value);
  if (v1.success) return docFromAnnotations(v1.data.annotations, ...V1_REVISION);
  return null;
}

/** The stored (version 2) form of a draft: its entries as a list. */
export function encodeDraft(doc: DraftDoc): DraftV2 {
  return { version: 2, entries: [...doc.values()] };
}

/** JSON text parsed, or undefined when it is not JSON. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The sample whose draft a localStorage key holds (for the `storage` event), else null. */
export function sampleIdOfKey(key: string | null): string | null {
  if (!key?.startsWith(DRAFT_PREFIX) || key.startsWith(`${DRAFT_PREFIX}corrupt:`)) return null;
  return key.slice(DRAFT_PREFIX.length);
}

/** A message between tabs: the entries one tab just wrote. */
export const DraftMessage = z.object({
  type: z.literal('draft'),
  sampleId: z.string(),
  entries: z.array(DraftEntry),
});
export type DraftMessage = z.infer<typeof DraftMessage>;
