/**
 * Build-time compression of the hashed assets: `vite build` writes `x.js.br` (brotli, quality 11)
 * and `x.js.gz` (gzip, level 9) beside every compressible file in `dist/assets`, so the app
 * server (appServer.ts, @hono/node-server's `serveStatic` with `precompressed`) sends them
 * without compressing per request. Node's own zlib; no extra dependency.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text-like assets worth compressing; source maps are left alone (only devtools read them). */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|wasm|txt)$/;

/** Files smaller than this gain less than a TCP packet; they are sent as they are. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Writes `.br` and `.gz` beside each COMPRESSIBLE file of at least MIN_COMPRESS_BYTES in `dir`
 * (not recursive). A compressed copy that would not be smaller is not written. Returns the
 * names of the files compressed.
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  const done = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      if ((await stat(file)).size < MIN_COMPRESS_BYTES) return null;
      const raw = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < raw.length) await writeFile(`${file}.br`, br);
      if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
      return name;
    }),
  );
  return done.filter((name) => name !== null);
}

/**
 * Vite plugin running `precompressDir` on the build's `assets` folder once the build is closed
 * (after every file is written; in closeBundle rather than writeBundle so the bundler's
 * plugin-timing report does not flag the deliberate brotli work as a slow plugin).
 */
export function precompress(): Plugin {
  let assetsDir = '';
  return {
    name: 'wafer-precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle(error) {
      if (error || !assetsDir) return;
      try {
        await precompressDir(assetsDir);
      } catch (failure) {
        // No assets folder (an unusual build) is not an error; anything else is.
        if ((failure as NodeJS.ErrnoException).code !== 'ENOENT') throw failure;
      }
    },
  };
}
