/**
 * One figure of the statistics table (n, mean, σ …): what it is called, a note on how it is
 * defined, how its number is written, and how it is computed. The registry (statistics.ts)
 * lists them in table order; the statistics panel reads only descriptors, so a new figure is
 * one file plus one line there.
 */
import type { UniformitySummary } from './uniformity';

/** What a statistic is computed from. */
export interface StatisticInput {
  /** The finite values summarised (any order). */
  values: readonly number[];
  /** The same values sorted ascending (computed once, on first use). */
  sorted: () => readonly number[];
  /** n, mean, σ, extremes … of `values` (see summarizeValues). */
  summary: UniformitySummary;
}

/**
 * How the number is written: 'count' as an integer, 'value' in the property's unit with the
 * decimals of the table, 'percent' with a % sign.
 */
export type StatisticFormat = 'count' | 'value' | 'percent';

export interface StatisticDescriptor {
  id: string;
  /** Row header, e.g. "σ (n − 1)". */
  label: string;
  /** How it is defined, written beside the number (e.g. "max − min"); absent when obvious. */
  note?: string;
  format: StatisticFormat;
  /** The figure, or null where it is undefined (σ of one value, a ratio over a zero mean). */
  compute: (input: StatisticInput) => number | null;
}

/** The input for `values` (non-finite ones are left out) summarised as `summary`. */
export function statisticInput(
  values: Iterable<number>,
  summary: UniformitySummary,
): StatisticInput {
  const finite = [...values].filter((v) => Number.isFinite(v));
  let sorted: number[] | null = null;
  return {
    values: finite,
    sorted: () => {
      sorted ??= [...finite].sort((a, b) => a - b);
      return sorted;
    },
    summary,
  };
}
