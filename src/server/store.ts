/**
 * SQLite storage of the local API (better-sqlite3, synchronous). Every query is a prepared
 * statement with bound parameters, so user text never becomes SQL.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  ANNOTATION_VALUE_FIELDS,
  type AnnotationCreate,
  type AnnotationFilters,
  type AnnotationUpdate,
  type JsonObject,
  type PhysicalSampleUpdate,
  type SpatialAnnotation,
} from '../api/schemas';
import { migrateSamplesTable, type StoredSample, samplesTable } from './samplesTable';
import { blankPathError } from './storageErrors';
import {
  type OpenStoreOptions,
  prepareConnection,
  TokenConflictError,
  tokenColumns,
  WHERE_TOKEN,
} from './storeSchema';

export { type OpenStoreOptions, TokenConflictError } from './storeSchema';

/** Name of the sample `seedDemoSample` creates in an empty database. */
export const DEMO_SAMPLE_NAME = 'Demo 150 mm Si wafer';

/**
 * How long a write waits for another connection's lock before failing with SQLITE_BUSY. One
 * server process never contends with itself (better-sqlite3 runs each transaction synchronously),
 * so this only matters when another process (a second server, the sqlite3 shell) writes to the
 * same file. The wait blocks the event loop, so it is kept short.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** Typed access to the local database. All methods are synchronous and may throw SqliteError. */
export interface Store {
  /** Samples in creation order; `id` narrows the list to that sample (or none). */
  listSamples(filter?: { id?: string | undefined }): StoredSample[];
  /** Inserts a sample owned by "local" (no metadata) and returns it. */
  createSample(name: string): StoredSample;
  /**
   * Changes only the fields `patch` holds (null clears one) and bumps `last_updated`; the
   * metadata object is replaced whole. Undefined when the sample does not exist.
   */
  updateSample(id: string, patch: PhysicalSampleUpdate): StoredSample | undefined;
  sampleExists(id: string): boolean;
  /**
   * Annotations of one sample in insertion order. Text filters match exactly; the coordinate
   * bounds are inclusive and leave out annotations whose coordinate is null.
   */
  listAnnotations(sampleId: string, filters?: AnnotationFilters): SpatialAnnotation[];
  /**
   * Inserts all items in one transaction (all or nothing) and returns them in the given order,
   * each with a new UUID, version "1" and one shared `last_updated`. An item whose metadata
   * carries a resubmit token (see tokenColumns) already stored in this sample, or sent earlier
   * in `items`, is not stored again: its place in the answer holds that stored record. Throws if
   * the sample is missing (foreign key) or any row violates a constraint; nothing is stored then.
   */
  createAnnotations(sampleId: string, items: readonly AnnotationCreate[]): SpatialAnnotation[];
  /**
   * Applies a partial update: absent fields stay, null clears, `metadata` maps to
   * `annotation_metadata`. Bumps `version` and `last_updated`. Undefined when the annotation does
   * not exist in that sample. New metadata moves the resubmit token with it; throws
   * TokenConflictError (nothing changed) when another annotation of the sample holds that token.
   */
  updateAnnotation(
    sampleId: string,
    annotationId: string,
    patch: AnnotationUpdate,
  ): SpatialAnnotation | undefined;
  /** True when a row of that sample was deleted. */
  deleteAnnotation(sampleId: string, annotationId: string): boolean;
  close(): void;
}

/** The columns a client can set, in the order they are written. */
const FIELDS = [...ANNOTATION_VALUE_FIELDS, 'data_id'] as const;

type AnnotationRow = Omit<SpatialAnnotation, 'annotation_metadata' | 'version'> & {
  annotation_metadata: string | null;
  version: number;
};

const ANNOTATION_COLUMNS = `id, physical_sample_id, ${FIELDS.join(', ')}, annotation_metadata,
  last_updated, version`;

function toAnnotation(row: AnnotationRow): SpatialAnnotation {
  const metadata = row.annotation_metadata;
  return {
    ...row,
    annotation_metadata: metadata === null ? null : (JSON.parse(metadata) as JsonObject),
    version: String(row.version),
  };
}

/** The row values of a create request, absent optional fields as null. */
function rowValues(item: AnnotationCreate | AnnotationUpdate) {
  const values: Record<string, unknown> = {};
  for (const field of FIELDS) values[field] = item[field] ?? null;
  values.annotation_metadata = item.metadata == null ? null : JSON.stringify(item.metadata);
  return values;
}

