/**
 * Several samples side by side (`?compare=id,id,…&property=…&unit=…`): one property's maps to
 * scale in one colour scale, the "Comparison" table, the trend chart, the lot summary, the
 * difference between two of the samples, and the lot report (PDF). Every setting lives in the URL
 * (compareOptions.ts), so the view is a link.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { exportFileName } from '../../api/exportAnnotations';
import { lotDecimals } from '../../domain/lot/tableFormat';
import { trendSeries } from '../../domain/lot/trend';
import { NON_UNIFORMITY_DEFINITIONS } from '../../domain/stats/uniformity';
import { statDecimalsOf } from '../../domain/values/decimalPrecision';
import { comparisonToCsv } from '../../io/exportComparison';
import { ColorBar } from '../../panels/ColorBar';
import { CompareControls } from '../../panels/compare/CompareControls';
import { ComparisonTable } from '../../panels/compare/ComparisonTable';
import { LotSummaryPanel } from '../../panels/compare/LotSummaryPanel';
import { SmallMultiples } from '../../panels/compare/SmallMultiples';
import { TrendChart } from '../../panels/compare/TrendChart';
import { downloadCsv } from '../download';
import type { Route } from '../routing/route';
import { CompareNotices } from './CompareNotices';
import {
  type CompareOptions,
  nextSort,
  readCompareOptions,
  writeCompareOptions,
} from './compareOptions';
import { DifferenceSection } from './DifferenceSection';
import { galleryItems } from './galleryItems';
import { LotReportButton } from './LotReportButton';
import { useComparedSamples } from './useComparedSamples';
import { useComparison } from './useComparison';
import { useSampleFields } from './useSampleFields';
import './compare.css';

type CompareRoute = Extract<Route, { view: 'compare' }>;

interface CompareViewProps {
  route: CompareRoute;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  onOpenSettings: () => void;
}

/** Small map size (CSS px). */
const TILE_PX = 176;

export function CompareView({ route, navigate, onOpenSettings }: CompareViewProps) {
  const options = useMemo(() => readCompareOptions(route.options), [route.options]);
  const { samples: bases, dataAt, listError } = useComparedSamples(route.sampleIds);
  const c = useComparison(bases, route, options);
  const fields = useSampleFields(c.samples, c.scale, options.showField);
  const unit = c.unit ?? '';
  const [drawnMs, setDrawnMs] = useState<number | null>(null);

  const update = useCallback(
    (changes: Partial<CompareOptions>, route2: Partial<CompareRoute> = {}) =>
      navigate(
        { ...route, ...route2, options: writeCompareOptions(route.options, changes) },
        { replace: true },
      ),
    [navigate, route],
  );
  const open = useCallback(
    (sampleId: string) => navigate({ view: 'sample', sampleId }),
    [navigate],
  );
  const sort = c.sort;
  const { rows, samples } = c;
  const items = useMemo(() => galleryItems({ rows, samples }, fields), [rows, samples, fields]);
  // The first draw after the last sample's records arrived: how long the view took to draw.
  const measuredFor = useRef<number | null>(null);
  const onDrawn = useCallback(() => {
    if (dataAt === null || measuredFor.current === dataAt) return;
    measuredFor.current = dataAt;
    setDrawnMs(Date.now() - dataAt);
  }, [dataAt]);
  const definition = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === options.nonUniformity);
  const series = useMemo(
    () =>
      c.shared.limits.lsl !== undefined &&
      c.shared.limits.usl !== undefined &&
      c.shared.limits.lsl > c.shared.limits.usl
        ? trendSeries(c.rows, { unit })
        : trendSeries(c.rows, { unit, specLimits: c.shared.limits }),
    [c.rows, unit, c.shared.limits],
  );
  const exportCsv = () =>
    downloadCsv(
      comparisonToCsv(c.rows, { unit: unit || null, propertyName: c.property ?? '' }),
      exportFileName(c.property, 'comparison', 'csv', new Date()),
    );

  return (
    <div className="compare-view">
      <div className="compare-heading">
        <h2>Compare {route.sampleIds.length} samples</h2>
        <LotReportButton
          comparison={c}
          options={options}
          series={series}
          limitsSummary={c.shared.summary}
        />
      </div>
      <CompareControls
        sampleCount={route.sampleIds.length}
        properties={c.properties}
        property={c.property}
        onProperty={(property) => update({}, { property, unit: null })}
        units={c.units}
        convertible={c.convertible}
        unit={c.unit === null ? null : { unit: c.unit, convert: options.convert }}
        onUnit={(u) => update({ convert: u.convert }, { unit: u.unit })}
        nonUniformity={options.nonUniformity}
        onNonUniformity={(nonUniformity) => update({ nonUniformity })}
        sort={sort}
        onSort={(s) => update({ sort: s })}
        map={options.map}
        onMap={(map) => update({ map })}
        showField={options.showField}
        onShowField={(showField) => update({ showField })}
      />
      <CompareNotices
        comparison={c}
        listError={listError}
        converting={options.convert}
        onOpenSettings={onOpenSettings}
      />
      <section
        className="panel compare-maps"
        aria-labelledby="maps-title"
        data-drawn-ms={drawnMs ?? undefined}
      >
        <h2 id="maps-title">
          {c.property ?? 'No property'}
          {unit ? ` (${unit})` : ''}: one colour scale over all samples
        </h2>
        <div className="compare-maps-body">
          <SmallMultiples
            items={items}
            meanDecimals={statDecimalsOf(lotDecimals(c.rows))}
            scale={c.scale}
            unit={unit}
            sizePx={TILE_PX}
            onOpen={open}
            onDrawn={onDrawn}
          />
          {c.scale && c.property && (
            <div className="compare-bar">
              <ColorBar
                scale={c.scale}
                propertyName={c.property}
                unit={unit || null}
                limits={c.shared.limits}
              />
              {c.shared.withLimits > 0 && (
                <p className="hint">
                  ▲ above USL, ▼ below LSL: each sample against its own spec limits.
                </p>
              )}
              <p className="hint">The dark pointer outside the edge marks the notch or flat.</p>
            </div>
          )}
        </div>
      </section>
      <ComparisonTable
        rows={c.rows}
        sort={sort}
        onSort={(key) => update({ sort: nextSort(sort, key) })}
        unit={unit}
        nonUniformityFormula={definition?.formula ?? ''}
        onOpen={open}
        onExportCsv={exportCsv}
      />
      <div className="compare-lower">
        <LotSummaryPanel lot={c.lot} unit={unit} decimals={statDecimalsOf(lotDecimals(c.rows))} />
        {c.property && (
          <TrendChart series={series} propertyName={c.property} limitsSummary={c.shared.summary} />
        )}
      </div>
      <DifferenceSection comparison={c} options={options} onOptions={update} onOpen={open} />
    </div>
  );
}
