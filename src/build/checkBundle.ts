/**
 * `npm run check:bundle`: fails (exit 1) when the first load of the build in `dist/` (or the
 * folder given as the first argument) is over its gzip budget, FIRST_LOAD_BUDGET_BYTES unless
 * BUNDLE_BUDGET_KB says otherwise (e.g. `BUNDLE_BUDGET_KB=100` to see it fail). Prints every
 * file counted, and the deep-link figure for information. Run after `vite build`.
 */
import path from 'node:path';
import { type CountedFile, checkBudget, FIRST_LOAD_BUDGET_BYTES, gzipTotal } from './bundleBudget';
import { bundleFigures } from './bundleFigures';

const kB = (n: number) => `${(n / 1000).toFixed(1).padStart(7)} kB`;
const list = (files: readonly CountedFile[]) =>
  files.map((f) => `  ${kB(f.gzipBytes)} gzip  ${kB(f.rawBytes)} raw  ${f.path}`).join('\n');

const out = (line: string) => process.stdout.write(`${line}\n`);

const distDir = path.resolve(process.argv[2] ?? 'dist');
const budgetKb = process.env.BUNDLE_BUDGET_KB;
const budget = budgetKb === undefined ? FIRST_LOAD_BUDGET_BYTES : Number(budgetKb) * 1000;
if (!Number.isFinite(budget) || budget <= 0) {
  console.error(`BUNDLE_BUDGET_KB must be a positive number of kB, not "${budgetKb}".`);
  process.exit(2);
}

try {
  const figures = bundleFigures(distDir);
  out(`First load of ${distDir}:\n${list(figures.firstLoad)}`);
  if (figures.deepLink) {
    out(
      `Deep link to a sample (first load + workspace chunks, information only): ${kB(gzipTotal(figures.deepLink)).trim()} gzip`,
    );
  }
  const verdict = checkBudget(figures.firstLoad, budget);
  if (verdict.ok) out(verdict.message);
  else console.error(verdict.message);
  process.exit(verdict.ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
