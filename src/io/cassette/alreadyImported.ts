/**
 * Has a wafer of a cassette already been imported into its sample? Every imported annotation
 * carries its provenance in metadata (source_file, wafer_id, source_row, source_column; see
 * stageWafer) and, once submitted, its resubmit token (client_batch, client_index; see
 * submitLedger.ts). Planned annotations are matched to the sample's stored records by token
 * when the ledger gave them one, else by provenance, so a resumed or repeated import sends only
 * what is missing. Pure: the caller lists the records.
 */

import type { StagedAnnotation } from '../../domain/staging/staged';
import { tokenOf } from '../../domain/staging/submitToken';
import { countFromSource } from '../earlierImports';

/** The fields of a stored annotation this check reads (a SpatialAnnotation fits). */
export interface StoredForCheck {
  property_name: string;
  annotation_metadata: Record<string, unknown> | null;
}

export type ImportState = 'not-imported' | 'partial' | 'complete';

export interface ImportCheck {
  state: ImportState;
  /** Stored records that came from this file and wafer (any row). */
  storedFromSource: number;
  /** Planned annotations already stored (matched by token or provenance). */
  alreadyStored: number;
  /** Planned annotations still to send, in planned order. */
  remaining: StagedAnnotation[];
  /** Stored records whose provenance another stored record has too (stored twice before). */
  storedTwice: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The provenance of one annotation: file, wafer, row, column and property, or null when the
 * metadata has no source_file or source_row (hand-entered points are never "already imported").
 */
export function provenanceKey(
  propertyName: string,
  metadata: Readonly<Record<string, unknown>> | null | undefined,
): string | null {
  const file = text(metadata?.source_file);
  const row = metadata?.source_row;
  if (file === null || typeof row !== 'number') return null;
  const wafer = text(metadata?.wafer_id);
  const column = text(metadata?.source_column);
  return JSON.stringify([file, wafer, row, column, propertyName]);
}

/**
 * Compare what an import plans for one sample with the sample's stored records. `tokens` maps a
 * planned annotation's localId to the `batch#index` token the submit ledger gave it (a resumed
 * submit); such an annotation is stored when a record carries that token. Any other planned
 * annotation is stored when a record has its provenanceKey. State: 'complete' when nothing is
 * left to send (and something was planned), 'partial' when some of it is stored, else
 * 'not-imported'.
 */
export function checkAlreadyImported(
  stored: Iterable<StoredForCheck>,
  planned: readonly StagedAnnotation[],
  source: { sourceFile: string; waferId: string | null },
  tokens: ReadonlyMap<string, string> = new Map(),
): ImportCheck {
  const storedKeys = new Map<string, number>();
  const storedTokens = new Set<string>();
  const metadata: Array<Record<string, unknown> | null> = [];
  for (const r of stored) {
    metadata.push(r.annotation_metadata);
    const token = tokenOf(r.annotation_metadata);
    if (token) storedTokens.add(token);
    const key = provenanceKey(r.property_name, r.annotation_metadata);
    if (key) storedKeys.set(key, (storedKeys.get(key) ?? 0) + 1);
  }
  const remaining = planned.filter((p) => {
    const token = tokens.get(p.localId);
    if (token !== undefined && storedTokens.has(token)) return false;
    const key = provenanceKey(p.propertyName, p.metadata);
    return key === null || !storedKeys.has(key);
  });
  const alreadyStored = planned.length - remaining.length;
  let storedTwice = 0;
  for (const n of storedKeys.values()) if (n > 1) storedTwice += n;
  return {
    state:
      planned.length > 0 && remaining.length === 0
        ? 'complete'
        : alreadyStored > 0
          ? 'partial'
          : 'not-imported',
    storedFromSource: countFromSource(metadata, source.sourceFile, source.waferId),
    alreadyStored,
    remaining,
    storedTwice,
  };
}
