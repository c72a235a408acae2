/**
 * The trend chart on screen: mean ± σ per sample in the table's order with the spec limits, and
 * the non-uniformity under it (trendPlot.ts, Observable Plot, loaded on first show in its own
 * chunk). Samples without values are named under the chart.
 */
import { useEffect, useRef, useState } from 'react';
import type { TrendSeries } from '../../domain/lot/trend';

interface TrendChartProps {
  series: TrendSeries;
  propertyName: string;
  /** The spec limits across the lot (SharedLimits.summary), also printed on the lot page. */
  limitsSummary: string;
}

type PlotModule = typeof import('./trendPlot');
let loading: Promise<PlotModule> | null = null;

/** The chart module, loaded once. */
export function loadTrendPlot(): Promise<PlotModule> {
  loading ??= import('./trendPlot');
  return loading;
}

/** The chart (see the module comment); redrawn when the series or the width changes. */
export function TrendChart({ series, propertyName, limitsSummary }: TrendChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  const [plot, setPlot] = useState<PlotModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadTrendPlot().then(
      (m) => live && setPlot(m),
      (e: unknown) => live && setError(`The chart could not be loaded: ${String(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      setWidthPx(Math.floor(entry?.contentRect.width ?? 0));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const el = host.current;
    if (!el || !plot || widthPx < 200) return;
    const charts = plot.trendCharts(series, { widthPx, heightPx: 300, propertyName });
    el.replaceChildren(...charts);
  }, [plot, series, widthPx, propertyName]);
  return (
    <section className="panel trend" aria-labelledby="trend-title">
      <h2 id="trend-title">Trend: mean ± σ and non-uniformity</h2>
      <p className="hint">
        In the table’s order. Error bars: ± σ (n − 1).{' '}
        <span data-testid="lot-limits">Spec limits: {limitsSummary}.</span>
        {series.lsl !== null || series.usl !== null
          ? ' Dashed red: the spec limits; red dots: a mean outside them.'
          : ''}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div ref={host} className="trend-plot" role="img" aria-label={`Trend of ${propertyName}`} />
      {series.missing.length > 0 && (
        <p className="hint">
          Without values of {propertyName}: {series.missing.map((m) => m.label).join(', ')}.
        </p>
      )}
    </section>
  );
}
