/**
 * A difference map (A − B) as CSV: one row per matched site pair, then one per unmatched site
 * with its difference against the other sample's interpolated field, so the file states how
 * each value was found. The units and the rate time are written into the headers.
 */
import Papa from 'papaparse';
import type { Difference } from '../domain/lot/difference';
import { FORMULA_START } from './formulaGuard';

export interface DifferenceCsvOptions {
  aName: string;
  bName: string;
}

/**
 * CSV text (RFC 4180 by papaparse, CRLF, header first). Columns: How (`matched`, `only in A`,
 * `only in B`), Site A, Site B, x (mm), y (mm) (the pair's midpoint, or the site), A, B (the
 * samples' values in their unit), A − B (the difference or rate in the difference's unit; for an
 * unmatched site, against the other sample's interpolated field, empty when there is none),
 * Distance (mm) between the paired sites. Missing values are empty cells.
 */
export function differenceToCsv(d: Difference, o: DifferenceCsvOptions): string {
  const su = d.sampleUnit ? ` (${d.sampleUnit})` : '';
  const du = d.unit ? ` (${d.unit})` : '';
  const fields = [
    'How',
    'Site A',
    'Site B',
    'x (mm)',
    'y (mm)',
    `A: ${o.aName}${su}`,
    `B: ${o.bName}${su}`,
    d.rateMinutes === null ? `A − B${du}` : `(A − B) / ${d.rateMinutes} min${du}`,
    'Distance (mm)',
  ];
  const data: Array<Array<string | number>> = [
    ...d.matched.map((m) => [
      'matched',
      m.aSite ?? '',
      m.bSite ?? '',
      m.xMm,
      m.yMm,
      m.aValue,
      m.bValue,
      m.value,
      m.distanceMm,
    ]),
    ...d.unmatchedA.map((u) => [
      'only in A',
      u.site ?? '',
      '',
      u.xMm,
      u.yMm,
      u.value,
      '',
      u.interpolatedDifference ?? '',
      '',
    ]),
    ...d.unmatchedB.map((u) => [
      'only in B',
      '',
      u.site ?? '',
      u.xMm,
      u.yMm,
      '',
      u.value,
      u.interpolatedDifference ?? '',
      '',
    ]),
  ];
  const csv = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
