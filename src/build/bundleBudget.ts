/**
 * The first-load budget of the built app (issue 17): what a browser must download before the
 * first screen can show, counted from `vite build`'s output. The first load is index.html, the
 * scripts and style sheets it names (`<script type="module" src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`) and every chunk those scripts import statically (the browser
 * fetches them before running the entry, preloaded or not). Chunks loaded with `import()` (the
 * workspace, the review, the import dialog…) are not part of it.
 *
 * Sizes are gzip at level 9, as the app server sends them (src/server/precompress.ts); kB are
 * 1000 bytes, as Vite reports them. Node only (build tooling, never bundled).
 */
import { gzipSync } from 'node:zlib';

/** The first-load budget in gzip bytes: 200 kB. */
export const FIRST_LOAD_BUDGET_BYTES = 200_000;

/** One downloaded file and its sizes. */
export interface CountedFile {
  /** Path as the page asks for it, e.g. `/assets/index-abc.js`. */
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Reads a built file by its URL path; undefined when there is no such file. */
export type ReadBuilt = (urlPath: string) => Buffer | undefined;

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;

/**
 * The URLs index.html loads at once, in document order: module scripts, style sheets and
 * module preloads (other links, such as the icon, are left out).
 */
export function firstLoadUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const url = isScript ? attr(tag, 'src') : attr(tag, 'href');
    if (!url) continue;
    if (isScript ? attr(tag, 'type') === 'module' : rel === 'stylesheet' || rel === 'modulepreload')
      urls.push(url);
  }
  return urls;
}

/**
 * Relative specifiers a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), as minified Vite/Rolldown output writes them. Dynamic `import()`
 * is not matched: its chunks load later.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** Resolves `./x.js` against the URL path of the importing chunk. */
export function resolveUrl(fromPath: string, specifier: string): string {
  return new URL(specifier, `http://build${fromPath}`).pathname;
}

/** Sizes of one file (gzip level 9). */
export function countFile(path: string, bytes: Buffer): CountedFile {
  return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The files of `roots` and every chunk they import statically, each once, counted. Throws when
 * a file is missing (a build that names a file it did not write is broken).
 */
export function closure(roots: readonly string[], read: ReadBuilt): CountedFile[] {
  const seen = new Set<string>();
  const files: CountedFile[] = [];
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    if (!bytes) throw new Error(`The build refers to ${path}, which is not in it.`);
    files.push(countFile(path, bytes));
    if (!/\.m?js$/.test(path)) return;
    for (const spec of staticImports(bytes.toString('utf8'))) visit(resolveUrl(path, spec));
  };
  for (const root of roots) visit(root);
  return files;
}

/** What the first screen needs: index.html and its closure. */
export function firstLoad(read: ReadBuilt): CountedFile[] {
  const html = read('/index.html');
  if (!html) throw new Error('No index.html in the build: run `vite build` first.');
  return [countFile('/index.html', html), ...closure(firstLoadUrls(html.toString('utf8')), read)];
}

/** Total gzip bytes of `files`. */
export const gzipTotal = (files: readonly CountedFile[]) =>
  files.reduce((sum, f) => sum + f.gzipBytes, 0);

/** The budget's verdict, with a sentence for the log. */
export function checkBudget(
  files: readonly CountedFile[],
  budgetBytes = FIRST_LOAD_BUDGET_BYTES,
): { ok: boolean; totalBytes: number; message: string } {
  const totalBytes = gzipTotal(files);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const ok = totalBytes <= budgetBytes;
  const message = ok
    ? `First load ${kB(totalBytes)} gzip, within the ${kB(budgetBytes)} budget.`
    : `First load ${kB(totalBytes)} gzip is over the ${kB(budgetBytes)} budget by ${kB(totalBytes - budgetBytes)}: load what the first screen does not need with import() (see src/panels/lazyPart.tsx).`;
  return { ok, totalBytes, message };
}
