/**
 * Pointer gestures on the map, as one small state machine:
 * - press and release without moving: a click (place the pending point, activate a pattern
 *   target, or select a staged marker);
 * - drag from empty space (or anywhere with Space held, or with the middle button): pan;
 * - drag from a staged marker: move the selection, previewed live, committed once on release;
 * - Shift+drag from empty space: rubber-band selection (Ctrl/Cmd adds to the selection).
 * Positions come from the inverse stage transform, so they are exact at every zoom and pan.
 */
import type Konva from 'konva';
import { type RefObject, useRef, useState } from 'react';
import {
  containerPxToSampleMm,
  type SampleView,
  type StageTransform,
  stagePxToSampleMm,
} from '../domain/frames/view';
import type { PointMm, PointPx } from '../domain/geometry/point';
import { snapPoint } from '../domain/staging/snap';
import type { MapStagedPoint, MapTarget, SelectMode } from './mapTypes';

export type { SelectMode };

/** Movement (container px) below which a press-release counts as a click, not a drag. */
export const CLICK_SLOP_PX = 4;

interface PointerOptions {
  stageRef: RefObject<Konva.Stage | null>;
  view: SampleView | null;
  transform: StageTransform;
  snapStepMm: number;
  staged: readonly MapStagedPoint[];
  selectedIds: ReadonlySet<string>;
  hitTest: (at: PointPx) => MapTarget | null;
  pan: (dxPx: number, dyPx: number) => void;
  /** A drag pan starts and ends a gesture (see useZoomPan). */
  beginGesture: () => void;
  endGesture: () => void;
  isPinching: () => boolean;
  spaceHeld: () => boolean;
  onClickAt: (mm: PointMm, target: MapTarget | null) => void;
  onSelect: (localIds: string[], mode: SelectMode) => void;
  onMoveSelection: (localIds: string[], dxMm: number, dyMm: number) => void;
}

type Gesture =
  | { kind: 'pan'; start: PointPx; last: PointPx; moved: boolean; click: MapTarget | null | false }
  | {
      kind: 'drag';
      start: PointPx;
      startMm: PointMm;
      grabbed: PointMm;
      ids: string[];
      /** The same ids, one Set for the whole drag (layers redraw when it changes). */
      idSet: ReadonlySet<string>;
      moved: boolean;
    }
  | { kind: 'band'; start: PointPx; now: PointPx; mode: SelectMode };

/** Staged points being dragged (by id) and the drag's offset so far, in mm. */
export interface DragPreview {
  ids: ReadonlySet<string>;
  dxMm: number;
  dyMm: number;
}

