/**
 * The `physical_samples` table of the local API: the migration that adds the columns sample
 * updates need (references and metadata) to a database made by an earlier version, and the
 * prepared statements for listing, creating and updating samples.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { JsonObject, PhysicalSample, PhysicalSampleUpdate } from '../api/schemas';

/** Owner of every sample created locally (there are no users in the local server). */
const OWNER_NAME = 'local';

/**
 * Columns added after the first release, with their SQL type. A database created before them
 * gets them with `ALTER TABLE … ADD COLUMN` (existing rows read NULL: no metadata).
 */
const ADDED_COLUMNS: ReadonlyArray<[string, string]> = [
  ['sample_id', 'TEXT'],
  ['detail_notes_id', 'TEXT'],
  ['physical_sample_metadata', 'TEXT'],
];

/**
 * Adds the ADDED_COLUMNS the `physical_samples` table lacks, in one transaction; writes nothing
 * when none is missing (so a current read-only file still opens). The table itself is created
 * by storeSchema's SCHEMA.
 */
export function migrateSamplesTable(db: Database.Database): void {
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('physical_samples')")
      .all()
      .map((c) => c.name),
  );
  if (ADDED_COLUMNS.every(([column]) => present.has(column))) return;
  db.transaction(() => {
    for (const [column, type] of ADDED_COLUMNS) {
      // Column names come from the constant above, never from a request.
      if (!present.has(column))
        db.exec(`ALTER TABLE physical_samples ADD COLUMN ${column} ${type}`);
    }
  })();
}

/** A sample as the local API answers: the listed fields, the references and the metadata. */
export type StoredSample = PhysicalSample & {
  sample_id: string | null;
  detail_notes_id: string | null;
  physical_sample_metadata: JsonObject | null;
};

type SampleRow = Omit<StoredSample, 'physical_sample_metadata'> & {
  physical_sample_metadata: string | null;
};

const COLUMNS =
  'id, name, created_datetime, last_updated, owner_name, sample_id, detail_notes_id, physical_sample_metadata';

function toSample(row: SampleRow): StoredSample {
  const metadata = row.physical_sample_metadata;
  return {
    ...row,
    physical_sample_metadata: metadata === null ? null : (JSON.parse(metadata) as JsonObject),
    // Atomscale lists a sample's projects; the local server has no projects.
    projects: [],
  };
}

/** Prepared statements over `physical_samples` (the schema and migration must have run). */
export function samplesTable(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO physical_samples (${COLUMNS})
     VALUES (@id, @name, @created_datetime, @last_updated, @owner_name, NULL, NULL, NULL)`,
  );
  const selectAll = db.prepare<[], SampleRow>(
    `SELECT ${COLUMNS} FROM physical_samples ORDER BY seq`,
  );
  const selectOne = db.prepare<[string], SampleRow>(
    `SELECT ${COLUMNS} FROM physical_samples WHERE id = ?`,
  );
  const updateRow = db.prepare(
    `UPDATE physical_samples SET name = @name, sample_id = @sample_id,
       detail_notes_id = @detail_notes_id, physical_sample_metadata = @physical_sample_metadata,
       last_updated = @last_updated
     WHERE id = @id`,
  );

  const updateOne = db.transaction((id: string, patch: PhysicalSampleUpdate) => {
    const current = selectOne.get(id);
    if (!current) return undefined;
    const next = { ...current, last_updated: new Date().toISOString() };
    // JSON cannot carry undefined, so undefined means "not sent" and null means "clear".
    if (patch.name !== undefined) next.name = patch.name;
    if (patch.sample_id !== undefined) next.sample_id = patch.sample_id;
    if (patch.detail_notes_id !== undefined) next.detail_notes_id = patch.detail_notes_id;
    if (patch.physical_sample_metadata !== undefined) {
      const m = patch.physical_sample_metadata;
      next.physical_sample_metadata = m === null ? null : JSON.stringify(m);
    }
    updateRow.run(next);
    return toSample(next);
  });

  return {
    list: (id?: string): StoredSample[] => {
      if (id === undefined) return selectAll.all().map(toSample);
      const row = selectOne.get(id);
      return row ? [toSample(row)] : [];
    },
    exists: (id: string) => selectOne.get(id) !== undefined,
    create(name: string): StoredSample {
      const now = new Date().toISOString();
      const sample = {
        id: randomUUID(),
        name,
        created_datetime: now,
        last_updated: now,
        owner_name: OWNER_NAME,
      };
      insert.run(sample);
      return {
        ...sample,
        sample_id: null,
        detail_notes_id: null,
        physical_sample_metadata: null,
        projects: [],
      };
    },
    /** Partial update (see PhysicalSampleUpdate); undefined when the sample does not exist. */
    update: (id: string, patch: PhysicalSampleUpdate) => updateOne(id, patch),
  };
}
