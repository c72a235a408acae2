import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFailureLine } from './storageErrors';
import { openStore, TokenConflictError } from './store';
import { TOKEN_INDEX } from './storeSchema';
import { serverFixture } from './testServer';

/** The schema the local server wrote before resubmit tokens had their own columns. */
const OLD_SCHEMA = `
CREATE TABLE physical_samples (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  created_datetime TEXT NOT NULL, last_updated TEXT NOT NULL, owner_name TEXT);
CREATE TABLE annotations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
  physical_sample_id TEXT NOT NULL REFERENCES physical_samples(id) ON DELETE CASCADE,
  property_name TEXT NOT NULL, property_value REAL NOT NULL, property_unit TEXT,
  char_source_type TEXT,
  coord_ref_frame TEXT CHECK (coord_ref_frame IN ('sample_relative', 'stage_absolute')),
  coord_units TEXT, coord_x REAL, coord_y REAL, coord_z REAL, data_id TEXT,
  annotation_metadata TEXT, last_updated TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
CREATE INDEX annotations_by_sample ON annotations (physical_sample_id, seq);
`;

const SAMPLE_A = '00000000-0000-4000-8000-00000000000a';
const SAMPLE_B = '00000000-0000-4000-8000-00000000000b';
const SAMPLE_C = '00000000-0000-4000-8000-00000000000c';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An old-format file: sample A holds a duplicated token, C holds metadata that is not JSON. */
function writeOldDatabase(path: string): void {
  const db = new Database(path);
  db.exec(OLD_SCHEMA);
  const sample = db.prepare(
    "INSERT INTO physical_samples (id, name, created_datetime, last_updated) VALUES (?, ?, 't', 't')",
  );
  for (const s of [SAMPLE_A, SAMPLE_B, SAMPLE_C]) sample.run(s, s.slice(-1));
  const row = db.prepare(
    `INSERT INTO annotations (id, physical_sample_id, property_name, property_value,
       annotation_metadata, last_updated) VALUES (?, ?, 'thickness', ?, ?, '2026-01-01T00:00:00.000Z')`,
  );
  const token = (batch: string, index: unknown) =>
    JSON.stringify({ client_batch: batch, client_index: index });
  row.run(id(1), SAMPLE_A, 1, token('b', 0));
  row.run(id(2), SAMPLE_A, 2, token('b', 0));
  row.run(id(3), SAMPLE_A, 3, token('b', 1));
  row.run(id(4), SAMPLE_B, 4, token('b', 0));
  row.run(id(5), SAMPLE_A, 5, token('b', 1.5));
  row.run(id(6), SAMPLE_A, 6, null);
  row.run(id(7), SAMPLE_C, 7, '{not json');
  row.run(id(8), SAMPLE_C, 8, '[1, 2]');
  db.close();
}

const retry = (batch: string, index: number, value = 99) => ({
  property_name: 'thickness',
  property_value: value,
  metadata: { client_batch: batch, client_index: index },
});

describe('opening a database written before resubmit tokens had columns', () => {
  const t = serverFixture({ start: false });
  beforeEach(() => {
    writeOldDatabase(`${t.temp.dir}/old.sqlite`);
  });

  it('adds and fills the token columns; the first of duplicates keeps its token, none is lost', () => {
    const path = `${t.temp.dir}/old.sqlite`;
    const warnings: string[] = [];
    const store = openStore(path, { onWarning: (line) => warnings.push(line) });
    try {
      expect(warnings).toEqual([
        `${path}: 1 annotation repeats the client_batch/client_index of an earlier annotation of its sample; all are kept, and retries of those pairs answer the earliest one`,
      ]);
      const values = store.listAnnotations(SAMPLE_A).map((r) => r.property_value);
      expect(values).toEqual([1, 2, 3, 5, 6]);
      const answers = store.createAnnotations(SAMPLE_A, [retry('b', 0), retry('b', 1)]);
      expect(answers.map((r) => r.id)).toEqual([id(1), id(3)]);
      expect(store.createAnnotations(SAMPLE_B, [retry('b', 0)])[0]?.id).toBe(id(4));
      // 1.5 was never a token, so (b, 1) above matched row 3, and nothing new was stored in A.
      expect(store.listAnnotations(SAMPLE_A)).toHaveLength(5);
      // The duplicate keeps working: edits that leave its metadata alone succeed...
      expect(store.updateAnnotation(SAMPLE_A, id(2), { property_value: 20 })?.version).toBe('2');
      // ...but re-sending its metadata would give it the first row's token.
      expect(() =>
        store.updateAnnotation(SAMPLE_A, id(2), { metadata: retry('b', 0).metadata }),
      ).toThrow(TokenConflictError);
    } finally {
      store.close();
    }
  });

  it('migrates once: a second open warns no more and changes nothing', () => {
    const path = `${t.temp.dir}/old.sqlite`;
    openStore(path).close();
    const before = new Database(path, { readonly: true });
    const rows = before.prepare('SELECT * FROM annotations ORDER BY seq').all();
    before.close();
    const warnings: string[] = [];
    openStore(path, { onWarning: (line) => warnings.push(line) }).close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT * FROM annotations ORDER BY seq').all()).toEqual(rows);
    const index = after.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(TOKEN_INDEX);
    after.close();
    expect(warnings).toEqual([]);
    expect(index).toBeDefined();
  });

  it('rebuilds the tokens when the index was dropped, even over duplicates written meanwhile', () => {
    const path = `${t.temp.dir}/old.sqlite`;
    openStore(path).close();
    const db = new Database(path);
    db.exec(`DROP INDEX ${TOKEN_INDEX}`);
    db.prepare('UPDATE annotations SET client_batch = ?, client_index = ? WHERE seq = 2').run(
      'b',
      0,
    );
    db.close();
    const store = openStore(path);
    expect(store.createAnnotations(SAMPLE_A, [retry('b', 0)])[0]?.id).toBe(id(1));
    store.close();
  });

  it('cannot migrate a read-only open of an old file, and says so in one line', () => {
    const path = `${t.temp.dir}/old.sqlite`;
    let thrown: unknown;
    try {
      openStore(path, { readonly: true }).close();
    } catch (error) {
      thrown = error;
    }
    expect(openFailureLine(path, thrown)).toBe(
      `Local API cannot open its database ${path}: the database file is read-only`,
    );
  });

  it('opens a current file read-only: reads work, writes fail with SQLITE_READONLY', () => {
    const path = `${t.temp.dir}/old.sqlite`;
    openStore(path).close();
    const store = openStore(path, { readonly: true });
    try {
      expect(store.listAnnotations(SAMPLE_A)).toHaveLength(5);
      expect(() => store.createAnnotations(SAMPLE_A, [retry('n', 0)])).toThrow(
        expect.objectContaining({ code: 'SQLITE_READONLY' }),
      );
    } finally {
      store.close();
    }
  });
});
