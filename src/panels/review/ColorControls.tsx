/**
 * Colour settings of the review map: the colour map (viridis by default, cividis, magma, or
 * blue–red for deviations from the mean), an automatic or typed range, and optional spec limits.
 */
import { COLOR_MAPS, type ColorMapId } from '../../domain/color/colorScale';
import type { ValueLimits } from '../../domain/review/colorSettings';
import { OptionalNumberField } from './OptionalNumberField';

interface ColorControlsProps {
  map: ColorMapId;
  onMap: (map: ColorMapId) => void;
  typed: ValueLimits;
  onTyped: (limits: ValueLimits) => void;
  /** Unit of the values, for the labels ('' for none). */
  unit: string;
  /** Why a typed setting is not used (from reviewColorScale). */
  problem: string | null;
}

/** Colour map select, range fields (min/max, or ± for the deviation map) and LSL/USL. */
export function ColorControls(p: ColorControlsProps) {
  const u = p.unit ? ` (${p.unit})` : '';
  const set = (key: keyof ValueLimits) => (v: number | undefined) => {
    const next = { ...p.typed };
    if (v === undefined) delete next[key];
    else next[key] = v;
    p.onTyped(next);
  };
  return (
    <>
      <div className="review-grid">
        <label htmlFor="review-color-map">Colour map</label>
        <select
          id="review-color-map"
          value={p.map}
          onChange={(e) => p.onMap(e.target.value as ColorMapId)}
        >
          {COLOR_MAPS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div className="number-row">
        {p.map === 'rdbu' ? (
          <OptionalNumberField
            label={`± from the mean${u}`}
            value={p.typed.halfWidth}
            onCommit={set('halfWidth')}
            placeholder="auto"
          />
        ) : (
          <>
            <OptionalNumberField
              label={`Range min${u}`}
              value={p.typed.min}
              onCommit={set('min')}
              placeholder="auto"
            />
            <OptionalNumberField
              label={`Range max${u}`}
              value={p.typed.max}
              onCommit={set('max')}
              placeholder="auto"
            />
          </>
        )}
        <OptionalNumberField
          label={`LSL${u}`}
          value={p.typed.lsl}
          onCommit={set('lsl')}
          placeholder="none"
          title="Lower spec limit: sites below it are drawn as ▼"
        />
        <OptionalNumberField
          label={`USL${u}`}
          value={p.typed.usl}
          onCommit={set('usl')}
          placeholder="none"
          title="Upper spec limit: sites above it are drawn as ▲"
        />
      </div>
      {p.problem && (
        <p className="field-error" role="alert">
          {p.problem}
        </p>
      )}
    </>
  );
}