/** The pointer state machine (see the module comment); its handlers go on the Konva Stage. */
export function useMapPointer(o: PointerOptions) {
  const gesture = useRef<Gesture | null>(null);
  const [drag, setDrag] = useState<DragPreview | null>(null);
  const [band, setBand] = useState<{ a: PointPx; b: PointPx } | null>(null);

  const read = () => {
    const stage = o.stageRef.current;
    const rel = stage?.getRelativePointerPosition();
    const abs = stage?.getPointerPosition();
    if (!o.view || !rel || !abs) return null;
    return {
      mm: stagePxToSampleMm(o.view, { xPx: rel.x, yPx: rel.y }),
      px: { xPx: abs.x, yPx: abs.y },
    };
  };

  const dragDelta = (g: Extract<Gesture, { kind: 'drag' }>, mm: PointMm) => {
    const raw = {
      xMm: g.grabbed.xMm + mm.xMm - g.startMm.xMm,
      yMm: g.grabbed.yMm + mm.yMm - g.startMm.yMm,
    };
    const landed = snapPoint(raw, o.snapStepMm);
    return { dxMm: landed.xMm - g.grabbed.xMm, dyMm: landed.yMm - g.grabbed.yMm };
  };

  const onPointerDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const evt = e.evt;
    if (evt.button !== 0 && evt.button !== 1) return;
    const p = read();
    if (!p) return;
    (evt.target as Element | null)?.setPointerCapture?.(evt.pointerId);
    if (evt.button === 1 || o.spaceHeld()) {
      gesture.current = { kind: 'pan', start: p.px, last: p.px, moved: false, click: false };
      return;
    }
    const target = o.hitTest(p.px);
    const multi = evt.shiftKey || evt.ctrlKey || evt.metaKey;
    if (target?.kind === 'staged') {
      const id = target.id;
      const at = o.staged.find((s) => s.id === id);
      if (!at) return;
      if (multi) {
        o.onSelect([id], 'toggle');
        gesture.current = null;
        return;
      }
      const ids = o.selectedIds.has(id) ? [...o.selectedIds] : [id];
      if (!o.selectedIds.has(id)) o.onSelect([id], 'replace');
      gesture.current = {
        kind: 'drag',
        start: p.px,
        startMm: p.mm,
        grabbed: { xMm: at.xMm, yMm: at.yMm },
        ids,
        idSet: new Set(ids),
        moved: false,
      };
      return;
    }
    if (evt.shiftKey) {
      const mode: SelectMode = evt.ctrlKey || evt.metaKey ? 'add' : 'replace';
      gesture.current = { kind: 'band', start: p.px, now: p.px, mode };
      return;
    }
    gesture.current = { kind: 'pan', start: p.px, last: p.px, moved: false, click: target };
  };

  const onPointerMove = () => {
    const g = gesture.current;
    if (!g) return;
    if (o.isPinching()) {
      gesture.current = null;
      setDrag(null);
      setBand(null);
      return;
    }
    const p = read();
    if (!p) return;
    const far = Math.hypot(p.px.xPx - g.start.xPx, p.px.yPx - g.start.yPx) > CLICK_SLOP_PX;
    if (g.kind === 'pan') {
      if (!g.moved && !far) return;
      if (!g.moved) o.beginGesture();
      g.moved = true;
      o.pan(p.px.xPx - g.last.xPx, p.px.yPx - g.last.yPx);
      g.last = p.px;
    } else if (g.kind === 'drag') {
      if (!g.moved && !far) return;
      g.moved = true;
      setDrag({ ids: g.idSet, ...dragDelta(g, p.mm) });
    } else {
      g.now = p.px;
      setBand({ a: g.start, b: p.px });
    }
  };

  const onPointerUp = () => {
    const g = gesture.current;
    gesture.current = null;
    setDrag(null);
    setBand(null);
    if (g?.kind === 'pan' && g.moved) o.endGesture();
    const p = read();
    if (!g || !p) return;
    if (g.kind === 'pan') {
      if (!g.moved && g.click !== false) o.onClickAt(p.mm, g.click);
    } else if (g.kind === 'drag') {
      if (g.moved) {
        const { dxMm, dyMm } = dragDelta(g, p.mm);
        o.onMoveSelection(g.ids, dxMm, dyMm);
      }
    } else {
      o.onSelect(idsInBand(o, g.start, p.px), g.mode);
    }
  };

  return { onPointerDown, onPointerMove, onPointerUp, drag, band };
}

/** Staged annotations whose markers lie inside the band (container px corners a and b). */
function idsInBand(o: PointerOptions, a: PointPx, b: PointPx): string[] {
  if (!o.view) return [];
  const p1 = containerPxToSampleMm(o.view, o.transform, a);
  const p2 = containerPxToSampleMm(o.view, o.transform, b);
  const [minX, maxX] = [Math.min(p1.xMm, p2.xMm), Math.max(p1.xMm, p2.xMm)];
  const [minY, maxY] = [Math.min(p1.yMm, p2.yMm), Math.max(p1.yMm, p2.yMm)];
  return o.staged
    .filter((s) => s.xMm >= minX && s.xMm <= maxX && s.yMm >= minY && s.yMm <= maxY)
    .map((s) => s.id);
}
