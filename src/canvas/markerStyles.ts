/**
 * The look of every marker on the map, in one table read by the canvas layers, the PNG legend
 * (mapImage.ts) and the HTML legend (MapLegend.tsx), all drawing through markerDraw.ts. Sizes
 * are screen px: the map draws them divided by the zoom, so markers keep their size on screen
 * at every zoom; the legends draw them at zoom 1.
 */

/** Geometry of a marker; `radiusPx` is the circumradius (half the side for a square). */
export type MarkerShape =
  | 'circle'
  | 'square'
  | 'triangle-up'
  | 'triangle-down'
  | 'diamond'
  | 'ring'
  | 'pending'
  | 'cursor';

/** Colour of a marker coloured by its value (records); the legends show this sample colour. */
export const BY_VALUE = 'by-value';

/** How one kind of marker looks. */
export interface MarkerStyle {
  /** What the legends call it. */
  label: string;
  shape: MarkerShape;
  radiusPx: number;
  /** Fill colour, BY_VALUE, or null for an outline only. */
  fill: string | null;
  stroke: string | null;
  lineWidthPx: number;
  /** A wider light line drawn under the stroke, so the marker reads on dark and light maps. */
  haloPx?: number;
  /** Dash pattern of the stroke (screen px). */
  dashPx?: number[];
}

/** Colour the legends give a BY_VALUE marker (mid viridis). */
export const LEGEND_VALUE_COLOR = '#21918c';
const INK = '#111827';
/** The light line under a haloed stroke. */
export const HALO_COLOR = 'rgba(255, 255, 255, 0.92)';

/** Every marker the map draws. Change a look here and the map and both legends follow. */
export const MARKER_STYLES = {
  stored: {
    label: 'stored',
    shape: 'circle',
    radiusPx: 5,
    fill: BY_VALUE,
    stroke: 'rgba(17, 24, 39, 0.6)',
    lineWidthPx: 1,
  },
  storedOther: {
    label: 'stored, other property',
    shape: 'circle',
    radiusPx: 3,
    fill: '#a3abb6',
    stroke: null,
    lineWidthPx: 0,
  },
  /** The shown property stored in another unit (not converted for display). */
  storedOtherUnit: {
    label: 'stored, other unit',
    shape: 'circle',
    radiusPx: 3.5,
    fill: null,
    stroke: '#7b8491',
    lineWidthPx: 1.5,
  },
  /** The shown property and unit, from a source the review does not show. */
  storedOtherSource: {
    label: 'stored, other source',
    shape: 'diamond',
    radiusPx: 3.5,
    fill: '#a3abb6',
    stroke: null,
    lineWidthPx: 0,
  },
  aboveUsl: {
    label: 'above USL',
    shape: 'triangle-up',
    radiusPx: 8.5,
    fill: BY_VALUE,
    stroke: INK,
    lineWidthPx: 2,
    haloPx: 4,
  },
  belowLsl: {
    label: 'below LSL',
    shape: 'triangle-down',
    radiusPx: 8.5,
    fill: BY_VALUE,
    stroke: INK,
    lineWidthPx: 2,
    haloPx: 4,
  },
  staged: {
    label: 'staged (not submitted)',
    shape: 'square',
    radiusPx: 5,
    fill: 'rgba(255, 255, 255, 0.85)',
    stroke: '#c2410c',
    lineWidthPx: 2,
  },
  /** Above DENSE_MARKERS staged points: a small filled square (outlines cannot be told apart). */
  stagedDense: {
    label: 'staged (not submitted)',
    shape: 'square',
    radiusPx: 1.5,
    fill: '#c2410c',
    stroke: null,
    lineWidthPx: 0,
  },
  preview: {
    label: 'import preview',
    shape: 'diamond',
    radiusPx: 6,
    fill: null,
    stroke: '#7c3aed',
    lineWidthPx: 1.75,
  },
  previewOutside: {
    label: 'import preview, outside the outline',
    shape: 'diamond',
    radiusPx: 6,
    fill: null,
    stroke: '#dc2626',
    lineWidthPx: 1.75,
  },
  previewDense: {
    label: 'import preview',
    shape: 'square',
    radiusPx: 1.5,
    fill: '#7c3aed',
    stroke: null,
    lineWidthPx: 0,
  },
  previewOutsideDense: {
    label: 'import preview, outside the outline',
    shape: 'square',
    radiusPx: 1.5,
    fill: '#dc2626',
    stroke: null,
    lineWidthPx: 0,
  },
  target: {
    label: 'pattern site',
    shape: 'circle',
    radiusPx: 7,
    fill: null,
    stroke: '#475569',
    lineWidthPx: 1.2,
    dashPx: [3, 2],
  },
  targetDone: {
    label: 'pattern site, entered',
    shape: 'circle',
    radiusPx: 7,
    fill: null,
    stroke: '#475569',
    lineWidthPx: 1.2,
  },
  targetActive: {
    label: 'active site',
    shape: 'circle',
    radiusPx: 11.2,
    fill: 'rgba(29, 78, 216, 0.15)',
    stroke: '#1d4ed8',
    lineWidthPx: 2.5,
  },
  selected: {
    label: 'selected',
    shape: 'ring',
    radiusPx: 9,
    fill: null,
    stroke: '#0e7490',
    lineWidthPx: 2,
  },
  highlighted: {
    label: 'highlighted',
    shape: 'ring',
    radiusPx: 9,
    fill: null,
    stroke: INK,
    lineWidthPx: 2,
    haloPx: 4,
  },
  pending: {
    label: 'point to stage',
    shape: 'pending',
    radiusPx: 7,
    fill: null,
    stroke: '#1d4ed8',
    lineWidthPx: 2,
    haloPx: 4,
  },
  /** The keyboard cursor: a reticle in black on a white halo, visible over any colour map. */
  cursor: {
    label: 'keyboard cursor',
    shape: 'cursor',
    radiusPx: 10,
    fill: null,
    stroke: INK,
    lineWidthPx: 2.5,
    haloPx: 6,
  },
} as const satisfies Record<string, MarkerStyle>;

/** The kinds of marker: the keys of MARKER_STYLES. */
export type MarkerKind = keyof typeof MARKER_STYLES;

/**
 * The marker (and legend entry) of a grey record, by why the review does not show it: another
 * property, the shown property in another unit, or from another source (RecordMarker.other).
 */
export const GREY_STYLE = {
  property: 'storedOther',
  unit: 'storedOtherUnit',
  source: 'storedOtherSource',
} as const satisfies Record<string, MarkerKind>;

/** Colour of the site labels beside pattern targets (the active one uses its own stroke). */
export const TARGET_LABEL_COLOR = '#475569';

/** Regions of an interpolated map outside the convex hull of its sites: extrapolated. */
export const EXTRAPOLATED_STYLE = {
  label: 'extrapolated (outside the sites)',
  /** A light wash over the colours, then thin dark diagonal lines. */
  wash: 'rgba(255, 255, 255, 0.35)',
  line: 'rgba(17, 24, 39, 0.55)',
  lineWidthPx: 1,
  spacingPx: 7,
  /** The hull's edge: a dashed line. */
  edge: 'rgba(17, 24, 39, 0.7)',
  edgeDashPx: [5, 4],
} as const;
