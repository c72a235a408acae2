/**
 * Where the file's coordinate origin is: the sample centre, a corner of the outline's bounding
 * box, or a point the user types (the sample centre in the file's own numbers).
 */
import { useState } from 'react';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { ImportMapping } from '../../io/mapping';
import {
  cornerOriginOffset,
  matchingCorner,
  ORIGIN_CORNERS,
  type OriginCorner,
} from '../../io/originOffset';

const CORNER_TEXT: Record<OriginCorner, string> = {
  'lower-left': 'Lower-left corner',
  'upper-left': 'Upper-left corner',
  'lower-right': 'Lower-right corner',
  'upper-right': 'Upper-right corner',
};

interface OriginPickerProps {
  mapping: ImportMapping;
  outline: SampleOutline;
  onMapping: (mapping: ImportMapping) => void;
}

/** The origin select, and the centre's x/y fields for "Another point". */
export function OriginPicker({ mapping: m, outline, onMapping }: OriginPickerProps) {
  const [custom, setCustom] = useState(false);
  const corner = matchingCorner(m.originOffset, outline, m.coordinateUnit, m.yAxis);
  const atCentre = m.originOffset.x === 0 && m.originOffset.y === 0;
  const origin = custom || (!corner && !atCentre) ? 'custom' : (corner ?? 'centre');
  return (
    <>
      <div className="field-grid">
        <label htmlFor="import-origin">Origin of the file</label>
        <select
          id="import-origin"
          value={origin}
          onChange={(e) => {
            const v = e.target.value;
            setCustom(v === 'custom');
            if (v === 'centre') onMapping({ ...m, originOffset: { x: 0, y: 0 } });
            else if (v !== 'custom') {
              const o = cornerOriginOffset(v as OriginCorner, outline, m.coordinateUnit, m.yAxis);
              onMapping({ ...m, originOffset: o });
            }
          }}
        >
          <option value="centre">Sample centre</option>
          {ORIGIN_CORNERS.map((k) => (
            <option key={k} value={k}>
              {CORNER_TEXT[k]} of the outline’s bounding box
            </option>
          ))}
          <option value="custom">Another point…</option>
        </select>
      </div>
      {origin === 'custom' && <OriginFields mapping={m} onMapping={onMapping} />}
    </>
  );
}

/** The sample centre typed in the file's own coordinates. */
function OriginFields({
  mapping: m,
  onMapping,
}: {
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
}) {
  const field = (axis: 'x' | 'y') => (
    <label className="inline-label">
      {axis}
      <input
        type="number"
        step="any"
        className="narrow"
        aria-label={`Sample centre ${axis} in file coordinates (${m.coordinateUnit})`}
        value={m.originOffset[axis]}
        onChange={(e) => {
          const v = e.target.valueAsNumber;
          if (Number.isFinite(v))
            onMapping({ ...m, originOffset: { ...m.originOffset, [axis]: v } });
        }}
      />
    </label>
  );
  return (
    <p className="inline-form">
      Sample centre in the file’s coordinates ({m.coordinateUnit}): {field('x')} {field('y')}
    </p>
  );
}
