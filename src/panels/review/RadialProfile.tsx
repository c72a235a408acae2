/**
 * Radial profile: each shown site's value against its distance from the sample centre,
 * r = √(x² + y²), as a small plain-SVG scatter chart. Points are coloured like the map and
 * out-of-spec ones drawn as triangles; hovering a point highlights its marker on the map (and
 * a marker hovered on the map is ringed here).
 */
import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SpecClass, SpecLimits } from '../../domain/color/specLimits';
import { axisLabelText, fitAxisLabel } from './axisLabel';

/** One shown site in the profile, coloured and classified like its marker. */
export interface ProfilePoint {
  id: string;
  /** Distance from the sample centre (mm). */
  rMm: number;
  value: number;
  color: string;
  spec: SpecClass;
}

interface RadialProfileProps {
  points: ProfilePoint[];
  /** Right end of the radius axis (mm), e.g. the sample's half diagonal or radius. */
  rMaxMm: number;
  propertyName: string;
  unit: string;
  mean: number | null;
  limits: SpecLimits;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  formatValue: (v: number) => string;
}

const W = 360;
const H = 190;
// The right margin holds the names of the mean and limit lines, clear of the outermost points.
const M = { left: 54, right: 40, top: 10, bottom: 34 };

/**
 * The y-axis label fitted into `roomPx` (chart units) by measuring it: whole when it fits, else
 * smaller (the `cut` class) and cut in the middle of the name, the unit kept (fitAxisLabel). The
 * caller shows the whole label in a tooltip. Where text cannot be measured (jsdom) it stays whole.
 */
function useFittedAxisLabel(name: string, unit: string, roomPx: number) {
  const ref = useRef<SVGTextElement>(null);
  const whole = axisLabelText(name, unit);
  const [fit, setFit] = useState<{ whole: string; maxChars: number | null }>({
    whole,
    maxChars: null,
  });
  const maxChars = fit.whole === whole ? fit.maxChars : null;
  const text = maxChars === null ? whole : fitAxisLabel(name, unit, maxChars);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof el.getComputedTextLength !== 'function') return;
    const lengthPx = el.getComputedTextLength();
    const chars = Array.from(text).length;
    if (lengthPx <= roomPx || chars <= 4) return;
    // Characters in proportion to the room, at least one fewer each time: a few passes at most.
    const next = Math.max(4, Math.min(chars - 1, Math.floor((chars * roomPx) / lengthPx)));
    setFit({ whole, maxChars: next });
  }, [text, whole, roomPx]);
  return { ref, text, whole, cut: text !== whole };
}

/** Triangle path (up for above USL, down for below LSL) centred on (x, y). */
const triangle = (x: number, y: number, r: number, up: boolean) => {
  const d = up ? -1 : 1;
  return `M${x},${y + d * r}L${x - r * 0.87},${y - d * r * 0.5}L${x + r * 0.87},${y - d * r * 0.5}Z`;
};

/** The value and radius scales of the chart, with round ends. */
function useScales(points: ProfilePoint[], rMaxMm: number) {
  return useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const q of points) {
      lo = Math.min(lo, q.value);
      hi = Math.max(hi, q.value);
    }
    // 5 % headroom, so points at the extremes (and their triangles) are not cut by the frame.
    const pad = hi > lo ? (hi - lo) * 0.05 : Math.abs(hi) * 0.01 || 1;
    const x = scaleLinear()
      .domain([0, rMaxMm])
      .range([M.left, W - M.right])
      .nice();
    const y = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([H - M.bottom, M.top])
      .nice();
    return { x, y };
  }, [points, rMaxMm]);
}

type Scales = ReturnType<typeof useScales>;

