import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES, precompressDir } from './precompress';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wafer-precompress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (n: number) => 'const wafer = "300 mm";\n'.repeat(Math.ceil(n / 24)).slice(0, n);

describe('precompressDir', () => {
  it('writes .br and .gz copies that decompress to the original bytes', async () => {
    const js = `${text(20_000)}// ü µm ±\n`;
    writeFileSync(path.join(dir, 'index-abc.js'), js);
    writeFileSync(path.join(dir, 'index-abc.css'), text(5_000));
    expect((await precompressDir(dir)).sort()).toEqual(['index-abc.css', 'index-abc.js']);
    const raw = readFileSync(path.join(dir, 'index-abc.js'));
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'index-abc.js.br')))).toEqual(raw);
    expect(gunzipSync(readFileSync(path.join(dir, 'index-abc.js.gz')))).toEqual(raw);
    expect(readFileSync(path.join(dir, 'index-abc.js.br')).length).toBeLessThan(raw.length / 5);
  });

  it('leaves alone small files, source maps, images and incompressible data', async () => {
    writeFileSync(path.join(dir, 'tiny.js'), text(MIN_COMPRESS_BYTES - 1));
    writeFileSync(path.join(dir, 'index.js.map'), text(50_000));
    writeFileSync(path.join(dir, 'photo.png'), text(50_000));
    // Bytes no compressor can shrink: compressed copies would only be larger.
    writeFileSync(path.join(dir, 'noise.wasm'), randomBytes(4096));
    await precompressDir(dir);
    expect(readdirSync(dir).sort()).toEqual(['index.js.map', 'noise.wasm', 'photo.png', 'tiny.js']);
  });
});
