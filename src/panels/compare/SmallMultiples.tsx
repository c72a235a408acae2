/**
 * The compared samples side by side: each one's map to scale (all in one colour scale), with the
 * sample's name, n, mean and non-uniformity under it. Clicking a map opens that sample.
 */
import { useLayoutEffect, useMemo } from 'react';
import type { MiniMapField, MiniMapSite } from '../../canvas/miniMap';
import type { ColorScale } from '../../domain/color/colorScale';
import type { SpecLimits } from '../../domain/color/specLimits';
import type { SampleOutline } from '../../domain/geometry/outline';
import { PERCENT_DECIMALS } from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';
import { formatPercent } from '../../domain/values/minusSign';
import { MiniMapCanvas } from './MiniMapCanvas';

/** One tile of the gallery. */
export interface SmallMultipleItem {
  id: string;
  name: string;
  outline: SampleOutline;
  sites: readonly MiniMapSite[];
  limits: SpecLimits;
  field: MiniMapField | null;
  n: number;
  mean: number | null;
  nonUniformity: number | null;
  /** A short remark under the figures (outline guessed, records left out, loading, error). */
  note: string | null;
}

interface SmallMultiplesProps {
  items: readonly SmallMultipleItem[];
  scale: ColorScale | null;
  /** Unit written after the mean ('' = none). */
  unit: string;
  /** Size of each map in CSS px. */
  sizePx: number;
  /** Decimals of the means: statDecimalsOf(the data's decimals), the display rule. */
  meanDecimals: number;
  onOpen: (sampleId: string) => void;
  /** Called after every tile was drawn (in the same frame), e.g. to time the drawing. */
  onDrawn?: () => void;
}

function Tile({
  item,
  scale,
  unit,
  sizePx,
  onOpen,
  meanDecimals,
}: {
  meanDecimals: number;
  item: SmallMultipleItem;
  scale: ColorScale | null;
  unit: string;
  sizePx: number;
  onOpen: (id: string) => void;
}) {
  const map = useMemo(
    () => ({
      outline: item.outline,
      sites: item.sites,
      scale,
      widthPx: sizePx,
      heightPx: sizePx,
      limits: item.limits,
      field: item.field,
    }),
    [item, scale, sizePx],
  );
  const u = unit ? ` ${unit}` : '';
  return (
    <li className="mini-tile">
      <button
        type="button"
        className="mini-tile-open"
        onClick={() => onOpen(item.id)}
        title={`Open ${item.name}`}
      >
        <MiniMapCanvas map={map} label={`Map of ${item.name}`} />
        <span className="mini-tile-name">{item.name}</span>
      </button>
      <span className="mini-tile-figures">
        <span>mean {item.mean === null ? '—' : `${formatStat(item.mean, meanDecimals)}${u}`}</span>
        <span>
          n {item.n} · NU{' '}
          {item.nonUniformity === null ? '—' : formatPercent(item.nonUniformity, PERCENT_DECIMALS)}
        </span>
      </span>
      {item.note && <span className="mini-tile-note">{item.note}</span>}
    </li>
  );
}

/** The gallery (see the module comment). */
export function SmallMultiples({
  items,
  scale,
  unit,
  sizePx,
  meanDecimals,
  onOpen,
  onDrawn,
}: SmallMultiplesProps) {
  // Children's layout effects (each tile's drawing) run before this one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tiles redraw when scale or size change, and so must the report.
  useLayoutEffect(() => {
    if (items.length > 0) onDrawn?.();
  }, [items, scale, sizePx, onDrawn]);
  return (
    <ul className="mini-grid" aria-label="Sample maps">
      {items.map((item) => (
        <Tile
          key={item.id}
          item={item}
          scale={scale}
          unit={unit}
          sizePx={sizePx}
          onOpen={onOpen}
          meanDecimals={meanDecimals}
        />
      ))}
    </ul>
  );
}
