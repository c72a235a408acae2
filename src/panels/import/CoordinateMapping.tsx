/**
 * Which columns hold the coordinates and how to read them: x/y, r/θ or `(x,y)` pairs; the unit
 * (a guess the user confirms); the +y direction; the origin (centre, a corner, or a typed point).
 */
import type { SampleOutline } from '../../domain/geometry/outline';
import type { AnalysisView } from '../../io/importSession';
import type { CoordinateColumns, ImportMapping } from '../../io/mapping';
import { withCoordinateFrame } from '../../io/originOffset';
import { presetById } from '../../io/presets/registry';
import { COORDINATE_UNITS, type CoordinateUnit } from '../../io/units';
import { ColumnSelect } from './ColumnSelect';
import { OriginPicker } from './OriginPicker';

interface CoordinateMappingProps {
  analysis: AnalysisView;
  mapping: ImportMapping;
  outline: SampleOutline;
  unitConfirmed: boolean;
  onMapping: (mapping: ImportMapping) => void;
  onUnitConfirmed: (confirmed: boolean) => void;
}

function unitColumns(c: CoordinateColumns): number[] {
  if (c.kind === 'xy') return [c.xColumn, c.yColumn];
  return c.kind === 'polar' ? [c.rColumn] : [c.column];
}

/** Where the unit guess came from, as the user reads it. */
function unitOrigin(a: AnalysisView, mapping: ImportMapping): string {
  if (mapping.coordinateUnit !== a.mapping.coordinateUnit) {
    return `Changed from the guess (${a.mapping.coordinateUnit}).`;
  }
  if (a.coordinateUnitSource === 'preset') return presetById(a.preset).units.coordinateNote;
  if (a.coordinateUnitSource === 'header') {
    const names = unitColumns(mapping.coordinates).map((c) => `“${a.header[c] ?? ''}”`);
    return `Guessed from the header ${names.join(' and ')}.`;
  }
  return 'The headers name no unit, so mm is assumed.';
}

export function CoordinateMapping(p: CoordinateMappingProps) {
  const { analysis: a, mapping: m, outline } = p;
  const header = a.header;
  const c = m.coordinates;
  const setKind = (kind: CoordinateColumns['kind']) => {
    const [first = 0, second = 1] = unitColumns(c).concat(
      c.kind === 'polar' ? [c.thetaColumn] : [],
    );
    const next: CoordinateColumns =
      kind === 'xy'
        ? { kind, xColumn: first, yColumn: second }
        : kind === 'polar'
          ? { kind, rColumn: first, thetaColumn: second }
          : { kind, column: first };
    p.onMapping({ ...m, coordinates: next });
  };
  return (
    <fieldset className="import-section">
      <legend>Coordinates</legend>
      <div className="radio-row" role="radiogroup" aria-label="Coordinate columns">
        {(
          [
            ['xy', 'x and y'],
            ['polar', 'r and θ (degrees)'],
            ['pair', '(x,y) in one column'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="import-coord-kind"
              checked={c.kind === kind}
              onChange={() => setKind(kind)}
            />
            {label}
          </label>
        ))}
      </div>
      <div className="field-grid">
        {c.kind === 'xy' && (
          <>
            <ColumnSelect
              id="import-x"
              label="x column"
              header={header}
              value={c.xColumn}
              onChange={(xColumn) => p.onMapping({ ...m, coordinates: { ...c, xColumn } })}
            />
            <ColumnSelect
              id="import-y"
              label="y column"
              header={header}
              value={c.yColumn}
              onChange={(yColumn) => p.onMapping({ ...m, coordinates: { ...c, yColumn } })}
            />
          </>
        )}
        {c.kind === 'polar' && (
          <>
            <ColumnSelect
              id="import-r"
              label="r column"
              header={header}
              value={c.rColumn}
              onChange={(rColumn) => p.onMapping({ ...m, coordinates: { ...c, rColumn } })}
            />
            <ColumnSelect
              id="import-theta"
              label="θ column (degrees from +x, counter-clockwise)"
              header={header}
              value={c.thetaColumn}
              onChange={(thetaColumn) => p.onMapping({ ...m, coordinates: { ...c, thetaColumn } })}
            />
          </>
        )}
        {c.kind === 'pair' && (
          <ColumnSelect
            id="import-pair"
            label="(x,y) column"
            header={header}
            value={c.column}
            onChange={(column) => p.onMapping({ ...m, coordinates: { ...c, column } })}
          />
        )}
        <label htmlFor="import-unit">Coordinate unit</label>
        <span className="inline-form">
          <select
            id="import-unit"
            value={m.coordinateUnit}
            onChange={(e) =>
              p.onMapping(
                withCoordinateFrame(m, outline, {
                  coordinateUnit: e.target.value as CoordinateUnit,
                }),
              )
            }
          >
            {COORDINATE_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={p.unitConfirmed}
              onChange={(e) => p.onUnitConfirmed(e.target.checked)}
            />
            Unit checked
          </label>
        </span>
      </div>
      <p className={p.unitConfirmed ? 'hint' : 'hint import-attention'}>
        {unitOrigin(a, m)} {p.unitConfirmed ? '' : 'Check it, then tick “Unit checked”.'}
      </p>
      <div className="radio-row" role="radiogroup" aria-label="Direction of +y">
        <span>+y points</span>
        {(
          [
            ['up', 'up (as on the map)'],
            ['down', 'down (screen or stage style)'],
          ] as const
        ).map(([yAxis, label]) => (
          <label key={yAxis} className="checkbox">
            <input
              type="radio"
              name="import-y-axis"
              checked={m.yAxis === yAxis}
              onChange={() => p.onMapping(withCoordinateFrame(m, outline, { yAxis }))}
            />
            {label}
          </label>
        ))}
      </div>
      <OriginPicker mapping={m} outline={outline} onMapping={p.onMapping} />
    </fieldset>
  );
}
