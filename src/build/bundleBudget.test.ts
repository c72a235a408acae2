import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkBudget,
  closure,
  FIRST_LOAD_BUDGET_BYTES,
  firstLoad,
  firstLoadUrls,
  gzipTotal,
  resolveUrl,
  staticImports,
} from './bundleBudget';

const INDEX = `<!doctype html><html><head>
<link rel="icon" type="image/svg+xml" href="/wafer.svg" />
<script type="module" crossorigin src="/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/runtime-b2.js">
<link rel="stylesheet" crossorigin href="/assets/index-c3.css">
</head><body><div id="root"></div><script src="/legacy.js"></script></body></html>`;

/** A fake build: URL path → bytes. Random bytes do not compress, so gzip ≈ raw size. */
function build(files: Record<string, string | Buffer>) {
  const map = new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));
  return (p: string) => map.get(p);
}

/** A chunk of `n` incompressible bytes behind some import statements. */
const chunk = (imports: string, n: number) =>
  Buffer.concat([Buffer.from(`${imports}\n/*`), randomBytes(n), Buffer.from('*/')]);

describe('firstLoadUrls', () => {
  it('takes module scripts, style sheets and module preloads, in order, and nothing else', () => {
    expect(firstLoadUrls(INDEX)).toEqual([
      '/assets/index-a1.js',
      '/assets/runtime-b2.js',
      '/assets/index-c3.css',
    ]);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./react-x1.js";import"./side-y2.js";export{c}from"../up-z3.js";' +
      'const l=()=>import("./SampleWorkspace-q9.js");import{d}from"react";';
    expect(staticImports(code)).toEqual(['./react-x1.js', './side-y2.js', '../up-z3.js']);
  });
  it('resolves a specifier against the importing chunk', () => {
    expect(resolveUrl('/assets/index-a1.js', './react-x1.js')).toBe('/assets/react-x1.js');
    expect(resolveUrl('/assets/sub/x.js', '../y.js')).toBe('/assets/y.js');
  });
});

describe('firstLoad and closure', () => {
  it('counts index.html, its files and their static imports once each, not lazy chunks', () => {
    const read = build({
      '/index.html': INDEX,
      '/assets/index-a1.js':
        'import{x}from"./shared-d4.js";import"./runtime-b2.js";const w=()=>import("./lazy-e5.js");',
      '/assets/runtime-b2.js': 'import"./shared-d4.js";',
      '/assets/shared-d4.js': 'export const x=1;',
      '/assets/index-c3.css': 'body{margin:0}',
      '/assets/lazy-e5.js': 'import"./only-lazy-f6.js";',
      '/assets/only-lazy-f6.js': '',
    });
    const paths = firstLoad(read).map((f) => f.path);
    expect(paths).toEqual([
      '/index.html',
      '/assets/index-a1.js',
      '/assets/shared-d4.js',
      '/assets/runtime-b2.js',
      '/assets/index-c3.css',
    ]);
    expect(closure(['/assets/lazy-e5.js'], read).map((f) => f.path)).toEqual([
      '/assets/lazy-e5.js',
      '/assets/only-lazy-f6.js',
    ]);
  });

  it('counts gzip bytes at level 9', () => {
    const css = 'a{color:red}'.repeat(500);
    const read = build({
      '/index.html': '<link rel="stylesheet" href="/s.css">',
      '/s.css': css,
    });
    const files = firstLoad(read);
    expect(files[1]?.gzipBytes).toBe(gzipSync(Buffer.from(css), { level: 9 }).length);
    expect(files[1]?.rawBytes).toBe(6000);
    expect(gzipTotal(files)).toBe((files[0]?.gzipBytes ?? 0) + (files[1]?.gzipBytes ?? 0));
  });

  it('throws when the build names a file it does not hold', () => {
    const read = build({ '/index.html': INDEX, '/assets/index-a1.js': '' });
    expect(() => firstLoad(read)).toThrow('/assets/runtime-b2.js');
    expect(() => firstLoad(build({}))).toThrow('No index.html');
  });
});

describe('checkBudget', () => {
  const app = (entryBytes: number, preloadBytes: number) =>
    firstLoad(
      build({
        '/index.html': INDEX,
        '/assets/index-a1.js': chunk('import"./vendor-v1.js";', entryBytes),
        '/assets/vendor-v1.js': chunk('', 0),
        '/assets/runtime-b2.js': chunk('', preloadBytes),
        '/assets/index-c3.css': 'body{margin:0}',
      }),
    );

  it('passes a first load within 200 kB gzip', () => {
    const verdict = checkBudget(app(120_000, 60_000));
    expect(verdict.ok).toBe(true);
    expect(verdict.totalBytes).toBeGreaterThan(180_000);
    expect(verdict.totalBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  it('fails a first load over 200 kB gzip, counting the preloads, and says by how much', () => {
    const verdict = checkBudget(app(120_000, 90_000));
    expect(verdict.ok).toBe(false);
    expect(verdict.totalBytes).toBeGreaterThan(FIRST_LOAD_BUDGET_BYTES);
    expect(verdict.message).toMatch(/over the 200\.0 kB budget by \d+\.\d kB/);
  });

  it('takes another budget', () => {
    expect(checkBudget(app(50_000, 0), 40_000).ok).toBe(false);
    expect(checkBudget(app(50_000, 0), 60_000).ok).toBe(true);
  });
});
