/**
 * Vertical colour bar for the map: the colour map from min (bottom) to max (top), labelled with
 * the property and unit, round ticks between min and max, the mean for the deviation map, the
 * spec limits when set, and a note when the range is typed and values fall outside it.
 */
import { colorBarEndLabel, formatValue } from '../domain/color/colorBarLabels';
import type { ColorScale } from '../domain/color/colorScale';
import type { SpecLimits } from '../domain/color/specLimits';

interface ColorBarProps {
  scale: ColorScale;
  propertyName: string;
  unit: string | null;
  limits?: SpecLimits;
  /** Replaces the note under the bar (how the range was chosen). */
  note?: string;
}

const STOPS = 16;

// Their home is the domain (the PNG export draws the same labels); kept importable from here.
export { colorBarEndLabel, formatValue };

/** Where a value sits on the bar, 0 (bottom) to 1 (top); null outside the range. */
function position(scale: ColorScale, v: number | undefined): number | null {
  if (v === undefined || !Number.isFinite(v) || scale.maxValue === scale.minValue) return null;
  const t = (v - scale.minValue) / (scale.maxValue - scale.minValue);
  return t >= 0 && t <= 1 ? t : null;
}

/** The colour bar of `scale` (see the module comment); `limits` adds LSL/USL marks. */
export function ColorBar({ scale, propertyName, unit, limits = {}, note }: ColorBarProps) {
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
        {note !== undefined
          ? note
          : scale.rangeSource === 'fixed'
            ? 'fixed range'
            : center === null
              ? 'range of the data'
              : 'symmetric about the mean, out to the largest deviation'}
        {scale.clampedCount > 0 && `; ${scale.clampedCount} outside, drawn in the end colours`}
      </span>
    </figure>
  );
}
