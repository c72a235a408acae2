/**
 * The uniformity figures every summary has (see summarizeValues): n, mean, sample standard
 * deviation, extremes, range, %σ and 3σ.
 */
import type { StatisticDescriptor } from './statistic';

export const BASIC_STATISTICS: readonly StatisticDescriptor[] = [
  { id: 'n', label: 'n', format: 'count', compute: ({ summary }) => summary.n },
  { id: 'mean', label: 'Mean', format: 'value', compute: ({ summary }) => summary.mean },
  {
    id: 'sd',
    label: 'σ (n − 1)',
    note: 'sample standard deviation',
    format: 'value',
    compute: ({ summary }) => summary.sd,
  },
  { id: 'min', label: 'Min', format: 'value', compute: ({ summary }) => summary.min },
  { id: 'max', label: 'Max', format: 'value', compute: ({ summary }) => summary.max },
  {
    id: 'range',
    label: 'Range',
    note: 'max − min',
    format: 'value',
    compute: ({ summary }) => summary.range,
  },
  {
    id: 'pct-sd',
    label: '%σ',
    note: 'σ / mean · 100 %',
    format: 'percent',
    compute: ({ summary }) => summary.pctSd,
  },
  { id: 'three-sd', label: '3σ', format: 'value', compute: ({ summary }) => summary.threeSd },
];
