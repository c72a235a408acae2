/** Placeholder replaced by the lot report. */
import type { TrendSeries } from '../../domain/lot/trend';
import type { CompareOptions } from './compareOptions';
import type { Comparison } from './useComparison';

interface LotReportButtonProps {
  comparison: Comparison;
  options: CompareOptions;
  series: TrendSeries;
}

export function LotReportButton(_: LotReportButtonProps) {
  return null;
}
