/**
 * Test-side reader of the real KLA-F5x export (src/testing/data). Deliberately minimal and
 * independent of the app's importer (src/io), so tests of the importer, statistics, patterns and
 * interpolation compare against the file itself: blocks start at `WAFER ID,<id>`, the block
 * header carries MEAN and STDDEV, and data rows are plain `site,value,gof,x,y` numbers.
 */
import { readFileSync } from 'node:fs';
import { KLA_F5X_FILE } from './dataFiles';

export interface KlaFixtureSite {
  site: number;
  thicknessNm: number;
  gof: number;
  xMm: number;
  yMm: number;
  /** X and Y exactly as written in the file (for typing them into the UI). */
  xText: string;
  yText: string;
}

export interface KlaFixtureWafer {
  waferId: string;
  /** The block header's MEAN and STDDEV of the thickness (first value column). */
  mean: number;
  stddev: number;
  sites: KlaFixtureSite[];
}

let cache: KlaFixtureWafer[] | null = null;

/** Every wafer block of the file, in file order. */
export function readKlaFixture(): KlaFixtureWafer[] {
  if (cache) return cache;
  const wafers: KlaFixtureWafer[] = [];
  for (const line of readFileSync(KLA_F5X_FILE, 'utf8').split(/\r?\n/)) {
    const cells = line.split(',').map((c) => c.trim());
    const [key = '', first = ''] = cells;
    if (key === 'WAFER ID') {
      wafers.push({ waferId: first, mean: Number.NaN, stddev: Number.NaN, sites: [] });
      continue;
    }
    const wafer = wafers.at(-1);
    if (!wafer) continue;
    if (key === 'MEAN') wafer.mean = Number(first);
    else if (key === 'STDDEV') wafer.stddev = Number(first);
    else if (/^\d+$/.test(key) && cells.length >= 5) {
      const xText = cells[3] ?? '';
      const yText = cells[4] ?? '';
      wafer.sites.push({
        site: Number(key),
        thicknessNm: Number(first),
        gof: Number(cells[2]),
        xMm: Number(xText),
        yMm: Number(yText),
        xText,
        yText,
      });
    }
  }
  cache = wafers;
  return wafers;
}

/** One wafer by `WAFER ID`; throws when the file has no such wafer. */
export function klaWafer(waferId: string): KlaFixtureWafer {
  const wafer = readKlaFixture().find((w) => w.waferId === waferId);
  if (!wafer) throw new Error(`wafer ${waferId} is not in ${KLA_F5X_FILE}`);
  return wafer;
}
