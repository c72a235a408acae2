/**
 * The SQLite schema of the local API and its migration on open, including the resubmit tokens:
 * an annotation whose metadata carries `client_batch` (string) and `client_index` (integer)
 * keeps that pair in two columns under a unique index per sample, so a retried create is found
 * by one index probe and can never be stored twice.
 */
import type Database from 'better-sqlite3';

/** Tables as a fresh database gets them; existing files are brought here by migrateSchema. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS physical_samples (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_datetime TEXT NOT NULL,
  last_updated TEXT NOT NULL,
  owner_name TEXT
);
CREATE TABLE IF NOT EXISTS annotations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  physical_sample_id TEXT NOT NULL REFERENCES physical_samples(id) ON DELETE CASCADE,
  property_name TEXT NOT NULL,
  property_value REAL NOT NULL,
  property_unit TEXT,
  char_source_type TEXT,
  coord_ref_frame TEXT CHECK (coord_ref_frame IN ('sample_relative', 'stage_absolute')),
  coord_units TEXT,
  coord_x REAL,
  coord_y REAL,
  coord_z REAL,
  data_id TEXT,
  annotation_metadata TEXT,
  last_updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  client_batch TEXT,
  client_index INTEGER
);
CREATE INDEX IF NOT EXISTS annotations_by_sample ON annotations (physical_sample_id, seq);
`;

/** Name of the unique index on (physical_sample_id, client_batch, client_index). */
export const TOKEN_INDEX = 'annotations_by_token';

const CREATE_TOKEN_INDEX = `CREATE UNIQUE INDEX IF NOT EXISTS ${TOKEN_INDEX}
  ON annotations (physical_sample_id, client_batch, client_index)
  WHERE client_batch IS NOT NULL AND client_index IS NOT NULL`;

/** WHERE clause that finds the annotation holding a token (served by TOKEN_INDEX). */
export const WHERE_TOKEN =
  'physical_sample_id = @sampleId AND client_batch = @client_batch AND client_index = @client_index';

/** The token columns of one annotation; both null when its metadata carries no token. */
export interface TokenColumns {
  client_batch: string | null;
  client_index: number | null;
}

const NO_TOKEN: TokenColumns = { client_batch: null, client_index: null };

/**
 * The resubmit token of `metadata`: `client_batch` must be a string and `client_index` a safe
 * integer (JSON `3` or `3.0`); anything else means "no token" and the item is stored as usual.
 */
export function tokenColumns(metadata: Record<string, unknown> | null | undefined): TokenColumns {
  const batch = metadata?.client_batch;
  const index = metadata?.client_index;
  if (typeof batch !== 'string' || !Number.isSafeInteger(index)) return NO_TOKEN;
  return { client_batch: batch, client_index: index as number };
}

/**
 * What migrateSchema did: `tokensRebuilt` when it (re)filled the token columns from the stored
 * metadata; `duplicateTokens` rows share a token with an earlier row and were left without one.
 */
export interface MigrationReport {
  tokensRebuilt: boolean;
  duplicateTokens: number;
}

/** The stored metadata text as an object, or null when absent or not a JSON object. */
function parseMetadata(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Fills the token columns from the stored metadata, in insertion order. When rows written before
 * the index existed share a token, the first keeps it and the later ones get none (their data
 * and metadata stay as they are), so opening never fails on old duplicates. Returns how many
 * rows were left without their token.
 */
function backfillTokens(db: Database.Database): number {
  const rows = db
    .prepare<[], { seq: number; sample: string; metadata: string | null }>(
      `SELECT seq, physical_sample_id AS sample, annotation_metadata AS metadata
       FROM annotations WHERE annotation_metadata IS NOT NULL ORDER BY seq`,
    )
    .all();
  const setToken = db.prepare(
    'UPDATE annotations SET client_batch = @client_batch, client_index = @client_index WHERE seq = @seq',
  );
  const seen = new Set<string>();
  let duplicates = 0;
  for (const row of rows) {
    const token = tokenColumns(parseMetadata(row.metadata));
    if (token.client_batch === null) continue;
    const key = JSON.stringify([row.sample, token.client_batch, token.client_index]);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    setToken.run({ ...token, seq: row.seq });
  }
  return duplicates;
}

/**
 * Brings any database file to the current schema in one transaction: creates missing tables,
 * adds the token columns to a file written before they existed, and, whenever the unique token
 * index is missing, refills the token columns from the stored metadata (see backfillTokens)
 * before creating it, so old duplicates can never make the index (and the start) fail. Writes
 * nothing when the file is already current, so a read-only file still opens.
 */
export function migrateSchema(db: Database.Database): MigrationReport {
  const exists = (type: string, name: string) =>
    db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get(type, name) !==
    undefined;
  const current =
    exists('table', 'physical_samples') &&
    exists('table', 'annotations') &&
    exists('index', TOKEN_INDEX);
  if (current) return { tokensRebuilt: false, duplicateTokens: 0 };
  const migrate = db.transaction((): MigrationReport => {
    db.exec(SCHEMA);
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(annotations)').all();
    const names = new Set(columns.map((c) => c.name));
    if (!names.has('client_batch')) db.exec('ALTER TABLE annotations ADD COLUMN client_batch TEXT');
    if (!names.has('client_index'))
      db.exec('ALTER TABLE annotations ADD COLUMN client_index INTEGER');
    db.exec('UPDATE annotations SET client_batch = NULL, client_index = NULL');
    const duplicateTokens = backfillTokens(db);
    db.exec(CREATE_TOKEN_INDEX);
    return { tokensRebuilt: true, duplicateTokens };
  });
  return migrate.immediate();
}

/** A PATCH would give an annotation the resubmit token another annotation of its sample holds. */
export class TokenConflictError extends Error {
  constructor(
    readonly token: TokenColumns,
    readonly holderId: string,
  ) {
    super(
      `Annotation ${holderId} of this sample already has client_batch ${JSON.stringify(token.client_batch)} with client_index ${token.client_index}; that pair identifies one annotation`,
    );
    this.name = 'TokenConflictError';
  }
}

/** Options of openStore; the defaults suit the server. */
export interface OpenStoreOptions {
  /** Open the file read-only (SQLite's SQLITE_OPEN_READONLY): every write fails. */
  readonly?: boolean;
  /** Caps the file at this many pages (PRAGMA max_page_count): writes past it fail as disk full. */
  maxPageCount?: number;
  /** How long a write waits for another connection's lock (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
  /** Receives problems found while opening that do not stop the server (old duplicate tokens). */
  onWarning?: (line: string) => void;
}

/**
 * Pragmas and schema migration of a freshly opened connection (see openStore); old duplicate
 * tokens are reported to `options.onWarning`. Throws SqliteError when the file cannot be read
 * or migrated.
 */
export function prepareConnection(
  db: Database.Database,
  path: string,
  options: OpenStoreOptions,
): void {
  // A read-only connection cannot switch the journal mode; a file this server made is WAL anyway.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${options.maxPageCount}`);
  const { duplicateTokens } = migrateSchema(db);
  if (duplicateTokens > 0) {
    options.onWarning?.(
      `${path}: ${duplicateTokens === 1 ? '1 annotation repeats' : `${duplicateTokens} annotations repeat`} the client_batch/client_index of an earlier annotation of its sample; all are kept, and retries of those pairs answer the earliest one`,
    );
  }
}
