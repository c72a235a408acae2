/**
 * Uniformity statistics of the shown property: n, mean, σ (n − 1), min, max, range, %σ, 3σ and
 * the non-uniformity with its definition chosen by the user and its formula written next to the
 * number; optionally over the sites inside the edge exclusion only, and per measurement ring.
 * Undefined figures (σ of one value, a ratio over a zero mean) show "—", never 0 or NaN.
 * Figures follow the display rule every view uses (src/domain/values/decimalPrecision.ts): min,
 * max and range with the values' decimals, mean, σ, 3σ and median with one more, percentages
 * with PERCENT_DECIMALS, so this panel, the PNG export and the lot views agree.
 */

import { useMemo } from 'react';
import type { SpecLimits } from '../../domain/color/specLimits';
import { isInsideEdgeExclusion, type SampleOutline } from '../../domain/geometry/outline';
import { countOutOfSpec } from '../../domain/review/colorSettings';
import { ringRadiiOf } from '../../domain/stats/rings';
import { type StatisticFormat, statisticInput } from '../../domain/stats/statistic';
import { computeStatistics } from '../../domain/stats/statistics';
import {
  NON_UNIFORMITY_DEFINITIONS,
  type NonUniformityDefinitionId,
  type SiteValue,
  summarizeByRing,
  summarizeInsideEdgeExclusion,
  summarizeValues,
  type UniformitySummary,
} from '../../domain/stats/uniformity';
import {
  PERCENT_DECIMALS,
  precisionOf,
  statDecimalsOf,
} from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';
import { counted } from '../../domain/values/plural';

/** More distinct radii than this and the sites are not a ring pattern. */
const MAX_RINGS = 12;

interface StatsPanelProps {
  unit: string;
  /** Every shown value (placed or not). */
  values: number[];
  /** The shown values that have a position on the sample. */
  sites: SiteValue[];
  outline: SampleOutline;
  definition: NonUniformityDefinitionId;
  onDefinition: (id: NonUniformityDefinitionId) => void;
  insideOnly: boolean;
  onInsideOnly: (on: boolean) => void;
  perRing: boolean;
  onPerRing: (on: boolean) => void;
  limits: SpecLimits;
}

const pct = (v: number | null) => (v === null ? '—' : `${formatStat(v, PERCENT_DECIMALS)} %`);

/** Statistics that are values of the data themselves: shown with the data's decimals. */
const DATA_FIGURES = new Set(['min', 'max', 'range']);

