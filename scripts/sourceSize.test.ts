import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lineCount, MAX_SOURCE_LINES, oversizedFiles } from './sourceSize';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, number>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'source-size-'));
  for (const [file, lines] of Object.entries(files)) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'const a = 1;\n'.repeat(lines));
  }
  return dir;
}

describe('lineCount', () => {
  it('counts like wc -l, plus a last line without a newline', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([
      0, 1, 2, 2,
    ]);
  });
});

describe('oversizedFiles', () => {
  it('lists source files over the limit, and the workspace over 200, largest first', () => {
    const root = tree({
      'src/io/ok.ts': MAX_SOURCE_LINES,
      'src/io/big.ts': MAX_SOURCE_LINES + 1,
      'src/panels/Huge.tsx': 400,
      'src/app/SampleWorkspace.tsx': 201,
      'src/io/big.test.ts': 900,
      'src/domain/units/lib.d.ts': 900,
    });
    expect(oversizedFiles(root)).toEqual([
      { file: 'src/panels/Huge.tsx', lines: 400, limit: 300 },
      { file: 'src/io/big.ts', lines: 301, limit: 300 },
      { file: 'src/app/SampleWorkspace.tsx', lines: 201, limit: 200 },
    ]);
  });
});
