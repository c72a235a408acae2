/**
 * The size rule of the developers' guide: no source file over 300 lines (tests and type
 * declarations aside), and the sample workspace's layout at most 200.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Hard limit for a source file, in lines. */
export const MAX_SOURCE_LINES = 300;

/** Stricter limits for single files (relative to the root given to oversizedFiles). */
export const FILE_LIMITS: Readonly<Record<string, number>> = {
  'src/app/SampleWorkspace.tsx': 200,
};

/** Every .ts/.tsx file under `dir`, tests (`.test.`) and declarations (`.d.ts`) left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Lines of `text` as `wc -l` counts them (newline characters; a last line without one counts). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * Files under `root`/src over their limit (FILE_LIMITS, else MAX_SOURCE_LINES), largest first,
 * as `{ file, lines, limit }` with `file` relative to `root` and `/`-separated.
 */
export function oversizedFiles(
  root: string,
): Array<{ file: string; lines: number; limit: number }> {
  return sourceFiles(path.join(root, 'src'))
    .map((full) => {
      const file = path.relative(root, full).split(path.sep).join('/');
      const lines = lineCount(readFileSync(full, 'utf8'));
      return { file, lines, limit: FILE_LIMITS[file] ?? MAX_SOURCE_LINES };
    })
    .filter((f) => f.lines > f.limit)
    .sort((a, b) => b.lines - a.lines);
}