/** The statistics table of the shown values (see the module comment). */
export function StatsPanel(p: StatsPanelProps) {
  const { summary, excluded } = useMemo(() => {
    if (!p.insideOnly) return { summary: summarizeValues(p.values, p.definition), excluded: null };
    const r = summarizeInsideEdgeExclusion(p.sites, p.outline, p.definition);
    return { summary: r.summary, excluded: r.excludedCount };
  }, [p.insideOnly, p.values, p.sites, p.outline, p.definition]);
  // "Inside only" applies to everything summarised here: rings and out-of-spec counts too.
  const shownSites = useMemo(
    () => (p.insideOnly ? p.sites.filter((s) => isInsideEdgeExclusion(p.outline, s)) : p.sites),
    [p.insideOnly, p.sites, p.outline],
  );
  const shownValues = useMemo(
    () => (p.insideOnly ? shownSites.map((s) => s.value) : p.values),
    [p.insideOnly, shownSites, p.values],
  );
  const figures = useMemo(
    () => computeStatistics(statisticInput(shownValues, summary)),
    [shownValues, summary],
  );
  const dataDecimals = useMemo(() => precisionOf(shownValues), [shownValues]);
  const u = p.unit ? ` ${p.unit}` : '';
  const withDecimals = (decimals: number) => (v: number | null) =>
    v === null ? '—' : `${formatStat(v, decimals)}${u}`;
  const value = withDecimals(statDecimalsOf(dataDecimals));
  const dataValue = withDecimals(dataDecimals);
  const definition = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === p.definition);
  const spec = countOutOfSpec(shownValues, p.limits);
  const hasLimits = p.limits.lsl !== undefined || p.limits.usl !== undefined;
  const format: Record<StatisticFormat, (v: number | null) => string> = {
    count: (v) => (v === null ? '—' : String(v)),
    value,
    percent: pct,
  };
  return (
    <>
      <div className="checkbox-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={p.insideOnly}
            onChange={(e) => p.onInsideOnly(e.target.checked)}
          />
          Inside the {p.outline.edgeExclusionMm} mm edge exclusion only
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={p.perRing}
            onChange={(e) => p.onPerRing(e.target.checked)}
          />
          Per ring
        </label>
      </div>
      {summary.n === 0 && <p className="muted">No values to summarise.</p>}
      <table className="stats-table" aria-label="Statistics">
        <tbody>
          {figures.map(({ statistic, value: v }) => (
            <tr key={statistic.id}>
              <th scope="row">{statistic.label}</th>
              <td className="stat-value">
                {DATA_FIGURES.has(statistic.id) ? dataValue(v) : format[statistic.format](v)}
              </td>
              <td className="stat-formula">{statistic.note ?? ''}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Non-uniformity</th>
            <td className="stat-value">{pct(summary.nonUniformity)}</td>
            <td className="stat-formula">
              <select
                aria-label="Non-uniformity definition"
                value={p.definition}
                onChange={(e) => p.onDefinition(e.target.value as NonUniformityDefinitionId)}
              >
                {NON_UNIFORMITY_DEFINITIONS.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.formula}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        {definition ? `Non-uniformity = ${definition.formula}. ` : ''}
        {excluded !== null &&
          `${counted(summary.n, 'site')} inside the edge exclusion; ${excluded} in the exclusion zone or off the sample${p.values.length > p.sites.length ? `, ${p.values.length - p.sites.length} without a position` : ''} left out. `}
        {summary.ignoredCount > 0 &&
          `${counted(summary.ignoredCount, 'non-finite value')} left out. `}
        {hasLimits && `Out of spec: ${spec.below} below LSL (▼), ${spec.above} above USL (▲).`}
      </p>
      {p.perRing && <RingTable sites={shownSites} definition={p.definition} value={value} />}
    </>
  );
}

function RingTable(props: {
  sites: SiteValue[];
  definition: NonUniformityDefinitionId;
  value: (v: number | null) => string;
}) {
  const rings = useMemo(() => {
    const radii = ringRadiiOf(props.sites);
    if (radii.length === 0 || radii.length > MAX_RINGS) return { radii, summaries: null };
    return { radii, summaries: summarizeByRing(props.sites, radii, props.definition) };
  }, [props.sites, props.definition]);
  if (!rings.summaries) {
    return (
      <p className="hint">
        {rings.radii.length === 0
          ? 'No placed sites for per-ring statistics.'
          : `The sites lie at ${rings.radii.length} different radii, not on a few rings.`}
      </p>
    );
  }
  const nu = (s: UniformitySummary) => pct(s.nonUniformity);
  return (
    <table className="data-table" aria-label="Statistics per ring">
      <thead>
        <tr>
          <th scope="col">Ring r (mm)</th>
          <th scope="col">n</th>
          <th scope="col">Mean</th>
          <th scope="col">σ</th>
          <th scope="col">Non-unif.</th>
        </tr>
      </thead>
      <tbody>
        {rings.summaries.map((r) => (
          <tr key={r.radiusMm}>
            <td className="num">{r.radiusMm.toFixed(1)}</td>
            <td className="num">{r.summary.n}</td>
            <td className="num">{props.value(r.summary.mean)}</td>
            <td className="num">{props.value(r.summary.sd)}</td>
            <td className="num">{nu(r.summary)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
