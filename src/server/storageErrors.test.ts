import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cantOpenCause, openFailureLine, storageFailure } from './storageErrors';
import { serverFixture } from './testServer';

const sqlite = (code: string) => Object.assign(new Error(code), { code });

describe('storageFailure', () => {
  it.each([
    ['SQLITE_FULL', 507, 'disk full'],
    ['SQLITE_READONLY', 503, 'the database file is read-only'],
    ['SQLITE_READONLY_ROLLBACK', 503, 'the database file is read-only'],
    ['SQLITE_READONLY_DBMOVED', 503, 'the database file was moved or deleted while the server ran'],
    ['SQLITE_READONLY_DIRECTORY', 503, 'the folder of the database file is read-only'],
    ['SQLITE_BUSY', 503, 'another program is using it (database locked); try again'],
    ['SQLITE_BUSY_SNAPSHOT', 503, 'another program is using it (database locked); try again'],
    ['SQLITE_LOCKED', 503, 'another program is using it (database locked); try again'],
    ['SQLITE_IOERR_WRITE', 503, 'a disk read or write failed (SQLITE_IOERR_WRITE)'],
    ['SQLITE_IOERR', 503, 'a disk read or write failed (SQLITE_IOERR)'],
    ['SQLITE_IOERR_NOMEM', 503, 'out of memory'],
    ['SQLITE_CANTOPEN', 503, 'the database file cannot be opened'],
    ['SQLITE_CORRUPT_INDEX', 503, 'the database file is damaged'],
    ['SQLITE_NOTADB', 503, 'the file is not an SQLite database'],
  ])('%s answers %i naming the cause', (code, status, cause) => {
    expect(storageFailure(sqlite(code), true)).toEqual({
      status,
      detail: `The local database cannot be written: ${cause}`,
    });
  });

  it('says "read" for a failed read', () => {
    expect(storageFailure(sqlite('SQLITE_CORRUPT'), false)?.detail).toBe(
      'The local database cannot be read: the database file is damaged',
    );
  });

  it('leaves bugs (constraint errors, plain errors) to the 500 handler', () => {
    expect(storageFailure(sqlite('SQLITE_CONSTRAINT_UNIQUE'), true)).toBeNull();
    expect(storageFailure(sqlite('SQLITE_ERROR'), true)).toBeNull();
    expect(storageFailure(new TypeError('x is undefined'), true)).toBeNull();
    expect(storageFailure(sqlite('SQLITE_FULLISH'), true)).toBeNull();
  });
});

describe('openFailureLine', () => {
  const t = serverFixture({ start: false });

  it('looks at the path when SQLite only says it cannot open it', () => {
    mkdirSync(join(t.temp.dir, 'folder'));
    writeFileSync(join(t.temp.dir, 'file'), '');
    const cant = sqlite('SQLITE_CANTOPEN');
    expect(openFailureLine(join(t.temp.dir, 'folder'), cant)).toMatch(
      /: it is a folder, not a file$/,
    );
    expect(openFailureLine(join(t.temp.dir, 'file', 'x.sqlite'), cant)).toMatch(
      /: part of its folder path is a file, not a folder$/,
    );
    expect(openFailureLine(join(t.temp.dir, 'none', 'x.sqlite'), cant)).toMatch(
      /: its folder does not exist$/,
    );
  });

  it('names a read-only file system or a refused permission when SQLite cannot open the file', () => {
    const path = join(t.temp.dir, 'db.sqlite');
    const refuse = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(cantOpenCause(path, refuse('EROFS'))).toBe('the file system is read-only');
    expect(cantOpenCause(path, refuse('EACCES'))).toBe('permission denied');
    expect(cantOpenCause(path, () => undefined)).toBe('the file cannot be opened');
  });

  it('names file-system causes and keeps only the first line of anything else', () => {
    const path = '/data/x.sqlite';
    const fsError = Object.assign(new Error('ENOTDIR: not a directory'), { code: 'ENOTDIR' });
    expect(openFailureLine(path, fsError)).toBe(
      'Local API cannot open its database /data/x.sqlite: part of its folder path is a file, not a folder',
    );
    expect(openFailureLine(path, new Error('first line\n    at somewhere (x.ts:1:1)'))).toBe(
      'Local API cannot open its database /data/x.sqlite: first line',
    );
  });
});
