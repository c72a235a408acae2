/**
 * Vertical colour bar for the map: the colour map from min (bottom) to max (top), labelled with
 * the property, the unit, min and max. The gradient is sampled from the scale's interpolator.
 */
import type { ColorScale } from '../domain/color/colorScale';

interface ColorBarProps {
  scale: ColorScale;
  propertyName: string;
  unit: string | null;
}

const STOPS = 16;

/** A number with up to 6 significant digits, without trailing zeros. */
export function formatValue(v: number): string {
  return Number(v.toPrecision(6)).toString();
}

export function ColorBar({ scale, propertyName, unit }: ColorBarProps) {
  const stops = Array.from({ length: STOPS + 1 }, (_, i) => {
    const t = i / STOPS;
    return `${scale.interpolate(t)} ${(t * 100).toFixed(1)}%`;
  });
  const unitText = unit ? ` ${unit}` : '';
  return (
    <figure className="color-bar" aria-label={`Colour bar for ${propertyName}`}>
      <figcaption>
        {propertyName}
        {unit ? <span className="color-bar-unit"> ({unit})</span> : null}
      </figcaption>
      <div className="color-bar-body">
        <div
          className="color-bar-ramp"
          style={{ background: `linear-gradient(to top, ${stops.join(', ')})` }}
        />
        <div className="color-bar-labels">
          <span data-testid="color-bar-max">
            max {formatValue(scale.maxValue)}
            {unitText}
          </span>
          <span data-testid="color-bar-min">
            min {formatValue(scale.minValue)}
            {unitText}
          </span>
        </div>
      </div>
    </figure>
  );
}
