/**
 * Vertical colour bar for the map: the colour map from min (bottom) to max (top), labelled with
 * the property and unit, round ticks between min and max, the mean for the deviation map, the
 * spec limits when set, and a note when the range is typed and values fall outside it.
 */
import type { ColorScale } from '../domain/color/colorScale';
import type { SpecLimits } from '../domain/color/specLimits';

interface ColorBarProps {
  scale: ColorScale;
  propertyName: string;
  unit: string | null;
  limits?: SpecLimits;
}

const STOPS = 16;

/**
 * A number with up to 6 significant digits, without trailing zeros; in exponent form (3.4e+17,
 * 2.5e-7) from 10⁷ up and below 10⁻⁴, where plain digits are hard to read.
 */
export function formatValue(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e7 || a < 1e-4)) return Number(v.toPrecision(6)).toExponential();
  return Number(v.toPrecision(6)).toString();
}

/** Where a value sits on the bar, 0 (bottom) to 1 (top); null outside the range. */
function position(scale: ColorScale, v: number | undefined): number | null {
  if (v === undefined || !Number.isFinite(v) || scale.maxValue === scale.minValue) return null;
  const t = (v - scale.minValue) / (scale.maxValue - scale.minValue);
  return t >= 0 && t <= 1 ? t : null;
}

/**
 * The label of a colour bar end (value `v`): "min 9.5" / "max 10.7" for a sequential scale; a
 * diverging bar's ends are mean ± h, not the data's min and max, so "mean − 0.9 = 8.9".
 */
export function colorBarEndLabel(scale: ColorScale, end: 'min' | 'max', v: number): string {
  const center = scale.centerValue;
  return center === null
    ? `${end} ${formatValue(v)}`
    : `mean ${end === 'max' ? '+' : '−'} ${formatValue(Math.abs(v - center))} = ${formatValue(v)}`;
}

/** The colour bar of `scale` (see the module comment); `limits` adds LSL/USL marks. */
export function ColorBar({ scale, propertyName, unit, limits = {} }: ColorBarProps) {
  const stops = Array.from({ length: STOPS + 1 }, (_, i) => {
    const t = i / STOPS;
    return `${scale.interpolate(t)} ${(t * 100).toFixed(1)}%`;
  });
  const unitText = unit ? ` ${unit}` : '';
  const center = scale.centerValue;
  const endLabel = (end: 'min' | 'max', v: number) => colorBarEndLabel(scale, end, v);
  const inner = scale.ticks.slice(1, -1);
  const marks = [
    { label: 'mean', value: scale.centerValue ?? undefined },
    { label: 'LSL', value: limits.lsl },
    { label: 'USL', value: limits.usl },
  ].flatMap((m) => {
    const t = position(scale, m.value);
    return t === null || m.value === undefined ? [] : [{ ...m, value: m.value, t }];
  });
  return (
    <figure className="color-bar" aria-label={`Colour bar for ${propertyName}`}>
      <figcaption>
        {propertyName}
        {unit ? <span className="color-bar-unit"> ({unit})</span> : null}
      </figcaption>
      <span data-testid="color-bar-max" className="color-bar-end">
        {endLabel('max', scale.maxValue)}
        {unitText}
      </span>
      <div className="color-bar-body">
        <div
          className="color-bar-ramp"
          style={{ background: `linear-gradient(to top, ${stops.join(', ')})` }}
        />
        <div className="color-bar-ticks">
          {inner.map((t) => (
            <span
              key={t}
              className="color-bar-tick"
              style={{ bottom: `${(position(scale, t) ?? 0) * 100}%` }}
            >
              {formatValue(t)}
            </span>
          ))}
          {marks.map((m) => (
            <span
              key={m.label}
              className="color-bar-mark"
              style={{ bottom: `${m.t * 100}%` }}
              title={`${m.label} ${formatValue(m.value)}${unitText}`}
            >
              {m.label}
            </span>
          ))}
        </div>
      </div>
      <span data-testid="color-bar-min" className="color-bar-end">
        {endLabel('min', scale.minValue)}
        {unitText}
      </span>
      <span className="color-bar-note">
        {scale.rangeSource === 'fixed'
          ? 'fixed range'
          : center === null
            ? 'range of the data'
            : 'symmetric about the mean, out to the largest deviation'}
        {scale.clampedCount > 0 && `; ${scale.clampedCount} outside, drawn in the end colours`}
      </span>
    </figure>
  );
}
