/** What the lot report is made from (built by the compare view, see lotReportInput.ts). */
import type { MiniMapField, MiniMapSite } from '../../../canvas/miniMap';
import type { ColorScale } from '../../../domain/color/colorScale';
import type { SpecLimits } from '../../../domain/color/specLimits';
import type { SampleOutline } from '../../../domain/geometry/outline';
import type { InterpolationMethod } from '../../../domain/interpolation/sites';
import type { ComparisonRow } from '../../../domain/lot/comparisonTable';
import type { LotSummary } from '../../../domain/lot/lotStatistics';
import type { TrendSeries } from '../../../domain/lot/trend';
import type { NonUniformityDefinitionId } from '../../../domain/stats/uniformity';

/** One sample's page. */
export interface ReportSample {
  id: string;
  name: string;
  createdAt: string | null;
  slot: number | null;
  outline: SampleOutline;
  /** How the outline was found, when not from the sample's setup. */
  outlineNote: string | null;
  sites: MiniMapSite[];
  values: number[];
  field: MiniMapField | null;
  /** The interpolation of `field`; null without one. */
  interpolation: InterpolationMethod | null;
  limits: SpecLimits;
}

export interface LotReportInput {
  propertyName: string;
  /** '' = no unit. */
  unit: string;
  /** In the table's order. */
  samples: ReportSample[];
  rows: ComparisonRow[];
  /** The table's order, in words (e.g. "by slot, ascending"). */
  orderText: string;
  scale: ColorScale;
  series: TrendSeries;
  lot: LotSummary;
  definition: NonUniformityDefinitionId;
  /** The spec limits across the lot, as the screen says them (SharedLimits.summary). */
  limitsSummary: string;
  generatedAt: Date;
}

/** Page geometry of the report: A4 portrait, in mm. */
export const PAGE = { widthMm: 210, heightMm: 297, marginMm: 14 } as const;
