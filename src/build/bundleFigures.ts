/**
 * The bundle figures of a `vite build` output folder: the first load (see bundleBudget.ts) and,
 * for information, what a deep link to a sample (`/?sample=…`) needs before its map is drawn:
 * the first load plus the workspace chunk and the chunks it imports statically. Used by
 * `npm run check:bundle` and the benchmark. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CountedFile, closure, firstLoad, type ReadBuilt } from './bundleBudget';

/** Chunk that holds the sample workspace (Vite names chunks after their module). */
export const WORKSPACE_CHUNK = /^SampleWorkspace-[\w-]+\.js$/;

/** Reads files of `distDir` by URL path; undefined for a missing file or a path leaving it. */
export function readBuilt(distDir: string): ReadBuilt {
  const root = path.resolve(distDir);
  return (urlPath) => {
    const file = path.resolve(root, `.${urlPath}`);
    if (!file.startsWith(root + path.sep)) return undefined;
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  };
}

export interface BundleFigures {
  firstLoad: CountedFile[];
  /** First load plus the workspace chunks; null when no workspace chunk was found. */
  deepLink: CountedFile[] | null;
}

/** Counts the first load and the deep-link load of the build in `distDir`. */
export function bundleFigures(distDir: string): BundleFigures {
  const read = readBuilt(distDir);
  const first = firstLoad(read);
  const workspace = readdirSync(path.join(distDir, 'assets')).find((n) => WORKSPACE_CHUNK.test(n));
  const deepLink = workspace
    ? [
        first[0] as CountedFile,
        ...closure([...first.slice(1).map((f) => f.path), `/assets/${workspace}`], read),
      ]
    : null;
  return { firstLoad: first, deepLink };
}
