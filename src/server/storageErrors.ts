/**
 * The one place that turns a storage failure (an SQLite result code from better-sqlite3, or a
 * file-system error while creating the database folder) into words: a 503/507 answer for a
 * request, and a one-line reason when the server cannot open its database at start.
 * Codes: https://www.sqlite.org/rescode.html
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The answer to a request that failed in storage: `detail` names the cause. */
export interface StorageFailure {
  /** 507 when space ran out, 503 for every other storage condition (try later or fix the file). */
  status: 503 | 507;
  detail: string;
}

/**
 * Causes by SQLite result code, most specific first; a code matches an entry equal to it or
 * extending it (`SQLITE_READONLY_DBMOVED` extends `SQLITE_READONLY`).
 */
const SQLITE_CAUSES: readonly [code: string, status: 503 | 507, cause: string][] = [
  ['SQLITE_FULL', 507, 'disk full'],
  ['SQLITE_IOERR_NOMEM', 503, 'out of memory'],
  ['SQLITE_NOMEM', 503, 'out of memory'],
  ['SQLITE_READONLY_DBMOVED', 503, 'the database file was moved or deleted while the server ran'],
  ['SQLITE_READONLY_DIRECTORY', 503, 'the folder of the database file is read-only'],
  ['SQLITE_READONLY', 503, 'the database file is read-only'],
  ['SQLITE_BUSY', 503, 'another program is using it (database locked); try again'],
  ['SQLITE_LOCKED', 503, 'another program is using it (database locked); try again'],
  ['SQLITE_CANTOPEN', 503, 'the database file cannot be opened'],
  ['SQLITE_NOTADB', 503, 'the file is not an SQLite database'],
  ['SQLITE_CORRUPT', 503, 'the database file is damaged'],
  ['SQLITE_PERM', 503, 'permission denied'],
  ['SQLITE_AUTH', 503, 'permission denied'],
  ['SQLITE_IOERR', 503, 'a disk read or write failed'],
  ['SQLITE_PROTOCOL', 503, 'the file lock failed'],
];

/** Causes of Node file-system errors (creating the folder of DB_PATH). */
const FS_CAUSES: Readonly<Record<string, string>> = {
  ENOTDIR: 'part of its folder path is a file, not a folder',
  EEXIST: 'part of its folder path is a file, not a folder',
  ENOENT: 'its folder does not exist and cannot be created',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'disk full',
  EISDIR: 'it is a folder, not a file',
  EBLANKPATH: 'the path is blank; set DB_PATH to a file such as ./data/annotations.sqlite',
};

/** Thrown by `openStore` for a DB_PATH that is empty or only spaces (SQLite would open a
 * temporary database there, and every record would vanish on restart). */
export function blankPathError(): Error {
  return Object.assign(new Error('DB_PATH is blank'), { code: 'EBLANKPATH' });
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

function sqliteCause(code: string | undefined) {
  if (!code?.startsWith('SQLITE_')) return undefined;
  const entry = SQLITE_CAUSES.find(([c]) => code === c || code.startsWith(`${c}_`));
  if (!entry) return undefined;
  const [base, status, cause] = entry;
  // Which disk operation failed (SQLITE_IOERR_WRITE, _FSYNC...) helps whoever fixes the machine.
  return { status, cause: base === 'SQLITE_IOERR' ? `${cause} (${code})` : cause };
}

/**
 * The answer for an error thrown by the store, or null when it is not a storage condition (a
 * bug, answered as a bare 500). `write` picks "cannot be written" over "cannot be read".
 */
export function storageFailure(error: unknown, write: boolean): StorageFailure | null {
  const found = sqliteCause(codeOf(error));
  if (!found) return null;
  const verb = write ? 'written' : 'read';
  return { status: found.status, detail: `The local database cannot be ${verb}: ${found.cause}` };
}

/**
 * Why opening `path` failed when SQLite only says "cannot open": look at the path itself, then
 * ask the file system whether it may be written (a read-only mount answers EROFS even to root).
 * `access` is injectable for tests.
 */
export function cantOpenCause(
  path: string,
  access: (path: string, mode: number) => void = accessSync,
): string {
  try {
    if (statSync(path).isDirectory()) return 'it is a folder, not a file';
  } catch {
    try {
      if (!statSync(dirname(path)).isDirectory()) return FS_CAUSES.ENOTDIR ?? '';
    } catch {
      return 'its folder does not exist';
    }
  }
  try {
    access(existsSync(path) ? path : dirname(path), constants.R_OK | constants.W_OK);
  } catch (error) {
    const cause = FS_CAUSES[codeOf(error) ?? ''];
    if (cause) return cause;
  }
  return 'the file cannot be opened';
}

/**
 * One line (no stack) saying why the server cannot open its database at `path`, e.g.
 * "Local API cannot open its database /data/x.sqlite: the file is not an SQLite database".
 */
export function openFailureLine(path: string, error: unknown): string {
  const code = codeOf(error);
  let cause: string | undefined;
  if (code?.startsWith('SQLITE_CANTOPEN')) cause = cantOpenCause(path);
  else cause = sqliteCause(code)?.cause ?? (code ? FS_CAUSES[code] : undefined);
  if (!cause) {
    const message = error instanceof Error ? error.message : String(error);
    cause = (message.split('\n')[0] ?? '').trim() || 'unknown error';
  }
  // A path with spaces at its ends would be invisible in the line.
  const shown = path.trim() === path && path !== '' ? path : JSON.stringify(path);
  return `Local API cannot open its database ${shown}: ${cause}`;
}