/** One point: a circle, or a triangle when out of spec (up above USL, down below LSL). */
function marker(q: ProfilePoint, { x, y }: Scales, big: boolean, format: (v: number) => string) {
  const cx = x(q.rMm);
  const cy = y(q.value);
  const r = big ? 6 : 3.5;
  const common = {
    'data-id': q.id,
    fill: q.color,
    stroke: q.spec === 'within' ? 'rgba(17, 24, 39, 0.6)' : '#111827',
    strokeWidth: big || q.spec !== 'within' ? 2 : 0.8,
    // The enlarged copy drawn on top must not take the pointer from the point under it.
    pointerEvents: big ? ('none' as const) : undefined,
  };
  const where = `r ${q.rMm.toFixed(1)} mm: ${format(q.value)}`;
  return q.spec === 'within' ? (
    <circle key={q.id} cx={cx} cy={cy} r={r} {...common}>
      <title>{where}</title>
    </circle>
  ) : (
    <path key={q.id} d={triangle(cx, cy, r * 1.6, q.spec === 'above')} {...common}>
      <title>{`${where} (${q.spec === 'above' ? 'above USL' : 'below LSL'})`}</title>
    </path>
  );
}

/** The radial profile chart (see the module comment). */
export function RadialProfile(p: RadialProfileProps) {
  const scales = useScales(p.points, p.rMaxMm);
  const midY = (M.top + H - M.bottom) / 2;
  // The rotated label is centred on the plot: it may run from the top to the bottom of the chart.
  const label = useFittedAxisLabel(p.propertyName, p.unit, 2 * Math.min(midY, H - midY) - 4);
  const { x, y } = scales;
  const [yMin, yMax] = y.domain() as [number, number];
  const inView = (v: number | null | undefined): v is number =>
    v !== undefined && v !== null && v >= yMin && v <= yMax;
  // Thousands of points re-render only when the data or the colours change, not on every
  // highlight: hover is read from the event target's data-id (one handler for all points;
  // mouse and pen only, the table rows give the same highlight from the keyboard).
  const onHighlight = useRef(p.onHighlight);
  onHighlight.current = p.onHighlight;
  const { formatValue } = p;
  const points = useMemo(
    () => (
      <g
        onPointerOver={(e) => {
          const id = (e.target as Element).getAttribute('data-id');
          if (id) onHighlight.current(id);
        }}
        onPointerOut={() => onHighlight.current(null)}
      >
        {p.points.map((q) => marker(q, scales, false, formatValue))}
      </g>
    ),
    [p.points, scales, formatValue],
  );
  const highlighted = p.points.find((q) => q.id === p.highlightedId);
  const hLine = (v: number, label: string, dash: string) => (
    <g key={label}>
      <line
        x1={M.left}
        x2={W - M.right}
        y1={y(v)}
        y2={y(v)}
        stroke="#6b7280"
        strokeDasharray={dash}
      />
      <text x={W - M.right + 3} y={y(v)} dominantBaseline="middle" className="profile-note">
        {label}
      </text>
    </g>
  );
  return (
    <svg
      className="radial-profile"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Radial profile of ${p.propertyName}: ${p.points.length} values against the distance from the centre`}
    >
      {y.ticks(5).map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#edf0f4" />
          <text
            x={M.left - 4}
            y={y(t)}
            textAnchor="end"
            dominantBaseline="middle"
            className="profile-tick"
          >
            {formatValue(t)}
          </text>
        </g>
      ))}
      {x.ticks(6).map((t) => (
        <text
          key={`x${t}`}
          x={x(t)}
          y={H - M.bottom + 14}
          textAnchor="middle"
          className="profile-tick"
        >
          {t}
        </text>
      ))}
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#6b7280" />
      <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#6b7280" />
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className="profile-axis">
        r = √(x² + y²) (mm)
      </text>
      <text
        ref={label.ref}
        x={10}
        y={midY}
        textAnchor="middle"
        className={label.cut ? 'profile-axis profile-axis-cut' : 'profile-axis'}
        transform={`rotate(-90 10 ${midY})`}
        data-whole={label.whole}
      >
        <title>{label.whole}</title>
        {label.text}
      </text>
      {inView(p.mean) && hLine(p.mean, 'mean', '4 3')}
      {inView(p.limits.lsl) && hLine(p.limits.lsl, 'LSL', '2 2')}
      {inView(p.limits.usl) && hLine(p.limits.usl, 'USL', '2 2')}
      {points}
      {highlighted && marker(highlighted, scales, true, formatValue)}
    </svg>
  );
}
