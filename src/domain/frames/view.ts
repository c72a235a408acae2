/**
 * Sample mm <-> stage px, and container px -> stage px under zoom and pan.
 *
 * Three spaces are involved when the user clicks the map:
 * - container px: where the pointer is in the canvas element (what `getPointerPosition` returns);
 * - stage px: the unzoomed drawing space; container = stage · scale + position (Konva's stage
 *   transform), so stage = (container − position) / scale (`getRelativePointerPosition`);
 * - sample mm: origin at the sample centre, +y up, while screen +y points down.
 */
import type { BoundsMm, PointMm, PointPx } from '../geometry/point';

/** How the sample is laid out on the unzoomed stage: centre position and scale. */
export interface SampleView {
  centerXPx: number;
  centerYPx: number;
  pxPerMm: number;
}

/** Konva stage transform: container px = stage px · scale + (x, y). */
export interface StageTransform {
  x: number;
  y: number;
  scale: number;
}

export const IDENTITY_TRANSFORM: StageTransform = { x: 0, y: 0, scale: 1 };

/** Room kept free at the left and bottom edges of the stage (px), e.g. for axis rulers. */
export interface StageInsetPx {
  leftPx: number;
  bottomPx: number;
}

/**
 * Fit `bounds` (mm) centred into a `widthPx` × `heightPx` stage with `marginPx` on every side,
 * with the sample centre (0, 0) in the middle of the stage. `insetPx` keeps that much more room
 * at the left and bottom edges (the map's rulers, so they never cover the outline) and centres
 * the sample in what is left. Throws RangeError for empty bounds.
 */
export function fitSampleView(
  bounds: BoundsMm,
  widthPx: number,
  heightPx: number,
  marginPx = 16,
  insetPx: StageInsetPx = { leftPx: 0, bottomPx: 0 },
): SampleView {
  const spanX = 2 * Math.max(Math.abs(bounds.minXMm), Math.abs(bounds.maxXMm));
  const spanY = 2 * Math.max(Math.abs(bounds.minYMm), Math.abs(bounds.maxYMm));
  if (!(spanX > 0 && spanY > 0)) throw new RangeError('cannot fit an empty outline');
  const usableW = Math.max(1, widthPx - insetPx.leftPx - 2 * marginPx);
  const usableH = Math.max(1, heightPx - insetPx.bottomPx - 2 * marginPx);
  return {
    centerXPx: insetPx.leftPx + (widthPx - insetPx.leftPx) / 2,
    centerYPx: (heightPx - insetPx.bottomPx) / 2,
    pxPerMm: Math.min(usableW / spanX, usableH / spanY),
  };
}

/** Sample mm -> stage px (y flips: sample +y is up, screen +y is down). */
export function sampleMmToStagePx(view: SampleView, p: PointMm): PointPx {
  return {
    xPx: view.centerXPx + p.xMm * view.pxPerMm,
    yPx: view.centerYPx - p.yMm * view.pxPerMm,
  };
}

/** Stage px -> sample mm; the exact inverse of `sampleMmToStagePx`. */
export function stagePxToSampleMm(view: SampleView, p: PointPx): PointMm {
  return {
    xMm: (p.xPx - view.centerXPx) / view.pxPerMm,
    yMm: (view.centerYPx - p.yPx) / view.pxPerMm,
  };
}

/** Stage px of many points, as two parallel arrays (for drawing and hit-testing thousands). */
export interface StagePxArrays {
  xPx: Float64Array;
  yPx: Float64Array;
}

/** `sampleMmToStagePx` over parallel coordinate arrays (sample mm) of equal length. */
export function sampleMmArraysToStagePx(
  view: SampleView,
  xMm: ArrayLike<number>,
  yMm: ArrayLike<number>,
): StagePxArrays {
  const xPx = new Float64Array(xMm.length);
  const yPx = new Float64Array(xMm.length);
  for (let i = 0; i < xMm.length; i++) {
    xPx[i] = view.centerXPx + (xMm[i] as number) * view.pxPerMm;
    yPx[i] = view.centerYPx - (yMm[i] as number) * view.pxPerMm;
  }
  return { xPx, yPx };
}

/** `sampleMmToStagePx` over a list of points. */
export function samplePointsToStagePx(view: SampleView, points: readonly PointMm[]): StagePxArrays {
  const xPx = new Float64Array(points.length);
  const yPx = new Float64Array(points.length);
  points.forEach((p, i) => {
    const s = sampleMmToStagePx(view, p);
    xPx[i] = s.xPx;
    yPx[i] = s.yPx;
  });
  return { xPx, yPx };
}

