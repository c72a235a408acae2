/**
 * A sample's small map as an HTML canvas (drawMiniMap: outline to scale, sites coloured by
 * value on the sample's own viridis range). Without an outline there is nothing to draw to
 * scale, so it says "no outline set" instead of guessing a shape.
 */
import { useEffect, useMemo, useRef } from 'react';
import { makeColorScale } from '../domain/color/colorScale';
import type { SampleOutline } from '../domain/geometry/outline';
import { drawMiniMap, type MiniMapSite } from './miniMap';

export interface SampleThumbnailProps {
  outline: SampleOutline | null;
  sites: readonly MiniMapSite[];
  /** Width and height in CSS px. */
  sizePx: number;
  /** Text alternative, e.g. "Map of 49 thickness [nm] values from 9.50 to 10.68". */
  label: string;
}

export function SampleThumbnail({ outline, sites, sizePx, label }: SampleThumbnailProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scale = useMemo(
    () => makeColorScale(sites.flatMap((s) => (s.value === null ? [] : [s.value]))),
    [sites],
  );
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !outline) return;
    drawMiniMap(ctx, {
      outline,
      sites,
      scale,
      widthPx: sizePx,
      heightPx: sizePx,
      pixelRatio: ratio,
      marginPx: 2,
    });
  }, [outline, sites, scale, sizePx, ratio]);

  if (!outline) {
    return (
      <span className="thumbnail-none" style={{ width: sizePx, height: sizePx }}>
        no outline set
      </span>
    );
  }
  return (
    <canvas
      ref={ref}
      className="thumbnail"
      role="img"
      aria-label={label}
      width={Math.round(sizePx * ratio)}
      height={Math.round(sizePx * ratio)}
      style={{ width: sizePx, height: sizePx }}
    />
  );
}
