/**
 * The median: the middle of the sorted values, or the mean of the two middle ones for an even
 * count (the usual definition, R's `median`, Excel's MEDIAN). Robust to a few outliers, where the
 * mean is pulled by them.
 */
import type { StatisticDescriptor } from './statistic';

export const medianStatistic: StatisticDescriptor = {
  id: 'median',
  label: 'Median',
  note: 'middle of the sorted values',
  format: 'value',
  compute: ({ sorted }) => {
    const s = sorted();
    const n = s.length;
    if (n === 0) return null;
    const upper = s[Math.floor(n / 2)] ?? Number.NaN;
    return n % 2 === 1 ? upper : ((s[n / 2 - 1] ?? Number.NaN) + upper) / 2;
  },
};
