/**
 * The map legend's entries and swatches, shared by the HTML legend (MapLegend.tsx) and the PNG
 * legend (mapImage.ts): both list the same entries and draw each swatch with the map's own
 * marker routine, so the three can never disagree.
 */

import { hatchPath } from './hatch';
import type {
  GreyReason,
  MapStagedPoint,
  PreviewMarkers,
  RecordMarker,
  TargetMarker,
} from './mapTypes';
import { drawMarker, markerExtentPx } from './markerDraw';
import { EXTRAPOLATED_STYLE, GREY_STYLE, MARKER_STYLES, type MarkerKind } from './markerStyles';

/** A legend entry: a marker of the table, or the hatch of extrapolated regions. */
export type LegendEntry = MarkerKind | 'extrapolated';

/** The label of an entry. */
export function legendLabel(entry: LegendEntry): string {
  return entry === 'extrapolated' ? EXTRAPOLATED_STYLE.label : MARKER_STYLES[entry].label;
}

/** What the map shows, for choosing legend entries. */
export interface LegendInput {
  records: readonly RecordMarker[];
  staged: readonly MapStagedPoint[];
  targets: readonly TargetMarker[];
  preview?: PreviewMarkers | null;
  /** An interpolated map with an extrapolated part is drawn. */
  extrapolated?: boolean;
}

/** The entries for what is on the map, in a fixed order; nothing for what is absent. */
export function legendEntries(input: LegendInput): LegendEntry[] {
  const { records, staged, targets, preview } = input;
  const has = (pred: (m: RecordMarker) => boolean) => records.some(pred);
  const inside = preview ? preview.inside.some((v) => v === 1) : false;
  const outside = preview ? preview.inside.some((v) => v !== 1) : false;
  const shown: [LegendEntry, boolean][] = [
    ['stored', has((m) => m.color !== null && m.spec !== 'above' && m.spec !== 'below')],
    ['aboveUsl', has((m) => m.color !== null && m.spec === 'above')],
    ['belowLsl', has((m) => m.color !== null && m.spec === 'below')],
    ...(Object.entries(GREY_STYLE) as [GreyReason, MarkerKind][]).map(
      ([reason, kind]): [LegendEntry, boolean] => [
        kind,
        has((m) => m.color === null && (m.other ?? 'property') === reason),
      ],
    ),
    ['staged', staged.length > 0],
    ['preview', inside],
    ['previewOutside', outside],
    ['target', targets.length > 0],
    ['extrapolated', input.extrapolated === true],
  ];
  return shown.filter(([, on]) => on).map(([entry]) => entry);
}

/**
 * Draw the swatch of `entry` in a `sizePx` square whose top-left is (x, y), in the context's
 * units (CSS px). Large markers are shrunk to fit.
 */
export function drawLegendSwatch(
  ctx: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
  sizePx: number,
) {
  if (entry === 'extrapolated') {
    ctx.save();
    ctx.beginPath();
    ctx.rect(x + 1, y + 1, sizePx - 2, sizePx - 2);
    ctx.fillStyle = '#3b528b';
    ctx.fill();
    hatchPath(ctx, 1);
    ctx.restore();
    return;
  }
  const style = MARKER_STYLES[entry];
  const u = Math.min(1, sizePx / 2 / markerExtentPx(style));
  drawMarker(ctx, style, x + sizePx / 2, y + sizePx / 2, u);
}