/** Screen (container) px per sample mm at the transform's zoom. */
export function containerPxPerMm(view: SampleView, t: StageTransform): number {
  return view.pxPerMm * t.scale;
}

/** Container px -> stage px: the inverse of the stage transform (what Konva's
 * `getRelativePointerPosition` computes). */
export function containerPxToStagePx(t: StageTransform, p: PointPx): PointPx {
  return { xPx: (p.xPx - t.x) / t.scale, yPx: (p.yPx - t.y) / t.scale };
}

/** Stage px -> container px: apply the stage transform. */
export function stagePxToContainerPx(t: StageTransform, p: PointPx): PointPx {
  return { xPx: p.xPx * t.scale + t.x, yPx: p.yPx * t.scale + t.y };
}

/** Container px -> sample mm, through the stage transform and the sample view. */
export function containerPxToSampleMm(view: SampleView, t: StageTransform, p: PointPx): PointMm {
  return stagePxToSampleMm(view, containerPxToStagePx(t, p));
}

/** Sample mm -> container px, through the sample view and the stage transform. */
export function sampleMmToContainerPx(view: SampleView, t: StageTransform, p: PointMm): PointPx {
  return stagePxToContainerPx(t, sampleMmToStagePx(view, p));
}

/** Zoom limits of the stage transform (1 = the sample fitted to the panel). */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 64;

/**
 * Zoom by `factor` about a container pixel, keeping the sample point under that pixel fixed
 * (what wheel and pinch zoom need). The resulting scale is clamped to [MIN_ZOOM, MAX_ZOOM].
 */
export function zoomAbout(t: StageTransform, at: PointPx, factor: number): StageTransform {
  const scale = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.scale * factor));
  const ratio = scale / t.scale;
  return { scale, x: at.xPx - (at.xPx - t.x) * ratio, y: at.yPx - (at.yPx - t.y) * ratio };
}

/** Pan by a container-pixel delta. */
export function panBy(t: StageTransform, dxPx: number, dyPx: number): StageTransform {
  return { ...t, x: t.x + dxPx, y: t.y + dyPx };
}

/**
 * The "fit" transform: the identity (the sample fills the stage) when every point in `extraMm`
 * lies within `sampleBounds`; otherwise the zoom-out, centred on the union of the sample and
 * the points, that shows them all with a `marginPx` border. When that would need a scale below
 * MIN_ZOOM (points a unit mistake threw far away), the identity: the sample stays readable and
 * the import checks name the mistake. `view` maps sample mm to stage px at scale 1; `widthPx` ×
 * `heightPx` is the stage.
 */
export function fitTransform(
  view: SampleView,
  widthPx: number,
  heightPx: number,
  sampleBounds: BoundsMm,
  extraMm: Iterable<PointMm>,
  marginPx = 12,
): StageTransform {
  const b = { ...sampleBounds };
  let grew = false;
  for (const p of extraMm) {
    if (p.xMm < b.minXMm || p.xMm > b.maxXMm || p.yMm < b.minYMm || p.yMm > b.maxYMm) grew = true;
    b.minXMm = Math.min(b.minXMm, p.xMm);
    b.maxXMm = Math.max(b.maxXMm, p.xMm);
    b.minYMm = Math.min(b.minYMm, p.yMm);
    b.maxYMm = Math.max(b.maxYMm, p.yMm);
  }
  if (!grew) return IDENTITY_TRANSFORM;
  const spanXPx = (b.maxXMm - b.minXMm) * view.pxPerMm;
  const spanYPx = (b.maxYMm - b.minYMm) * view.pxPerMm;
  const scale = Math.min(
    1,
    (widthPx - 2 * marginPx) / Math.max(spanXPx, 1e-9),
    (heightPx - 2 * marginPx) / Math.max(spanYPx, 1e-9),
  );
  if (!(scale >= MIN_ZOOM)) return IDENTITY_TRANSFORM;
  // Stage px of the union's centre, placed at the container's centre.
  const cx = sampleMmToStagePx(view, {
    xMm: (b.minXMm + b.maxXMm) / 2,
    yMm: (b.minYMm + b.maxYMm) / 2,
  });
  return { scale, x: widthPx / 2 - cx.xPx * scale, y: heightPx / 2 - cx.yPx * scale };
}
