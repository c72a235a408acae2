/** Site labels of the staged table: which rows begin a site, and the label each shows. */
import type { StagedAnnotation } from '../../domain/staging/staged';

const sameSite = (a: StagedAnnotation, b: StagedAnnotation) =>
  a.site && b.site
    ? a.site.pattern === b.site.pattern && a.site.index === b.site.index
    : !a.site && !b.site && a.xMm === b.xMm && a.yMm === b.yMm;

/**
 * Site labels for rows `start`..`end` (exclusive): a row that begins a site (its values are
 * staged together, so they are adjacent) gets the pattern site number, or "P" and its row number
 * for a clicked or typed point; the other rows of the site get ''. O(rows shown), so a page of a
 * 100,000-row table costs the same as a page of a short one.
 */
export function siteLabels(staged: StagedAnnotation[], start = 0, end = staged.length): string[] {
  const labels: string[] = [];
  for (let i = start; i < end; i++) {
    const a = staged[i];
    const previous = staged[i - 1];
    if (!a) break;
    if (previous && sameSite(previous, a)) labels.push('');
    else labels.push(a.site ? `${a.site.index}` : `P${i + 1}`);
  }
  return labels;
}
