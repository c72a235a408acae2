/**
 * Reads the real KLA-F5x export used as test input (src/testing/data). Test-side only: the file's
 * data rows are plain `site,value,gof,x,y` numbers, so splitting lines is enough here.
 */
import { readFileSync } from 'node:fs';
import { KLA_F5X_FILE as KLA_FILE } from '../src/testing/dataFiles';

export interface KlaSite {
  site: number;
  thicknessNm: number;
  xMm: string;
  yMm: string;
}

/** Sites of one wafer (`WAFER ID`) with the raw X/Y text, and the block's MEAN. */
export function readKlaWafer(waferId: string): { sites: KlaSite[]; mean: number } {
  const lines = readFileSync(KLA_FILE, 'utf8').split(/\r?\n/);
  const start = lines.findIndex(
    (l) => l.split(',')[0] === 'WAFER ID' && l.split(',')[1] === waferId,
  );
  if (start < 0) throw new Error(`wafer ${waferId} not in ${KLA_FILE}`);
  const sites: KlaSite[] = [];
  let mean = Number.NaN;
  for (let i = start + 1; i < lines.length; i++) {
    const cells = (lines[i] ?? '').split(',').map((c) => c.trim());
    if (cells[0] === 'WAFER ID') break;
    if (cells[0] === 'MEAN') mean = Number(cells[1]);
    if (/^\d+$/.test(cells[0] ?? '') && cells.length >= 5) {
      sites.push({
        site: Number(cells[0]),
        thicknessNm: Number(cells[1]),
        xMm: cells[3] ?? '',
        yMm: cells[4] ?? '',
      });
    }
  }
  return { sites, mean };
}
