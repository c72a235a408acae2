/**
 * Coordinate frame of submits and the sample's stage calibration: entered directly (offset,
 * rotation, flip of y) or derived from two reference marks the user picks on the map and whose
 * stage coordinates they type.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  type CalibrationMark,
  calibrationFromTwoPoints,
  IDENTITY_CALIBRATION,
  type StageCalibration,
} from '../domain/frames/calibration';
import type { PointMm } from '../domain/geometry/point';
import type { FrameSettings } from '../domain/setup/status';
import { formatMm } from '../domain/values/formatMm';
import { parseTypedNumber } from '../domain/values/parseNumber';
import { NumberField } from './NumberField';

interface FramePanelProps {
  settings: FrameSettings;
  onChange: (settings: FrameSettings) => void;
  /** Sample positions of the two reference marks picked on the map. */
  marks: [PointMm | null, PointMm | null];
  picking: 1 | 2 | null;
  onPick: (mark: 1 | 2 | null) => void;
  /** Labels of calibration fields whose text is not valid (and so not in `settings`). */
  onInvalidFields: (labels: string[]) => void;
}

export function FramePanel({
  settings,
  onChange,
  marks,
  picking,
  onPick,
  onInvalidFields,
}: FramePanelProps) {
  const id = useId();
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const invalidFlag = useCallback(
    (label: string) => (bad: boolean) =>
      setInvalid((s) => {
        if (s.has(label) === bad) return s;
        const next = new Set(s);
        if (bad) next.add(label);
        else next.delete(label);
        return next;
      }),
    [],
  );
  const flags = useMemo(
    () => ({
      x: invalidFlag('Offset x0'),
      y: invalidFlag('Offset y0'),
      rotation: invalidFlag('Rotation θ'),
    }),
    [invalidFlag],
  );
  const cal = settings.calibration;
  useEffect(() => onInvalidFields(cal ? [...invalid] : []), [invalid, cal, onInvalidFields]);
  const [stageText, setStageText] = useState([
    { x: '', y: '' },
    { x: '', y: '' },
  ]);
  const [flip, setFlip] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const setCal = (next: StageCalibration | null) => onChange({ ...settings, calibration: next });

  const derive = () => {
    const pairs: CalibrationMark[] = [];
    for (const k of [0, 1] as const) {
      const sample = marks[k];
      const x = parseTypedNumber(stageText[k]?.x ?? '');
      const y = parseTypedNumber(stageText[k]?.y ?? '');
      if (!sample) return setResult(`Pick mark ${k + 1} on the map first.`);
      if (!x.ok || !y.ok)
        return setResult(
          `Stage x/y of mark ${k + 1}: ${x.ok ? (y.ok ? '' : y.message) : x.message}`,
        );
      pairs.push({ sample, stage: { xMm: x.value, yMm: y.value } });
    }
    const [a, b] = pairs;
    if (!a || !b) return;
    const r = calibrationFromTwoPoints(a, b, flip);
    if (!r.ok) return setResult(r.message);
    // Marks are picked by eye, so digits past 0.1 µm and 0.0001° are noise, not precision.
    const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
    setCal({
      ...r.calibration,
      offsetXMm: round4(r.calibration.offsetXMm),
      offsetYMm: round4(r.calibration.offsetYMm),
      rotationDeg: round4(r.calibration.rotationDeg),
    });
    const warn =
      r.scaleError > 0.01
        ? ` Warning: the distances differ by ${(r.scaleError * 100).toFixed(1)} %; check the marks and units.`
        : '';
    setResult(
      `Calibration set: offset (${formatMm(r.calibration.offsetXMm, 3)}, ${formatMm(r.calibration.offsetYMm, 3)}) mm, rotation ${r.calibration.rotationDeg.toFixed(3)}°.${warn}`,
    );
  };

  return (
    <div className="frame-panel">
      <fieldset className="radio-row">
        <legend>Submit coordinates in</legend>
        <label>
          <input
            type="radio"
            name={`${id}-frame`}
            checked={settings.frame === 'sample_relative'}
            onChange={() => onChange({ ...settings, frame: 'sample_relative' })}
          />
          Sample frame (sample_relative)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-frame`}
            checked={settings.frame === 'stage_absolute'}
            onChange={() => onChange({ ...settings, frame: 'stage_absolute' })}
          />
          Stage frame (stage_absolute)
        </label>
      </fieldset>
      <h3>Stage calibration {cal ? '' : '(none)'}</h3>
      {!cal && settings.frame === 'stage_absolute' && (
        <p className="field-error">
          Submitting in stage_absolute needs this sample's stage calibration: define it below.
        </p>
      )}
      <p className="hint">
        stage = rotate(θ) · flip · sample + offset, all in mm. Stored stage_absolute records are
        drawn through this calibration: changing it moves them on the map, not in the database.
      </p>
      {cal ? (
        <div className="field-grid">
          <NumberField
            label="Offset x0 (mm)"
            value={cal.offsetXMm}
            min={-1e6}
            max={1e6}
            onCommit={(v) => setCal({ ...cal, offsetXMm: v })}
            onInvalid={flags.x}
          />
          <NumberField
            label="Offset y0 (mm)"
            value={cal.offsetYMm}
            min={-1e6}
            max={1e6}
            onCommit={(v) => setCal({ ...cal, offsetYMm: v })}
            onInvalid={flags.y}
          />
          <NumberField
            label="Rotation θ (°)"
            value={cal.rotationDeg}
            min={-360}
            max={360}
            onCommit={(v) => setCal({ ...cal, rotationDeg: v })}
            onInvalid={flags.rotation}
          />
          <span />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={cal.flipY}
              onChange={(e) => setCal({ ...cal, flipY: e.target.checked })}
            />
            Flip y
          </label>
        </div>
      ) : (
        <button type="button" onClick={() => setCal(IDENTITY_CALIBRATION)}>
          Define a calibration (starts as offset 0, θ 0°)
        </button>
      )}
      {cal && (
        <button
          type="button"
          onClick={() => onChange({ frame: 'sample_relative', calibration: null })}
        >
          Remove calibration
        </button>
      )}
      <details className="two-point">
        <summary>Derive from two reference marks</summary>
        {[0, 1].map((k) => (
          <div key={k} className="mark-row">
            <button
              type="button"
              aria-pressed={picking === k + 1}
              onClick={() => onPick(picking === k + 1 ? null : ((k + 1) as 1 | 2))}
            >
              {picking === k + 1 ? 'Click the mark on the map…' : `Pick mark ${k + 1}`}
            </button>
            <span className="muted">
              {marks[k]
                ? `sample (${formatMm(marks[k].xMm)}, ${formatMm(marks[k].yMm)}) mm`
                : 'not picked'}
            </span>
            {(['x', 'y'] as const).map((axis) => (
              <label key={axis} className="inline-label">
                stage {axis} (mm)
                <input
                  inputMode="decimal"
                  value={stageText[k]?.[axis] ?? ''}
                  onChange={(e) =>
                    setStageText((t) =>
                      t.map((row, i) => (i === k ? { ...row, [axis]: e.target.value } : row)),
                    )
                  }
                />
              </label>
            ))}
          </div>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={flip} onChange={(e) => setFlip(e.target.checked)} />
          Stage y axis is mirrored (flip y)
        </label>
        <button type="button" onClick={derive}>
          Compute calibration
        </button>
        {result && (
          <p className="hint" role="status">
            {result}
          </p>
        )}
      </details>
    </div>
  );
}
