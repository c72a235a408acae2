/**
 * Which columns become properties, each with its name and unit (both editable; the name is the
 * lab's for that quantity when known: `Thickness # 1 (nm)` → thickness, nm; the file's name is
 * one click away); other columns such as GOF or MSE can be added. Also the source
 * (`char_source_type`) every imported annotation gets.
 */
import { useState } from 'react';
import { normalizeUnit } from '../../domain/units/symbols';
import type { AnalysisView } from '../../io/importSession';
import type { ImportMapping, ValueColumn } from '../../io/mapping';
import { presetById } from '../../io/presets/registry';
import { propertyFromHeader } from '../../io/units';
import { BUILTIN_PROPERTIES, type KnownProperty, suggestPropertyName } from '../../io/vocabulary';
import { ValueColumnRow } from './ValueColumnRow';

/** Units offered in the unit fields (any other text may be typed). */
const UNIT_CHOICES = ['nm', 'Å', 'µm', 'mm', 'Ω/sq', 'Ω·cm', 'mΩ·cm', '%'];

interface ValueColumnsProps {
  analysis: AnalysisView;
  mapping: ImportMapping;
  sourceType: string;
  onMapping: (mapping: ImportMapping) => void;
  onSourceType: (text: string) => void;
  /** The lab's property names and units, most used first. */
  known: KnownProperty[];
}

function coordinateColumns(m: ImportMapping): number[] {
  const c = m.coordinates;
  if (c.kind === 'xy') return [c.xColumn, c.yColumn];
  return c.kind === 'polar' ? [c.rColumn, c.thetaColumn] : [c.column];
}

export function ValueColumns({ analysis: a, mapping: m, ...p }: ValueColumnsProps) {
  const { units } = presetById(a.preset);
  const columnName = (i: number) => a.header[i] || `Column ${i + 1}`;
  const used = new Set([...coordinateColumns(m), ...m.values.map((v) => v.column)]);
  // Columns the guess set aside (GOF, MSE) come first: they are the likely additions.
  const optional = a.optionalValues.map((v) => v.column);
  const free = [
    ...optional,
    ...a.header.map((_, i) => i).filter((i) => !optional.includes(i)),
  ].filter((i) => !used.has(i));
  const [toAdd, setToAdd] = useState<number | null>(null);
  const addColumn = toAdd !== null && free.includes(toAdd) ? toAdd : (free[0] ?? null);
  const update = (index: number, changes: Partial<ValueColumn>) =>
    p.onMapping({ ...m, values: m.values.map((v, i) => (i === index ? { ...v, ...changes } : v)) });
  return (
    <fieldset className="import-section">
      <legend>Values</legend>
      {m.long ? (
        <p className="hint">
          Each row names its property, value and unit (columns “{columnName(m.long.nameColumn)}”, “
          {columnName(m.long.valueColumn)}”
          {m.long.unitColumn === null ? '' : ` and “${columnName(m.long.unitColumn)}”`}).
        </p>
      ) : (
        <>
          <table className="data-table import-values" aria-label="Value columns">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Property</th>
                <th scope="col">Unit</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {m.values.map((v, i) => (
                <ValueColumnRow
                  key={v.column}
                  value={v}
                  columnName={columnName(v.column)}
                  known={p.known}
                  onChange={(changes) => update(i, changes)}
                  onRemove={() => p.onMapping({ ...m, values: m.values.filter((_, k) => k !== i) })}
                />
              ))}
            </tbody>
          </table>
          <datalist id="import-property-names">
            {[
              ...new Set([...p.known.map((k) => k.name), ...BUILTIN_PROPERTIES.map((b) => b.name)]),
            ].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <datalist id="import-units">
            {UNIT_CHOICES.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
          <p className="hint">
            Names already used by the lab are suggested; the file’s column name is kept in each
            annotation’s metadata (source_column). Values are stored as read unless “Convert” is
            ticked.
          </p>
          {units.missingValueUnitNote && m.values.some((v) => !v.propertyUnit) && (
            <p className="hint import-attention">{units.missingValueUnitNote}</p>
          )}
          {addColumn !== null && (
            <div className="inline-form import-add-column">
              <label htmlFor="import-add-column">Also import</label>
              <select
                id="import-add-column"
                value={addColumn}
                onChange={(e) => setToAdd(Number(e.target.value))}
              >
                {free.map((i) => (
                  <option key={i} value={i}>
                    {columnName(i)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                onClick={() => {
                  const { name, unit } = propertyFromHeader(columnName(addColumn));
                  const guessed = a.optionalValues.find((v) => v.column === addColumn) ?? {
                    column: addColumn,
                    propertyName: name,
                    propertyUnit: unit,
                  };
                  const added = {
                    ...guessed,
                    propertyName: suggestPropertyName(guessed.propertyName, p.known).name,
                    propertyUnit: normalizeUnit(guessed.propertyUnit),
                  };
                  p.onMapping({ ...m, values: [...m.values, added] });
                  setToAdd(null);
                }}
              >
                Add as property
              </button>
            </div>
          )}
        </>
      )}
      <div className="field-grid">
        <label htmlFor="import-source-type">Source (char_source_type)</label>
        <input
          id="import-source-type"
          value={p.sourceType}
          placeholder={a.hasRowSources ? 'from each row' : 'none'}
          onChange={(e) => p.onSourceType(e.target.value)}
        />
      </div>
      <p className="hint">
        {a.hasRowSources
          ? 'Left empty, each row keeps the char_source_type written in the file.'
          : 'Recorded on every imported annotation, e.g. the instrument.'}
      </p>
    </fieldset>
  );
}
