/**
 * The sample map: outline to scale, an optional underlay (the interpolated map), stored records,
 * staged points and the import preview, and an overlay (pattern targets, pending point,
 * selection, highlight, keyboard cursor, scale bar, axes), on a react-konva Stage that fills
 * its container and follows resizes (Konva scales the backing store by devicePixelRatio).
 *
 * Props in, callbacks out; it never fetches. Markers are referred to by id, as in the tables.
 * Pointer positions come from the inverse stage transform, so clicks stay exact under zoom and
 * pan. Hit testing is geometric, in container px, so every marker's hit radius is the same on
 * screen at every zoom. Layers with thousands of markers pan and zoom as cached bitmaps.
 */
import type Konva from 'konva';
import { useMemo, useRef, useState } from 'react';
import { Stage } from 'react-konva';
import { scaleBarFor } from '../domain/frames/mapScale';
import {
  containerPxPerMm,
  fitSampleView,
  fitTransform,
  stagePxToSampleMm,
} from '../domain/frames/view';
import { isInsideOutline, outlineBoundsMm } from '../domain/geometry/outline';
import type { PointMm, PointPx } from '../domain/geometry/point';
import { snapPoint } from '../domain/staging/snap';
import { formatCursor } from '../domain/values/formatMm';
import type { DrawControl } from './layerCache';
import { OutlineLayer } from './layers/OutlineLayer';
import { OverlayLayer } from './layers/OverlayLayer';
import { RecordsLayer } from './layers/RecordsLayer';
import { StagedLayer } from './layers/StagedLayer';
import { legendEntries } from './legend';
import { MapTooltip } from './MapTooltip';
import { useElementSize, useFocusRequest, useSpaceHeld } from './mapHooks';
import { RULER_PX, SCALE_BAR_MAX_PX } from './mapRulers';
import type { FocusRequest, MapHighlight, MapStagedPoint, MapTarget } from './mapTypes';
import { OutlineBadge } from './OutlineBadge';
import { PreviewLegend } from './PreviewLegend';
import type { MapLayers, SampleMapProps } from './sampleMapProps';
import { useMapHitTest } from './useMapHitTest';
import { useMapImage } from './useMapImage';
import { useMapKeyboard } from './useMapKeyboard';
import { useMapPointer } from './useMapPointer';
import { useRingPoints } from './useRingPoints';
import { BUTTON_ZOOM, useZoomPan } from './useZoomPan';
import { ZoomControls } from './ZoomControls';

export type { FocusRequest, MapHighlight, MapLayers, MapStagedPoint, MapTarget, SampleMapProps };

const MARGIN_PX = 24;

