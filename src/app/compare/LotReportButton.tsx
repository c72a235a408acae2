/**
 * "Lot report (PDF)": builds the report of the comparison as shown (property, unit, order,
 * colour scale, limits) in a lazily loaded chunk (jsPDF, the chart library, the font) and
 * downloads it, with progress and any failure shown beside the button.
 */
import { useState } from 'react';
import { exportFileName } from '../../api/exportAnnotations';
import { fieldCanvas } from '../../canvas/fieldCanvas';
import { COMPARISON_COLUMNS } from '../../domain/lot/comparisonTable';
import type { TrendSeries } from '../../domain/lot/trend';
import { downloadBlob } from '../download';
import type { CompareOptions } from './compareOptions';
import type { LotReportInput, ReportSample } from './report/reportTypes';
import type { ComparedSample, Comparison } from './useComparison';
import { sampleField } from './useSampleFields';

interface LotReportButtonProps {
  comparison: Comparison;
  options: CompareOptions;
  series: TrendSeries;
  /** SharedLimits.summary: the spec limits across the lot, as the trend chart says them. */
  limitsSummary: string;
}

function reportSample(s: ComparedSample, c: Comparison, showField: boolean): ReportSample {
  const field = showField && c.scale ? sampleField(s, 120) : null;
  const image = field && c.scale ? fieldCanvas(field.grid, field.spec, c.scale) : null;
  return {
    id: s.id,
    name: s.name,
    createdAt: s.createdAt,
    slot: s.slot,
    outline: s.drawOutline,
    outlineNote:
      s.outlineSource === 'name'
        ? 'outline guessed from the name'
        : s.outlineSource === null
          ? 'no outline set: drawn around the sites'
          : null,
    sites: s.sites.sites,
    values: s.sites.sites.map((x) => x.value),
    field: field && image ? { image, spec: field.spec } : null,
    interpolation: field && image ? field.method : null,
    limits: s.limits,
  };
}

/** The report's input from the comparison as shown. */
function reportInput(p: LotReportButtonProps): LotReportInput | null {
  const c = p.comparison;
  if (!c.scale || !c.property) return null;
  const byId = new Map(c.samples.map((s) => [s.id, s]));
  const column = COMPARISON_COLUMNS.find((x) => x.key === c.sort.key);
  return {
    propertyName: c.property,
    unit: c.unit ?? '',
    samples: c.rows.flatMap((r) => {
      const s = byId.get(r.sampleId);
      return s ? [reportSample(s, c, p.options.showField)] : [];
    }),
    rows: c.rows,
    orderText: `in the order of the table: by ${column?.label.toLowerCase() ?? c.sort.key}, ${c.sort.direction === 'asc' ? 'ascending' : 'descending'}`,
    scale: c.scale,
    series: p.series,
    lot: c.lot,
    definition: p.options.nonUniformity,
    limitsSummary: p.limitsSummary,
    generatedAt: new Date(),
  };
}

export function LotReportButton(props: LotReportButtonProps) {
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loading = props.comparison.samples.some((s) => s.status === 'loading');
  const make = async () => {
    const input = reportInput(props);
    if (!input) return;
    setError(null);
    setProgress('Loading the report tools…');
    try {
      const { buildLotReport } = await import('./report/lotReport');
      setProgress(`Building the report: 0 of ${input.samples.length} sample pages…`);
      const blob = await buildLotReport(input, (done, total) =>
        setProgress(`Building the report: ${done} of ${total} sample pages…`),
      );
      downloadBlob(
        blob,
        exportFileName(input.propertyName, 'lot-report', 'pdf', input.generatedAt),
      );
      setProgress(null);
    } catch (e) {
      setProgress(null);
      setError(`The report could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="report-button">
      <button
        type="button"
        className="primary"
        onClick={() => void make()}
        disabled={progress !== null || loading || !props.comparison.scale}
      >
        Lot report (PDF)
      </button>
      {progress && (
        <span className="muted" role="status">
          {progress}
        </span>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
