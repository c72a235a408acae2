/** What the sample map draws and reports, by id: its input types and its hover/click targets. */
import type { SpecClass } from '../domain/color/specLimits';
import type { PointMm } from '../domain/geometry/point';

/** A staged annotation as the map draws it (several at one place draw one marker each). */
export interface MapStagedPoint extends PointMm {
  /** The staged annotation's local id; selection and highlight refer to it. */
  id: string;
}

/** Why a stored record is drawn grey rather than coloured by value (see RecordMarker). */
export type GreyReason = 'property' | 'unit' | 'source';

/** A stored record's marker. */
export interface RecordMarker extends PointMm {
  /** The record's id; highlight and "activate" refer to it. */
  id: string;
  /** Fill colour; null draws a small grey marker for a record the review does not show. */
  color: string | null;
  /**
   * Why a grey (color null) record is not shown: another property (default), the shown property
   * in another unit, or the shown property and unit from another source. Picks its marker and
   * legend entry.
   */
  other?: GreyReason;
  /** Against the spec limits: 'above' USL draws a triangle pointing up, 'below' LSL one
   * pointing down, both outlined, so out-of-spec does not rely on colour alone. */
  spec?: SpecClass;
  /** Selected in the table: drawn with a selection ring. */
  selected?: boolean;
}

/** A site of the chosen measurement pattern. */
export interface TargetMarker extends PointMm {
  /** Site number drawn beside the target. */
  label: string;
  state: 'empty' | 'done' | 'active';
}

/** Import preview: positions in sample mm, and 1 where a point lies inside the outline. */
export interface PreviewMarkers {
  xMm: Float64Array;
  yMm: Float64Array;
  inside: Uint8Array;
}

/** What is under the pointer: a staged or stored marker (by id) or a pattern site (by index). */
export type MapTarget =
  | { kind: 'staged'; id: string }
  | { kind: 'record'; id: string }
  | { kind: 'target'; index: number };

/** The marker shown highlighted (hovered here, in a table or in the radial profile). */
export interface MapHighlight {
  kind: 'staged' | 'record';
  id: string;
}

export type { SelectMode } from '../domain/staging/selection';

/** A request to centre the map on a point (sample mm); a new nonce repeats it. */
export interface FocusRequest extends PointMm {
  nonce: number;
}