/**
 * Opens (creating if needed) the database at `path`, including missing parent folders;
 * `':memory:'` gives a private in-memory database. Enables WAL (readers never block the writer),
 * foreign keys and a busy timeout of BUSY_TIMEOUT_MS, and migrates an older file (migrateSchema).
 * Throws SqliteError or a Node file-system error when the file cannot be opened or migrated.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  if (path.trim() === '') throw blankPathError();
  if (path !== ':memory:' && !readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS, readonly });
  try {
    prepareConnection(db, path, options);
    migrateSamplesTable(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const samples = samplesTable(db);
  const insertAnnotation = db.prepare(
    `INSERT INTO annotations (id, physical_sample_id, ${FIELDS.join(', ')}, annotation_metadata,
       last_updated, version, client_batch, client_index)
     VALUES (@id, @physical_sample_id, ${FIELDS.map((f) => `@${f}`).join(', ')},
       @annotation_metadata, @last_updated, 1, @client_batch, @client_index)`,
  );
  const selectByToken = db.prepare<Record<string, unknown>, AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE ${WHERE_TOKEN}`,
  );
  // One static statement for every filter combination: a null parameter switches its test off.
  const selectAnnotations = db.prepare<Record<string, unknown>, AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations
     WHERE physical_sample_id = @sampleId
       AND (@property_name IS NULL OR property_name = @property_name)
       AND (@char_source_type IS NULL OR char_source_type = @char_source_type)
       AND (@x_min IS NULL OR coord_x >= @x_min)
       AND (@x_max IS NULL OR coord_x <= @x_max)
       AND (@y_min IS NULL OR coord_y >= @y_min)
       AND (@y_max IS NULL OR coord_y <= @y_max)
     ORDER BY seq`,
  );
  const selectAnnotation = db.prepare<[string, string], AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS} FROM annotations WHERE id = ? AND physical_sample_id = ?`,
  );
  const updateRow = db.prepare(
    `UPDATE annotations SET ${FIELDS.map((f) => `${f} = @${f}`).join(', ')},
       annotation_metadata = @annotation_metadata, last_updated = @last_updated,
       version = version + 1,
       client_batch = iif(@keepToken, client_batch, @client_batch),
       client_index = iif(@keepToken, client_index, @client_index)
     WHERE id = @id AND physical_sample_id = @physical_sample_id`,
  );
  const deleteRow = db.prepare('DELETE FROM annotations WHERE id = ? AND physical_sample_id = ?');

  const insertMany = db.transaction((sampleId: string, items: readonly AnnotationCreate[]) => {
    const last_updated = new Date().toISOString();
    return items.map((item) => {
      const token = tokenColumns(item.metadata);
      // Finds earlier items of this request too: they are already inserted in this transaction.
      const stored =
        token.client_batch === null ? undefined : selectByToken.get({ sampleId, ...token });
      if (stored) return toAnnotation(stored);
      const row = { id: randomUUID(), physical_sample_id: sampleId, ...rowValues(item) };
      insertAnnotation.run({ ...row, ...token, last_updated });
      return toAnnotation({ ...row, last_updated, version: 1 } as AnnotationRow);
    });
  });

  const updateOne = db.transaction((sampleId: string, id: string, patch: AnnotationUpdate) => {
    const current = selectAnnotation.get(id, sampleId);
    if (!current) return undefined;
    // Without new metadata the token columns stay as they are (an old duplicate keeps none).
    const keepToken = patch.metadata === undefined;
    const token = tokenColumns(patch.metadata);
    if (!keepToken && token.client_batch !== null) {
      const holder = selectByToken.get({ sampleId, ...token });
      if (holder && holder.id !== id) throw new TokenConflictError(token, holder.id);
    }
    const { annotation_metadata, ...stored } = toAnnotation(current);
    const merged: Record<string, unknown> = { ...stored, metadata: annotation_metadata };
    // JSON cannot carry undefined, so undefined means "not sent" and null means "clear".
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
    const values = rowValues(merged as AnnotationUpdate);
    const last_updated = new Date().toISOString();
    updateRow.run({
      ...values,
      ...token,
      keepToken: keepToken ? 1 : 0,
      id,
      physical_sample_id: sampleId,
      last_updated,
    });
    const updated = selectAnnotation.get(id, sampleId);
    return updated && toAnnotation(updated);
  });

  return {
    listSamples: (filter) => samples.list(filter?.id),
    createSample: (name) => samples.create(name),
    updateSample: (id, patch) => samples.update(id, patch),
    sampleExists: (id) => samples.exists(id),
    listAnnotations(sampleId, filters = {}) {
      const { property_name, char_source_type, x_min, x_max, y_min, y_max } = filters;
      const params = { property_name, char_source_type, x_min, x_max, y_min, y_max };
      const bound = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? null]));
      return selectAnnotations.all({ ...bound, sampleId }).map(toAnnotation);
    },
    // IMMEDIATE takes the write lock before the token lookups, so another process writing the
    // same file cannot slip a token in between a lookup and its insert.
    createAnnotations: (sampleId, items) => insertMany.immediate(sampleId, items),
    updateAnnotation: (sampleId, annotationId, patch) =>
      updateOne.immediate(sampleId, annotationId, patch),
    deleteAnnotation: (sampleId, annotationId) => deleteRow.run(annotationId, sampleId).changes > 0,
    close: () => db.close(),
  };
}

/**
 * Creates the demo sample only when the database has no samples at all, so the first start has
 * something to open and restarts add no duplicates. Returns it, or undefined when nothing was
 * created.
 */
export function seedDemoSample(store: Store): StoredSample | undefined {
  if (store.listSamples().length > 0) return undefined;
  return store.createSample(DEMO_SAMPLE_NAME);
}
