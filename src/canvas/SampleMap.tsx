/**
 * The sample map: outline to scale, stored records, staged points and the pending point, on a
 * react-konva Stage that fills its container and follows resizes (Konva scales the backing store
 * by devicePixelRatio, so it stays crisp on high-DPI screens).
 *
 * Props in, callbacks out; it never fetches. Pointer positions come from the inverse stage
 * transform (`getRelativePointerPosition`), so clicks stay exact under zoom and pan.
 * Hit testing is done here in container px against marker positions, so every marker's hit
 * radius is the same on screen at every zoom.
 */
import type Konva from 'konva';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import {
  fitSampleView,
  IDENTITY_TRANSFORM,
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
  stagePxToSampleMm,
} from '../domain/frames/view';
import { nearestWithinPx } from '../domain/geometry/nearest';
import { isInsideOutline, outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import type { PointMm, PointPx } from '../domain/geometry/point';
import { formatCursor } from '../domain/values/formatMm';
import {
  drawPendingMarker,
  drawRecordMarkers,
  drawStagedMarkers,
  HIT_RADIUS_PX,
  type RecordMarker,
} from './draw';
import { OutlineLayer } from './layers/OutlineLayer';

export type MapTarget = { kind: 'staged'; index: number } | { kind: 'record'; index: number };

export interface SampleMapProps {
  outline: SampleOutline;
  records: RecordMarker[];
  staged: PointMm[];
  pending: PointMm | null;
  highlightedStaged: number;
  highlightedRecord: number;
  /** A click or tap inside the outline. */
  onPlace: (point: PointMm) => void;
  /** A click or tap outside the outline: nothing is placed; the caller says why. */
  onPlaceOutside: (point: PointMm) => void;
  onHover: (target: MapTarget | null) => void;
  /** Text of the tooltip for a hovered marker. */
  describeTarget: (target: MapTarget) => ReactNode;
  /** Accessible name of the map; the staged and stored tables are its text alternative. */
  label: string;
}

/** Movement (container px) below which a press-release counts as a click, not a drag. */
const CLICK_SLOP_PX = 4;
const MARGIN_PX = 24;

function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize({ width: Math.floor(width), height: Math.floor(height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}

export function SampleMap(props: SampleMapProps) {
  const { outline, records, staged, pending, onHover, describeTarget } = props;
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  const stageRef = useRef<Konva.Stage>(null);
  const [transform] = useState<StageTransform>(IDENTITY_TRANSFORM);
  const [cursor, setCursor] = useState<PointMm | null>(null);
  const [hover, setHover] = useState<{ target: MapTarget; at: PointPx } | null>(null);
  const pressRef = useRef<PointPx | null>(null);

  const view: SampleView | null = useMemo(
    () =>
      width > 0 && height > 0
        ? fitSampleView(outlineBoundsMm(outline), width, height, MARGIN_PX)
        : null,
    [outline, width, height],
  );

  const pointerMm = (): { mm: PointMm; container: PointPx } | null => {
    const stage = stageRef.current;
    const rel = stage?.getRelativePointerPosition();
    const abs = stage?.getPointerPosition();
    if (!view || !rel || !abs) return null;
    return {
      mm: stagePxToSampleMm(view, { xPx: rel.x, yPx: rel.y }),
      container: { xPx: abs.x, yPx: abs.y },
    };
  };

  const hitTest = (at: PointPx): MapTarget | null => {
    if (!view) return null;
    const project = (pts: PointMm[]) => {
      const xs = new Float64Array(pts.length);
      const ys = new Float64Array(pts.length);
      pts.forEach((p, i) => {
        const c = sampleMmToContainerPx(view, transform, p);
        xs[i] = c.xPx;
        ys[i] = c.yPx;
      });
      return [xs, ys] as const;
    };
    const s = nearestWithinPx(...project(staged), at, HIT_RADIUS_PX);
    if (s >= 0) return { kind: 'staged', index: s };
    const r = nearestWithinPx(...project(records), at, HIT_RADIUS_PX);
    return r >= 0 ? { kind: 'record', index: r } : null;
  };

  const handleMove = () => {
    const p = pointerMm();
    setCursor(p?.mm ?? null);
    const target = p ? hitTest(p.container) : null;
    setHover(target && p ? { target, at: p.container } : null);
    onHover(target);
  };

  const handleUp = () => {
    const p = pointerMm();
    const pressed = pressRef.current;
    pressRef.current = null;
    if (!p || !pressed) return;
    const moved = Math.hypot(p.container.xPx - pressed.xPx, p.container.yPx - pressed.yPx);
    if (moved > CLICK_SLOP_PX) return;
    if (isInsideOutline(outline, p.mm)) props.onPlace(p.mm);
    else props.onPlaceOutside(p.mm);
  };

  return (
    <div
      ref={ref}
      className="sample-map"
      role="img"
      aria-label={props.label}
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
          scaleX={transform.scale}
          scaleY={transform.scale}
          onPointerDown={() => {
            pressRef.current = pointerMm()?.container ?? null;
          }}
          onPointerUp={handleUp}
          onPointerMove={handleMove}
          onPointerLeave={() => {
            setCursor(null);
            setHover(null);
            onHover(null);
          }}
        >
          <OutlineLayer outline={outline} view={view} scale={transform.scale} />
          <Layer listening={false}>
            <Shape
              perfectDrawEnabled={false}
              sceneFunc={(c) =>
                drawRecordMarkers(
                  c._context,
                  view,
                  transform.scale,
                  records,
                  props.highlightedRecord,
                )
              }
            />
          </Layer>
          <Layer listening={false}>
            <Shape
              perfectDrawEnabled={false}
              sceneFunc={(c) => {
                drawStagedMarkers(
                  c._context,
                  view,
                  transform.scale,
                  staged,
                  props.highlightedStaged,
                );
                if (pending) drawPendingMarker(c._context, view, transform.scale, pending);
              }}
            />
          </Layer>
        </Stage>
      )}
      {hover && (
        <div
          className="map-tooltip"
          role="tooltip"
          style={{ left: hover.at.xPx + 14, top: hover.at.yPx + 14 }}
        >
          {describeTarget(hover.target)}
        </div>
      )}
      <output className="cursor-readout" aria-label="Cursor position" aria-live="off">
        {cursor ? formatCursor(cursor) : '—'}
      </output>
    </div>
  );
}
