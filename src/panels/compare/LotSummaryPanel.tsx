/**
 * The lot summary: the mean of the wafer means, the grand mean, σ of the means, and σ within and
 * between wafers from the one-way ANOVA of the sites (lotStatistics.ts), each with its formula.
 */

import type { LotSummary } from '../../domain/lot/lotStatistics';
import { formatStat } from '../../domain/values/formatStat';

/** One figure of the summary, its label and formula (shared with the PDF's lot page). */
export interface LotFigure {
  label: string;
  value: number | null;
  formula: string;
}

/** The figures the summary shows, in order. */
export function lotFigures(lot: LotSummary): LotFigure[] {
  return [
    { label: 'Mean of the wafer means', value: lot.meanOfMeans, formula: 'Σȳᵢ / k' },
    { label: 'Grand mean (all sites)', value: lot.grandMean, formula: 'Σnᵢȳᵢ / N' },
    { label: 'σ of the wafer means', value: lot.sdOfMeans, formula: '√(Σ(ȳᵢ − ȳ̄)² / (k − 1))' },
    {
      label: 'σ within wafers',
      value: lot.withinSd,
      formula: '√MSW, MSW = Σ(nᵢ − 1)sᵢ² / (N − k)',
    },
    {
      label: 'σ between wafers',
      value: lot.betweenSdAnova,
      formula: '√max(0, (MSB − MSW) / n₀), MSB = Σnᵢ(ȳᵢ − ȳ)² / (k − 1)',
    },
  ];
}

interface LotSummaryPanelProps {
  lot: LotSummary;
  unit: string;
  /** Decimals of the figures: statDecimalsOf(the data's decimals), the display rule. */
  decimals: number;
}

/** The summary (see the module comment). */
export function LotSummaryPanel({ lot, unit, decimals }: LotSummaryPanelProps) {
  const u = unit ? ` ${unit}` : '';
  return (
    <section className="panel lot-summary" aria-labelledby="lot-summary-title">
      <h2 id="lot-summary-title">Lot summary</h2>
      <p className="hint">
        {lot.waferCount} samples, {lot.valueCount} values. One-way random-effects ANOVA of the sites
        (NIST/SEMATECH e-Handbook §7.4.4; n₀ for unequal site counts after Montgomery §3.9).
      </p>
      <table className="stats-table">
        <tbody>
          {lotFigures(lot).map((f) => (
            <tr key={f.label}>
              <th scope="row">
                {f.label}
                <span className="lot-formula">{f.formula}</span>
              </th>
              <td className="stat-value">
                {f.value === null ? '—' : `${formatStat(f.value, decimals)}${u}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
