/** The HTML legend of the map: one row per kind of marker on it, swatches drawn by legend.ts. */
import { useEffect, useRef } from 'react';
import { drawLegendSwatch, type LegendEntry, legendLabel } from './legend';

const SWATCH_PX = 16;

/** One swatch, drawn on a small canvas at the screen's pixel ratio. */
export function LegendSwatch({ entry }: { entry: LegendEntry }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(SWATCH_PX * ratio);
    canvas.height = Math.round(SWATCH_PX * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, SWATCH_PX, SWATCH_PX);
    drawLegendSwatch(ctx, entry, 0, 0, SWATCH_PX);
  }, [entry]);
  return (
    <span className="legend-swatch" data-entry={entry} aria-hidden="true">
      <canvas
        ref={ref}
        width={SWATCH_PX}
        height={SWATCH_PX}
        style={{ width: SWATCH_PX, height: SWATCH_PX, display: 'block' }}
      />
    </span>
  );
}

/** The legend; nothing when the map shows nothing to explain. */
export function MapLegend({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="map-legend" aria-label="Map legend">
      {entries.map((entry) => (
        <li key={entry}>
          <LegendSwatch entry={entry} />
          {legendLabel(entry)}
        </li>
      ))}
    </ul>
  );
}