/** The map; see the module comment. */
export function SampleMap(props: SampleMapProps) {
  const { outline, layers, selectedIds, highlight, handlers: h, snapStepMm } = props;
  const outlineState = props.outlineState ?? 'set';
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  const stageRef = useRef<Konva.Stage>(null);
  const zoom = useZoomPan(stageRef, width, height);
  const { transform } = zoom;
  const spaceHeld = useSpaceHeld();
  const [pointerAt, setPointerAt] = useState<PointPx | null>(null);
  /** What the cursor read-out shows: the pointer's or the keyboard cursor's latest position. */
  const [readout, setReadout] = useState<PointMm | null>(null);
  const [hover, setHover] = useState<MapTarget | null>(null);
  const { exporting, plain } = useMapImage(props.imageRef, stageRef, (decorations) =>
    legendEntries({ ...layers, preview: decorations ? layers.preview : null }),
  );
  const control = useMemo<DrawControl>(
    () => ({
      scale: () => stageRef.current?.scaleX() ?? 1,
      interacting: zoom.interacting,
      exporting: () => exporting.current,
      plain: () => plain.current,
    }),
    [zoom.interacting, exporting, plain],
  );
  const showAxes = props.showAxes ?? false;
  // With axes on, the rulers get their own room: they never cover the outline's edge.
  const view = useMemo(
    () =>
      width > 0 && height > 0
        ? fitSampleView(
            outlineBoundsMm(outline),
            width,
            height,
            MARGIN_PX,
            showAxes ? { leftPx: RULER_PX.left, bottomPx: RULER_PX.bottom } : undefined,
          )
        : null,
    [outline, width, height, showAxes],
  );
  const { records, staged, targets, pending } = layers;
  const preview = layers.preview ?? null;
  const geo = useMapHitTest(view, { records, staged, targets, preview });
  const hitTest = (at: PointPx) => geo.hitTest(at, transform);

  /** "Fit": the whole sample, zoomed out further when staged or previewed points lie beyond it. */
  const fitAll = () => {
    if (!view) return zoom.fit();
    function* beyond(): Generator<PointMm> {
      yield* staged;
      if (preview)
        for (let i = 0; i < preview.xMm.length; i++)
          yield { xMm: preview.xMm[i] ?? 0, yMm: preview.yMm[i] ?? 0 };
    }
    zoom.setTransform(fitTransform(view, width, height, outlineBoundsMm(outline), beyond()));
  };

  const placeAt = (mm: PointMm) => {
    const snapped = snapPoint(mm, snapStepMm);
    if (isInsideOutline(outline, snapped)) h.onPlace(snapped);
    else h.onPlaceOutside(mm);
  };

  const gesture = useMapPointer({
    stageRef,
    view,
    transform,
    snapStepMm,
    staged,
    selectedIds,
    hitTest,
    pan: zoom.pan,
    beginGesture: zoom.beginGesture,
    endGesture: zoom.endGesture,
    isPinching: zoom.isPinching,
    spaceHeld,
    onClickAt: (mm, target) => {
      if (target?.kind === 'target') h.onActivateTarget(target.index);
      else if (target?.kind === 'record' && h.onActivateRecord) h.onActivateRecord(target.id);
      else placeAt(mm);
    },
    onSelect: h.onSelect,
    onMoveSelection: h.onMoveSelection,
  });

  const keys = useMapKeyboard({
    staged,
    selectedIds,
    snapStepMm,
    placeAt,
    onSelect: h.onSelect,
    onMoveSelection: h.onMoveSelection,
    onDeleteSelection: h.onDeleteSelection,
    zoomIn: () => zoom.zoomAtCentre(BUTTON_ZOOM),
    zoomOut: () => zoom.zoomAtCentre(1 / BUTTON_ZOOM),
    fit: fitAll,
    onCursor: setReadout,
  });

  useFocusRequest(props.focusRequest ?? null, view, width, height, zoom.setTransform);

  const handleMove = () => {
    gesture.onPointerMove();
    // While panning, the map moves with the pointer: nothing new under it, nothing to hit-test.
    if (zoom.interacting()) return;
    const stage = stageRef.current;
    const rel = stage?.getRelativePointerPosition();
    const abs = stage?.getPointerPosition();
    if (!view || !rel || !abs) return;
    const at = { xPx: abs.x, yPx: abs.y };
    setPointerAt(at);
    setReadout(stagePxToSampleMm(view, { xPx: rel.x, yPx: rel.y }));
    const target = hitTest(at);
    setHover(target);
    h.onHover(target);
  };

  const drag = gesture.drag;
  const rings = useRingPoints(layers, selectedIds, highlight, drag);
  const previewLayer = useMemo(
    () => (preview && geo.previewXy ? { markers: preview, xy: geo.previewXy } : null),
    [preview, geo.previewXy],
  );
  const size = useMemo(() => ({ widthPx: width, heightPx: height }), [width, height]);
  const bar = view ? scaleBarFor(containerPxPerMm(view, transform), SCALE_BAR_MAX_PX) : null;
  const draggedAt = drag ? rings.dragged[0] : undefined;

  return (
    <div
      ref={ref}
      className={showAxes ? 'sample-map with-axes' : 'sample-map'}
      role="application"
      aria-label={props.label}
      aria-roledescription="sample map"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes keyboard input (focus cursor, nudges).
      tabIndex={0}
      {...keys.handlers}
      data-center-x-px={view?.centerXPx}
      data-center-y-px={view?.centerYPx}
      data-px-per-mm={view?.pxPerMm}
      data-stage-x={transform.x}
      data-stage-y={transform.y}
      data-stage-scale={transform.scale}
      data-scale-bar-mm={bar?.lengthMm}
      data-scale-bar-px={bar?.lengthPx}
    >
      {view && (
        <Stage
          ref={stageRef}
          width={width}
          height={height}
          x={transform.x}
          y={transform.y}
          scaleX={transform.scale}
          scaleY={transform.scale}
          onWheel={zoom.onWheel}
          onTouchMove={zoom.onTouchMove}
          onTouchEnd={zoom.onTouchEnd}
          onPointerDown={gesture.onPointerDown}
          onPointerUp={gesture.onPointerUp}
          onPointerMove={handleMove}
          onPointerLeave={() => {
            setPointerAt(null);
            setReadout(null);
            setHover(null);
            h.onHover(null);
          }}
        >
          <OutlineLayer
            outline={outline}
            view={view}
            control={control}
            tentative={outlineState !== 'set'}
          />
          {layers.underlay?.(view, zoom.settled, control)}
          <RecordsLayer
            view={view}
            records={records}
            xy={geo.recordsXy}
            selected={rings.selectedRecords}
            highlighted={rings.highlightedRecord}
            control={control}
          />
          <StagedLayer
            staged={staged}
            xy={geo.stagedXy}
            hiddenIds={drag?.ids ?? null}
            preview={previewLayer}
            control={control}
          />
          <OverlayLayer
            view={view}
            outline={outline}
            outlineTentative={outlineState !== 'set'}
            size={size}
            targets={targets}
            dragged={rings.dragged}
            selected={rings.selectedStaged}
            highlighted={rings.highlightedStaged}
            pending={pending}
            band={gesture.band}
            cursor={keys.cursor}
            showAxes={showAxes}
            control={control}
          />
        </Stage>
      )}
      {(hover || draggedAt) && pointerAt && (
        <MapTooltip at={pointerAt} box={size}>
          {draggedAt ? `Moving to ${formatCursor(draggedAt)}` : hover && h.describeTarget(hover)}
        </MapTooltip>
      )}
      <ZoomControls
        scale={transform.scale}
        onZoomIn={() => zoom.zoomAtCentre(BUTTON_ZOOM)}
        onZoomOut={() => zoom.zoomAtCentre(1 / BUTTON_ZOOM)}
        onFit={fitAll}
      />
      {preview && <PreviewLegend preview={preview} />}
      {outlineState !== 'set' && <OutlineBadge state={outlineState} />}
      <output className="cursor-readout" aria-label="Cursor position" aria-live="off">
        {readout ? formatCursor(readout) : '—'}
      </output>
    </div>
  );
}
