/**
 * The statistics table's figures, in row order (the non-uniformity, with its chosen definition,
 * follows them; see nonUniformity.ts). To add a figure, write its descriptor (see statistic.ts)
 * in its own file and add one line here.
 */
import { BASIC_STATISTICS } from './basicStatistics';
import { medianStatistic } from './median';
import type { StatisticDescriptor, StatisticInput } from './statistic';

export const STATISTICS: readonly StatisticDescriptor[] = [...BASIC_STATISTICS, medianStatistic];

/** Every figure of `input`, in table order, as `{ statistic, value }`. */
export function computeStatistics(
  input: StatisticInput,
): Array<{ statistic: StatisticDescriptor; value: number | null }> {
  return STATISTICS.map((statistic) => ({ statistic, value: statistic.compute(input) }));
}
