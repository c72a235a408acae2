/**
 * Proves the import fence of biome.json: in a temporary copy of the repository's Biome
 * configuration, a file in every layer imports every other layer (at two folder depths), and
 * `biome lint` must flag exactly the wrong-way imports. If someone weakens the fence, this fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAYERS = ['domain', 'io', 'api', 'canvas', 'panels', 'app', 'server'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import (docs/ARCHITECTURE.md): domain ← io ← api ← canvas ← panels ← app. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: [],
  io: ['domain'],
  api: ['domain', 'io'],
  canvas: ['domain', 'io', 'api'],
  panels: ['domain', 'io', 'api', 'canvas'],
  app: ['domain', 'io', 'api', 'canvas', 'panels'],
  server: ['domain', 'io', 'api'],
};

interface Diagnostic {
  category: string;
  location: { path: string };
}

let dir = '';
let flagged = new Set<string>();
const files: Array<{ file: string; from: Layer; to: Layer }> = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-fence-'));
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  config.$schema = undefined;
  config.vcs = { enabled: false };
  config.files = { includes: ['**'] };
  writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  for (const from of LAYERS) {
    for (const to of LAYERS) {
      if (from === to) continue;
      for (const [sub, up] of [
        ['', '../'],
        ['deep/', '../../'],
      ] as const) {
        const file = `src/${from}/${sub}from-${to}.ts`;
        mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
        writeFileSync(
          path.join(dir, file),
          `import { thing } from '${up}${to}/thing';\nexport const copy = thing;\n`,
        );
        files.push({ file, from, to });
      }
    }
  }
  // The entry point may import app.
  writeFileSync(
    path.join(dir, 'src/main.ts'),
    "import { App } from './app/App';\nexport const app = App;\n",
  );
  let out = '';
  try {
    out = execFileSync(
      path.join(ROOT, 'node_modules/.bin/biome'),
      ['lint', '--reporter=json', '--max-diagnostics=none', '.'],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch (e) {
    // Biome exits non-zero when it finds errors; its report is still on stdout.
    out = String((e as { stdout?: unknown }).stdout ?? '');
  }
  const report = JSON.parse(out) as { diagnostics: Diagnostic[] };
  flagged = new Set(
    report.diagnostics
      .filter((d) => d.category === 'lint/style/noRestrictedImports')
      .map((d) => d.location.path.replaceAll('\\', '/')),
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the import fence in biome.json', () => {
  it('flags every wrong-way import between layers, at any folder depth', () => {
    const missed = files
      .filter((f) => !ALLOWED[f.from].includes(f.to) && !flagged.has(f.file))
      .map((f) => `${f.from} → ${f.to} (${f.file})`);
    expect(missed).toEqual([]);
  });

  it('lets every right-way import through', () => {
    const refused = files
      .filter((f) => ALLOWED[f.from].includes(f.to) && flagged.has(f.file))
      .map((f) => `${f.from} → ${f.to} (${f.file})`);
    expect(refused).toEqual([]);
    expect(flagged.has('src/main.ts')).toBe(false);
  });

  it('fences a third of the pairs at least (the test did run Biome)', () => {
    expect(flagged.size).toBeGreaterThan(files.length / 3);
  });
});
