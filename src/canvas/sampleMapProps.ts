/** The sample map's props: what it draws (layers), what it reports (handlers), and the rest. */
import type { ReactNode, Ref } from 'react';
import type { SampleView, StageTransform } from '../domain/frames/view';
import type { SampleOutline } from '../domain/geometry/outline';
import type { PointMm } from '../domain/geometry/point';
import type { DrawControl } from './layerCache';
import type {
  FocusRequest,
  MapHighlight,
  MapStagedPoint,
  MapTarget,
  PreviewMarkers,
  RecordMarker,
  SelectMode,
  TargetMarker,
} from './mapTypes';
import type { MapImageSource } from './useMapImage';

/** What the map draws, bottom to top. */
export interface MapLayers {
  /** Stored records' markers, drawn in this order (later on top). */
  records: readonly RecordMarker[];
  /** Staged annotations, one entry each. */
  staged: readonly MapStagedPoint[];
  /** Sites of the chosen measurement pattern. */
  targets: readonly TargetMarker[];
  /** The point the entry form would stage. */
  pending: PointMm | null;
  /** Points an import would stage: hollow diamonds, red outside the outline. */
  preview?: PreviewMarkers | null;
  /** Konva layers between the outline and the records (the interpolated map); `transform` is
   * the one of the last settled moment (not every frame of a gesture), for zoom-dependent
   * layout. */
  underlay?: (view: SampleView, transform: StageTransform, control: DrawControl) => ReactNode;
  /** The underlay hatches an extrapolated region (for the exported legend). */
  extrapolated?: boolean;
}

/** What the map reports. */
export interface MapHandlers {
  /** A click or tap inside the outline (snapped), or Enter at the keyboard cursor. */
  onPlace: (point: PointMm) => void;
  /** A click outside the outline: nothing is placed; the caller says why. */
  onPlaceOutside: (point: PointMm) => void;
  onActivateTarget: (index: number) => void;
  /** A click on a stored record's marker; without it such a click places a point as usual. */
  onActivateRecord?: (id: string) => void;
  onSelect: (ids: string[], mode: SelectMode) => void;
  onMoveSelection: (ids: string[], dxMm: number, dyMm: number) => void;
  onDeleteSelection: () => void;
  onHover: (target: MapTarget | null) => void;
  /** Text of the tooltip for a hovered marker. */
  describeTarget: (target: MapTarget) => ReactNode;
}

/**
 * Where the drawn outline comes from: set for the sample, guessed from its name (until the user
 * confirms it), or only suggested (the name gives no size and nothing is set).
 */
export type OutlineState = 'set' | 'guessed' | 'suggested';

/** Props of SampleMap. */
export interface SampleMapProps {
  outline: SampleOutline;
  /** 'set' when omitted; otherwise the outline is drawn lighter and dashed, and labelled. */
  outlineState?: OutlineState;
  /** Accessible name of the map; the staged and stored tables are its text alternative. */
  label: string;
  layers: MapLayers;
  /** Selected staged annotations, by id. */
  selectedIds: ReadonlySet<string>;
  highlight: MapHighlight | null;
  handlers: MapHandlers;
  /** Grid step for clicks, drags and nudges; 0 = off. */
  snapStepMm: number;
  /** Draw mm rulers along the left and bottom edges. */
  showAxes?: boolean;
  /** Pan so that this point is in the middle of the map, once per new `nonce`. */
  focusRequest?: FocusRequest | null;
  /** Receives the handle that renders the map as an image (PNG export). */
  imageRef?: Ref<MapImageSource>;
}
