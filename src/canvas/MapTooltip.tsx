/**
 * The tooltip of the marker under the pointer (or of a drag in progress), placed beside the
 * pointer and kept whole inside the map: it flips to the left near the right edge (where the
 * colour bar is) and above near the bottom (placeTooltip).
 */
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { PointPx } from '../domain/geometry/point';
import { placeTooltip, type SizePx } from './tooltipPlacement';

interface MapTooltipProps {
  /** Pointer position in the map (container px). */
  at: PointPx;
  /** Size of the map (container px). */
  box: SizePx;
  children: ReactNode;
}

/** See the module comment; measured after each render, placed before the browser paints. */
export function MapTooltip({ at, box, children }: MapTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<SizePx | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const next = { widthPx: el.offsetWidth, heightPx: el.offsetHeight };
    setSize((old) =>
      old && old.widthPx === next.widthPx && old.heightPx === next.heightPx ? old : next,
    );
  });
  const place = size ? placeTooltip(at, size, box) : null;
  return (
    <div
      ref={ref}
      className="map-tooltip"
      role="tooltip"
      style={{
        left: place?.xPx ?? 0,
        top: place?.yPx ?? 0,
        maxWidth: Math.max(120, box.widthPx - 8),
        // Unmeasured (first layout), it is placed but not shown.
        visibility: place ? 'visible' : 'hidden',
      }}
    >
      {children}
    </div>
  );
}
