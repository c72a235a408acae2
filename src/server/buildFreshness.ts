/**
 * Whether `dist/` must be rebuilt before `npm start` serves it: it is missing, or a source of
 * the build changed after it was written.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Inputs of `vite build`, relative to the project root: a change to any of them is seen. */
export const BUILD_SOURCES = [
  'src',
  'index.html',
  'vite.config.ts',
  'public',
  'package.json',
  'package-lock.json',
];

/** Test files are not part of the build; editing one needs no rebuild. */
const NOT_BUILT = /\.test\.tsx?$/;

/** Newest modification time (ms) of `target` and, for a folder, of everything in it; 0 if
 * it does not exist. Folders count too, so a deleted file (which touches its folder) is seen. */
export function newestMtimeMs(target: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return NOT_BUILT.test(target) ? 0 : stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(target)) {
    newest = Math.max(newest, newestMtimeMs(path.join(target, name)));
  }
  return newest;
}

/**
 * Why the build in `<root>/dist` must be redone, or null when it is up to date. The build's
 * time is that of `dist/index.html`, which `vite build` writes last of its files.
 */
export function staleBuildReason(root: string): string | null {
  let builtMs: number;
  try {
    builtMs = statSync(path.join(root, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 'no build in dist/ yet';
  }
  const changed = BUILD_SOURCES.find((source) => newestMtimeMs(path.join(root, source)) > builtMs);
  return changed === undefined ? null : `${changed} changed since the last build`;
}
