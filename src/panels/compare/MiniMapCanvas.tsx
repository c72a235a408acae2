/** A `<canvas>` showing one sample's small map (drawMiniMap), sharp at the screen's pixel ratio. */
import { useLayoutEffect, useRef } from 'react';
import { drawMiniMap, type MiniMapOptions } from '../../canvas/miniMap';

interface MiniMapCanvasProps {
  /** What to draw; `pixelRatio` is the screen's. */
  map: Omit<MiniMapOptions, 'pixelRatio'>;
  label: string;
  className?: string;
}

/** Draws synchronously on every change of `map` (in a layout effect, before the browser paints). */
export function MiniMapCanvas({ map, label, className }: MiniMapCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(map.widthPx * ratio);
    canvas.height = Math.round(map.heightPx * ratio);
    drawMiniMap(ctx, { ...map, pixelRatio: ratio });
  }, [map]);
  return (
    <canvas
      ref={ref}
      className={className}
      role="img"
      aria-label={label}
      style={{ width: map.widthPx, height: map.heightPx }}
    />
  );
}
