/**
 * The sample map: outline to scale, stored records, pattern targets, staged points and the
 * pending point, on a react-konva Stage that fills its container and follows resizes (Konva
 * scales the backing store by devicePixelRatio, so it stays crisp on high-DPI screens).
 *
 * Props in, callbacks out; it never fetches. Pointer positions come from the inverse stage
 * transform (`getRelativePointerPosition`), so clicks stay exact under zoom and pan. Hit testing
 * runs here in container px, so every marker's hit radius is the same on screen at every zoom.
 */
import type Konva from 'konva';
import {
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import {
  fitSampleView,
  fitTransform,
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
  stagePxToSampleMm,
} from '../domain/frames/view';
import { nearestWithinPx } from '../domain/geometry/nearest';
import { isInsideOutline, outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import type { PointMm, PointPx } from '../domain/geometry/point';
import { nudgeStepMm, snapPoint } from '../domain/staging/snap';
import { formatCursor } from '../domain/values/formatMm';
import {
  drawFocusCursor,
  drawHighlightRing,
  drawPatternTargets,
  drawPendingMarker,
  drawPreviewMarkers,
  drawRecordMarkers,
  drawSelection,
  drawStagedMarkers,
  HIT_RADIUS_PX,
  type PreviewMarkers,
  type RecordMarker,
  type TargetMarker,
} from './draw';
import { OutlineLayer } from './layers/OutlineLayer';
import { type FocusRequest, useElementSize, useFocusRequest, useSpaceHeld } from './mapHooks';
import { type MapImageSource, useMapImage } from './useMapImage';
import { type SelectMode, useMapPointer } from './useMapPointer';
import { BUTTON_ZOOM, useZoomPan } from './useZoomPan';
import { ZoomControls } from './ZoomControls';

export type { FocusRequest };

export type MapTarget =
  | { kind: 'staged'; index: number }
  | { kind: 'target'; index: number }
  | { kind: 'record'; index: number };

export interface SampleMapProps {
  outline: SampleOutline;
  records: RecordMarker[];
  /** Staged annotation positions and their local ids, in the same order. */
  staged: PointMm[];
  stagedIds: string[];
  selectedIds: ReadonlySet<string>;
  targets: TargetMarker[];
  pending: PointMm | null;
  highlightedStaged: number;
  highlightedRecord: number;
  /** Grid step for clicks, drags and nudges; 0 = off. */
  snapStepMm: number;
  /** Extra Konva layers drawn between the outline and the markers (e.g. an interpolated map). */
  underlay?: (view: SampleView, transform: StageTransform) => ReactNode;
  /** Pan so that this point is in the middle of the map, once per new `nonce`. */
  focusRequest?: FocusRequest | null;
  /** A click on a stored record's marker; without it such a click places a point as usual. */
  onActivateRecord?: (index: number) => void;
  /** A click or tap inside the outline (snapped), or Enter at the keyboard focus cursor. */
  onPlace: (point: PointMm) => void;
  /** A click outside the outline: nothing is placed; the caller says why. */
  onPlaceOutside: (point: PointMm) => void;
  onActivateTarget: (index: number) => void;
  onSelect: (localIds: string[], mode: SelectMode) => void;
  onMoveSelection: (localIds: string[], dxMm: number, dyMm: number) => void;
  onDeleteSelection: () => void;
  onHover: (target: MapTarget | null) => void;
  /** Text of the tooltip for a hovered marker. */
  describeTarget: (target: MapTarget) => ReactNode;
  /** Accessible name of the map; the staged and stored tables are its text alternative. */
  label: string;
  /** Points an import would stage, drawn as hollow diamonds (red outside the outline). */
  previewPoints?: PreviewMarkers | null;
  /** Receives the handle that renders the map as an image (PNG export). */
  imageRef?: Ref<MapImageSource>;
}

const MARGIN_PX = 24;

/** Mark a layer's canvas, so tests find it whatever layers come before it. */
const tagLayer = (name: string) => (layer: Konva.Layer | null) =>
  layer?.getNativeCanvasElement().setAttribute('data-layer', name);
const tagRecords = tagLayer('records');
const tagStaged = tagLayer('staged');
const tagOverlay = tagLayer('overlay');

const project = (view: SampleView, t: StageTransform, pts: PointMm[]) => {
  const xs = new Float64Array(pts.length);
  const ys = new Float64Array(pts.length);
  pts.forEach((p, i) => {
    const c = sampleMmToContainerPx(view, t, p);
    xs[i] = c.xPx;
    ys[i] = c.yPx;
  });
  return [xs, ys] as const;
};

/** Key to the import preview's markers, with how many lie outside (possibly off the map). */
function PreviewLegend({ preview }: { preview: PreviewMarkers }) {
  const outside = useMemo(() => preview.inside.reduce((n, v) => n + (v ? 0 : 1), 0), [preview]);
  return (
    <div className="map-preview-legend" aria-hidden="true">
      <span className="legend-preview" /> import preview ({preview.inside.length - outside})
      <span className="legend-preview outside" /> {outside} outside the outline
    </div>
  );
}

export function SampleMap(props: SampleMapProps) {
  const { outline, records, staged, stagedIds, selectedIds, pending, onHover } = props;
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  const stageRef = useRef<Konva.Stage>(null);
  const zoom = useZoomPan(stageRef, width, height);
  const { transform } = zoom;
  const spaceHeld = useSpaceHeld();
  const [cursor, setCursor] = useState<PointMm | null>(null);
  const [focusCursor, setFocusCursor] = useState<PointMm | null>(null);
  const [hover, setHover] = useState<{ target: MapTarget; at: PointPx } | null>(null);
  const plain = useMapImage(props.imageRef, stageRef);

  const view: SampleView | null = useMemo(
    () =>
      width > 0 && height > 0
        ? fitSampleView(outlineBoundsMm(outline), width, height, MARGIN_PX)
        : null,
    [outline, width, height],
  );

  /** "Fit": the whole sample, zoomed out further when staged or previewed points lie beyond it. */
  const fitAll = () => {
    if (!view) return zoom.fit();
    const preview = props.previewPoints;
    function* beyond(): Generator<PointMm> {
      yield* staged;
      if (preview)
        for (let i = 0; i < preview.xMm.length; i++)
          yield { xMm: preview.xMm[i] ?? 0, yMm: preview.yMm[i] ?? 0 };
    }
    zoom.setTransform(fitTransform(view, width, height, outlineBoundsMm(outline), beyond()));
  };

  const hitTest = (at: PointPx): MapTarget | null => {
    if (!view) return null;
    const s = nearestWithinPx(...project(view, transform, staged), at, HIT_RADIUS_PX);
    if (s >= 0) return { kind: 'staged', index: s };
    const t = nearestWithinPx(...project(view, transform, props.targets), at, HIT_RADIUS_PX);
    if (t >= 0) return { kind: 'target', index: t };
    const r = nearestWithinPx(...project(view, transform, records), at, HIT_RADIUS_PX);
    return r >= 0 ? { kind: 'record', index: r } : null;
  };

  const placeAt = (mm: PointMm) => {
    const snapped = snapPoint(mm, props.snapStepMm);
    if (isInsideOutline(outline, snapped)) props.onPlace(snapped);
    else props.onPlaceOutside(mm);
  };

  const pointer = useMapPointer({
    stageRef,
    view,
    transform,
    snapStepMm: props.snapStepMm,
    staged,
    stagedIds,
    selectedIds,
    hitTest,
    pan: zoom.pan,
    isPinching: zoom.isPinching,
    spaceHeld,
    onClickAt: (mm, target) => {
      if (target?.kind === 'target') props.onActivateTarget(target.index);
      else if (target?.kind === 'record' && props.onActivateRecord) {
        props.onActivateRecord(target.index);
      } else placeAt(mm);
    },
    onSelect: props.onSelect,
    onMoveSelection: props.onMoveSelection,
  });

  useFocusRequest(props.focusRequest ?? null, view, width, height, zoom.setTransform);

  const handleMove = () => {
    pointer.onPointerMove();
    const stage = stageRef.current;
    const rel = stage?.getRelativePointerPosition();
    const abs = stage?.getPointerPosition();
    if (!view || !rel || !abs) return;
    const at = { xPx: abs.x, yPx: abs.y };
    setCursor(stagePxToSampleMm(view, { xPx: rel.x, yPx: rel.y }));
    const target = hitTest(at);
    setHover(target ? { target, at } : null);
    onHover(target);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const dir = arrows[e.key];
    if (dir) {
      e.preventDefault();
      const step = nudgeStepMm(props.snapStepMm, e.shiftKey);
      if (selectedIds.size > 0) {
        let dxMm = dir[0] * step;
        let dyMm = dir[1] * step;
        const anchor = staged[stagedIds.findIndex((id) => selectedIds.has(id))];
        if (anchor && props.snapStepMm > 0) {
          // With snap on, the first selected point lands on the grid (an off-grid point 4.1 goes
          // to 5, not 5.1); the rest of the selection keeps its shape.
          const to = snapPoint(
            { xMm: anchor.xMm + dxMm, yMm: anchor.yMm + dyMm },
            props.snapStepMm,
          );
          dxMm = to.xMm - anchor.xMm;
          dyMm = to.yMm - anchor.yMm;
        }
        props.onMoveSelection([...selectedIds], dxMm, dyMm);
      } else {
        // The cursor crosses a wafer in tens of presses, not thousands: 1 mm (Shift 10 mm)
        // unless a snap grid sets the step; the read-out follows it.
        const cursorStep = nudgeStepMm(props.snapStepMm > 0 ? props.snapStepMm : 1, e.shiftKey);
        const from = snapPoint(focusCursor ?? { xMm: 0, yMm: 0 }, props.snapStepMm);
        const next = { xMm: from.xMm + dir[0] * cursorStep, yMm: from.yMm + dir[1] * cursorStep };
        setFocusCursor(next);
        setCursor(next);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    let handled = true;
    switch (e.key) {
      case 'Enter':
        placeAt(focusCursor ?? { xMm: 0, yMm: 0 });
        break;
      case 'Delete':
      case 'Backspace':
        props.onDeleteSelection();
        break;
      case 'Escape':
        props.onSelect([], 'replace');
        break;
      case '+':
      case '=':
        zoom.zoomAtCentre(BUTTON_ZOOM);
        break;
      case '-':
        zoom.zoomAtCentre(1 / BUTTON_ZOOM);
        break;
      case '0':
        fitAll();
        break;
      case 'n':
        selectStep(1);
        break;
      case 'p':
        selectStep(-1);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  const selectStep = (delta: number) => {
    if (stagedIds.length === 0) return;
    const current = stagedIds.findIndex((id) => selectedIds.has(id));
    const next = (current + delta + stagedIds.length) % stagedIds.length;
    const id = stagedIds[current < 0 && delta < 0 ? stagedIds.length - 1 : next];
    if (id) props.onSelect([id], 'replace');
  };

  const drag = pointer.drag;
  const shown = drag
    ? staged.map((p, i) =>
        drag.ids.has(stagedIds[i] ?? '') ? { xMm: p.xMm + drag.dxMm, yMm: p.yMm + drag.dyMm } : p,
      )
    : staged;
  const selectedPoints = shown.filter((_, i) => selectedIds.has(stagedIds[i] ?? ''));
  const draggedAt = drag ? selectedPoints[0] : undefined;
  const scale = transform.scale;
  const { targets, previewPoints } = props;
  // Staged markers and the import preview can number 100,000: their layer is redrawn only when
  // they, the view or the zoom change, not on every hover (decorations have their own layer).
  const markersScene = useCallback(
    (c: Konva.Context) => {
      if (!view) return;
      const ctx = c._context;
      drawPatternTargets(ctx, view, scale, targets);
      drawStagedMarkers(ctx, view, scale, shown, -1);
      if (previewPoints && !plain.current) drawPreviewMarkers(ctx, view, scale, previewPoints);
    },
    [view, scale, targets, shown, previewPoints, plain],
  );

  return (
    <div
      ref={ref}
      className="sample-map"
      role="application"
      aria-label={props.label}
      aria-roledescription="sample map"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes keyboard input (focus cursor, nudges).
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => setFocusCursor((c) => c ?? { xMm: 0, yMm: 0 })}
      data-center-x-px={view?.centerXPx}
      data-center-y-px={view?.centerYPx}
      data-px-per-mm={view?.pxPerMm}
      data-stage-x={transform.x}
      data-stage-y={transform.y}
      data-stage-scale={transform.scale}
    >
      {view && (
        <Stage
          ref={stageRef}
          width={width}
          height={height}
          x={transform.x}
          y={transform.y}
          scaleX={scale}
          scaleY={scale}
          onWheel={zoom.onWheel}
          onTouchMove={zoom.onTouchMove}
          onTouchEnd={zoom.onTouchEnd}
          onPointerDown={pointer.onPointerDown}
          onPointerUp={pointer.onPointerUp}
          onPointerMove={handleMove}
          onPointerLeave={() => {
            setCursor(null);
            setHover(null);
            onHover(null);
          }}
        >
          <OutlineLayer outline={outline} view={view} scale={scale} />
          {props.underlay?.(view, transform)}
          <Layer ref={tagRecords} listening={false}>
            <Shape
              perfectDrawEnabled={false}
              sceneFunc={(c) =>
                drawRecordMarkers(
                  c._context,
                  view,
                  scale,
                  records,
                  plain.current ? -1 : props.highlightedRecord,
                )
              }
            />
          </Layer>
          <Layer ref={tagStaged} listening={false}>
            <Shape perfectDrawEnabled={false} sceneFunc={markersScene} />
          </Layer>
          <Layer ref={tagOverlay} listening={false}>
            <Shape
              perfectDrawEnabled={false}
              sceneFunc={(c) => {
                if (plain.current) return;
                const ctx = c._context;
                const highlighted = shown[props.highlightedStaged];
                if (highlighted) drawHighlightRing(ctx, view, scale, highlighted);
                drawSelection(ctx, view, scale, selectedPoints);
                if (pending) drawPendingMarker(ctx, view, scale, pending);
                if (focusCursor && document.activeElement === ref.current) {
                  drawFocusCursor(ctx, view, scale, focusCursor);
                }
              }}
            />
          </Layer>
        </Stage>
      )}
      {pointer.band && (
        <div
          className="rubber-band"
          style={{
            left: Math.min(pointer.band.a.xPx, pointer.band.b.xPx),
            top: Math.min(pointer.band.a.yPx, pointer.band.b.yPx),
            width: Math.abs(pointer.band.a.xPx - pointer.band.b.xPx),
            height: Math.abs(pointer.band.a.yPx - pointer.band.b.yPx),
          }}
        />
      )}
      {(hover || draggedAt) && (
        <div
          className="map-tooltip"
          role="tooltip"
          style={{ left: (hover?.at.xPx ?? 0) + 14, top: (hover?.at.yPx ?? 0) + 14 }}
        >
          {draggedAt
            ? `Moving to ${formatCursor(draggedAt)}`
            : hover && props.describeTarget(hover.target)}
        </div>
      )}
      <ZoomControls
        scale={scale}
        onZoomIn={() => zoom.zoomAtCentre(BUTTON_ZOOM)}
        onZoomOut={() => zoom.zoomAtCentre(1 / BUTTON_ZOOM)}
        onFit={fitAll}
      />
      {props.previewPoints && <PreviewLegend preview={props.previewPoints} />}
      <output className="cursor-readout" aria-label="Cursor position" aria-live="off">
        {cursor ? formatCursor(cursor) : '—'}
      </output>
    </div>
  );
}
