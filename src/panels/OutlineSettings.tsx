/** Choosing the sample's outline: a standard wafer (flat/notch) or a rectangular piece. */
import { useId } from 'react';
import {
  describeOutline,
  MARK_ANGLE_BOTTOM_DEG,
  type SampleOutline,
  STANDARD_WAFERS,
  standardWafer,
} from '../domain/geometry/outline';
import { NumberField } from './NumberField';

const INCH_NAMES: Record<number, string> = {
  50.8: '2″',
  76.2: '3″',
  100: '4″',
  125: '5″',
  150: '6″',
  200: '8″',
  300: '12″',
};

const MARK_POSITIONS = [
  { label: 'Bottom', deg: MARK_ANGLE_BOTTOM_DEG },
  { label: 'Top', deg: 90 },
  { label: 'Left', deg: 180 },
  { label: 'Right', deg: 0 },
];

interface OutlineSettingsProps {
  outline: SampleOutline;
  onChange: (outline: SampleOutline) => void;
}

export function OutlineSettings({ outline, onChange }: OutlineSettingsProps) {
  const id = useId();
  return (
    <fieldset className="outline-settings">
      <legend>Outline: {describeOutline(outline)}</legend>
      <div className="field-grid">
        <label htmlFor={`${id}-shape`}>Shape</label>
        <select
          id={`${id}-shape`}
          value={outline.kind}
          onChange={(e) =>
            onChange(
              e.target.value === 'rectangle'
                ? { kind: 'rectangle', widthMm: 20, heightMm: 20, edgeExclusionMm: 1 }
                : standardWafer(150),
            )
          }
        >
          <option value="wafer">Round wafer</option>
          <option value="rectangle">Rectangular piece</option>
        </select>
        {outline.kind === 'wafer' ? (
          <>
            <label htmlFor={`${id}-diameter`}>Wafer diameter</label>
            <select
              id={`${id}-diameter`}
              value={outline.diameterMm}
              onChange={(e) =>
                onChange(standardWafer(Number(e.target.value), outline.edgeExclusionMm))
              }
            >
              {STANDARD_WAFERS.map((w) => (
                <option key={w.diameterMm} value={w.diameterMm}>
                  {w.diameterMm} mm ({INCH_NAMES[w.diameterMm]})
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-mark`}>Orientation mark</label>
            <select
              id={`${id}-mark`}
              value={outline.mark}
              onChange={(e) => {
                const mark = e.target.value as 'flat' | 'notch' | 'none';
                const flat = STANDARD_WAFERS.find(
                  (w) => w.diameterMm === outline.diameterMm,
                )?.flatLengthMm;
                onChange({
                  ...outline,
                  mark,
                  flatLengthMm: outline.flatLengthMm || flat || outline.diameterMm * 0.3,
                });
              }}
            >
              <option value="flat">Primary flat</option>
              <option value="notch">Notch</option>
              <option value="none">None</option>
            </select>
            {outline.mark !== 'none' && (
              <>
                <label htmlFor={`${id}-position`}>Mark position</label>
                <select
                  id={`${id}-position`}
                  value={outline.markAngleDeg}
                  onChange={(e) => onChange({ ...outline, markAngleDeg: Number(e.target.value) })}
                >
                  {MARK_POSITIONS.map((p) => (
                    <option key={p.deg} value={p.deg}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </>
            )}
            {outline.mark === 'flat' && (
              <NumberField
                label="Flat length (mm)"
                value={outline.flatLengthMm}
                min={0.1}
                max={outline.diameterMm * 0.99}
                onCommit={(v) => onChange({ ...outline, flatLengthMm: v })}
              />
            )}
          </>
        ) : (
          <>
            <NumberField
              label="Width (mm)"
              value={outline.widthMm}
              min={0.1}
              max={1000}
              onCommit={(v) => onChange({ ...outline, widthMm: v })}
            />
            <NumberField
              label="Height (mm)"
              value={outline.heightMm}
              min={0.1}
              max={1000}
              onCommit={(v) => onChange({ ...outline, heightMm: v })}
            />
          </>
        )}
        <NumberField
          label="Edge exclusion (mm)"
          value={outline.edgeExclusionMm}
          min={0}
          max={
            outline.kind === 'wafer'
              ? outline.diameterMm / 2 - 0.1
              : Math.min(outline.widthMm, outline.heightMm) / 2 - 0.01
          }
          onCommit={(v) => onChange({ ...outline, edgeExclusionMm: v })}
        />
      </div>
    </fieldset>
  );
}
