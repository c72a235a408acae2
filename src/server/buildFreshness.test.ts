import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from './buildFreshness';

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
/** Writes `file` with a modification time `secondsAgo` in the past. */
function write(file: string, secondsAgo: number) {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), file);
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(at(file), time, time);
}
/** Sets the modification time of a folder (as creating or deleting a file in it does). */
function touchDir(dir: string, secondsAgo: number) {
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(at(dir), time, time);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'wafer-fresh-'));
  for (const file of ['src/main.tsx', 'src/app/App.tsx', 'index.html', 'vite.config.ts']) {
    write(file, 100);
  }
  write('package.json', 100);
  write('public/wafer.svg', 100);
  for (const dir of ['src/app', 'src', 'public']) touchDir(dir, 100);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleBuildReason', () => {
  it('asks for a build when there is none', () => {
    expect(staleBuildReason(root)).toBe('no build in dist/ yet');
    write('dist/assets/x.js', 10);
    expect(staleBuildReason(root)).toBe('no build in dist/ yet');
  });

  it('is null when the build is newer than every source', () => {
    write('dist/index.html', 50);
    expect(staleBuildReason(root)).toBeNull();
  });

  it.each([
    ['src/app/App.tsx', 'src'],
    ['index.html', 'index.html'],
    ['vite.config.ts', 'vite.config.ts'],
    ['package.json', 'package.json'],
    ['package-lock.json', 'package-lock.json'],
    ['public/wafer.svg', 'public'],
    ['public/new-icon.svg', 'public'],
  ])('sees a change to %s', (file, source) => {
    write('dist/index.html', 50);
    write(file, 10);
    expect(staleBuildReason(root)).toBe(`${source} changed since the last build`);
  });

  it('sees a deleted source through its folder', () => {
    write('dist/index.html', 50);
    rmSync(at('src/app/App.tsx'));
    expect(staleBuildReason(root)).toBe('src changed since the last build');
  });

  it('ignores test files, which are not part of the build', () => {
    write('dist/index.html', 50);
    write('src/app/App.test.tsx', 10);
    touchDir('src/app', 100);
    expect(staleBuildReason(root)).toBeNull();
  });
});
