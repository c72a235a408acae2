/**
 * Zoom and pan of the map's stage: wheel zoom about the pointer, two-finger pinch (zoom about
 * the pinch centre, pan with it), drag panning (driven by useMapPointer), buttons, and "fit"
 * (back to the whole sample).
 *
 * A wheel, pinch or drag is a gesture: while it lasts `interacting()` is true and the cached
 * layers move their bitmaps instead of redrawing (layerCache.ts); when it ends (pointer or
 * finger up, or SETTLE_MS after the last wheel event) the stage is redrawn, sharp, on the next
 * frame. Buttons and keys zoom in one step and draw sharp at once.
 */
import type Konva from 'konva';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { IDENTITY_TRANSFORM, panBy, type StageTransform, zoomAbout } from '../domain/frames/view';

/** Zoom factor of one wheel notch (100 px of deltaY) and of a +/− press. */
const WHEEL_BASE = 1.0015;
export const BUTTON_ZOOM = 1.5;
/** A wheel gesture ends this long after its last event (wheels have no "end" event). */
export const SETTLE_MS = 150;

/** Distance and centre of a two-finger touch, in container px; null unless two touches. */
function touchPoints(evt: TouchEvent, stage: Konva.Stage | null) {
  const rect = stage?.container().getBoundingClientRect();
  const [a, b] = [evt.touches[0], evt.touches[1]];
  if (!rect || !a || !b) return null;
  const p1 = { x: a.clientX - rect.left, y: a.clientY - rect.top };
  const p2 = { x: b.clientX - rect.left, y: b.clientY - rect.top };
  return {
    distance: Math.hypot(p1.x - p2.x, p1.y - p2.y),
    centre: { x: (p1.x + p2.x) / 2, y: (p1.y + p2.y) / 2 },
  };
}

/**
 * The stage transform of a `width` × `height` map and its zoom/pan handlers, gesture state
 * (`interacting`, `beginGesture`, `endGesture`) and `fit`; a resize resets the transform.
 */
export function useZoomPan(stageRef: RefObject<Konva.Stage | null>, width: number, height: number) {
  const [transform, setTransform] = useState<StageTransform>(IDENTITY_TRANSFORM);
  const pinch = useRef<{ distance: number; centre: { x: number; y: number } } | null>(null);
  const gesture = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The transform as of the last settled moment: what zoom-dependent layout (contour labels)
   * follows, so it is not recomputed on every frame of a gesture. */
  const [settled, setSettled] = useState<StageTransform>(IDENTITY_TRANSFORM);
  const latest = useRef(transform);
  latest.current = transform;
  useEffect(() => {
    if (!gesture.current) setSettled(transform);
  }, [transform]);

  const endGesture = useCallback(() => {
    if (settleTimer.current !== null) clearTimeout(settleTimer.current);
    settleTimer.current = null;
    if (!gesture.current) return;
    gesture.current = false;
    setSettled(latest.current);
    // The layers read interacting() at draw time: one redraw makes them sharp.
    stageRef.current?.batchDraw();
  }, [stageRef]);
  const beginGesture = useCallback(() => {
    gesture.current = true;
  }, []);
  /** A gesture without an end event: it ends SETTLE_MS after the latest call. */
  const touchGesture = useCallback(() => {
    gesture.current = true;
    if (settleTimer.current !== null) clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(endGesture, SETTLE_MS);
  }, [endGesture]);
  useEffect(
    () => () => {
      if (settleTimer.current !== null) clearTimeout(settleTimer.current);
    },
    [],
  );
  const interacting = useCallback(() => gesture.current, []);

  const zoomAtCentre = useCallback(
    (factor: number) =>
      setTransform((t) => zoomAbout(t, { xPx: width / 2, yPx: height / 2 }, factor)),
    [width, height],
  );
  const fit = useCallback(() => setTransform(IDENTITY_TRANSFORM), []);
  const pan = useCallback(
    (dxPx: number, dyPx: number) => setTransform((t) => panBy(t, dxPx, dyPx)),
    [],
  );

  const onWheel = useCallback(
    (e: Konva.KonvaEventObject<WheelEvent>) => {
      e.evt.preventDefault();
      const pointer = e.target.getStage()?.getPointerPosition();
      if (!pointer) return;
      touchGesture();
      // deltaY is in pixels for mice (±100 per notch) and trackpads; ctrlKey marks a pinch.
      const factor = WHEEL_BASE ** (-e.evt.deltaY * (e.evt.ctrlKey ? 5 : 1));
      setTransform((t) => zoomAbout(t, { xPx: pointer.x, yPx: pointer.y }, factor));
    },
    [touchGesture],
  );

  const onTouchMove = useCallback(
    (e: Konva.KonvaEventObject<TouchEvent>) => {
      const now = touchPoints(e.evt, stageRef.current);
      if (!now) {
        pinch.current = null;
        return;
      }
      e.evt.preventDefault();
      beginGesture();
      const before = pinch.current;
      pinch.current = now;
      if (!before || before.distance === 0) return;
      setTransform((t) =>
        panBy(
          zoomAbout(
            t,
            { xPx: before.centre.x, yPx: before.centre.y },
            now.distance / before.distance,
          ),
          now.centre.x - before.centre.x,
          now.centre.y - before.centre.y,
        ),
      );
    },
    [stageRef, beginGesture],
  );
  const onTouchEnd = useCallback(() => {
    pinch.current = null;
    endGesture();
  }, [endGesture]);
  const isPinching = () => pinch.current !== null;

  // A resize re-fits the sample (the view is recomputed), so zoom restarts from the fitted view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the size changes.
  useEffect(() => setTransform(IDENTITY_TRANSFORM), [width, height]);

  return {
    transform,
    settled,
    setTransform,
    zoomAtCentre,
    fit,
    pan,
    onWheel,
    onTouchMove,
    onTouchEnd,
    isPinching,
    interacting,
    beginGesture,
    endGesture,
  };
}
