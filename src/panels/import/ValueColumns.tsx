/**
 * Which columns become properties, each with its name and unit (both editable, first read from
 * the header: `Thickness # 1 (nm)` → `Thickness # 1`, `nm`); other columns such as GOF or MSE can
 * be added. Also the source (`char_source_type`) every imported annotation gets.
 */
import { useState } from 'react';
import type { AnalysisView } from '../../io/importSession';
import type { ImportMapping, ValueColumn } from '../../io/mapping';
import { propertyFromHeader } from '../../io/units';

interface ValueColumnsProps {
  analysis: AnalysisView;
  mapping: ImportMapping;
  sourceType: string;
  onMapping: (mapping: ImportMapping) => void;
  onSourceType: (text: string) => void;
}

function coordinateColumns(m: ImportMapping): number[] {
  const c = m.coordinates;
  if (c.kind === 'xy') return [c.xColumn, c.yColumn];
  return c.kind === 'polar' ? [c.rColumn, c.thetaColumn] : [c.column];
}

export function ValueColumns({ analysis: a, mapping: m, ...p }: ValueColumnsProps) {
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
                <tr key={v.column}>
                  <td>{columnName(v.column)}</td>
                  <td>
                    <input
                      aria-label={`Property name of column ${columnName(v.column)}`}
                      value={v.propertyName}
                      aria-invalid={v.propertyName.trim() === '' || undefined}
                      onChange={(e) => update(i, { propertyName: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Unit of column ${columnName(v.column)}`}
                      className="narrow"
                      placeholder="none"
                      value={v.propertyUnit ?? ''}
                      onChange={(e) => update(i, { propertyUnit: e.target.value || null })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Do not import column ${columnName(v.column)}`}
                      title="Do not import this column"
                      onClick={() =>
                        p.onMapping({ ...m, values: m.values.filter((_, k) => k !== i) })
                      }
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {a.preset === 'kla-f5x' && m.values.some((v) => !v.propertyUnit) && (
            <p className="hint import-attention">
              KLA-F5x exports do not state the unit of their results: type it (e.g. nm or Å).
            </p>
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
                  const added = a.optionalValues.find((v) => v.column === addColumn) ?? {
                    column: addColumn,
                    propertyName: name,
                    propertyUnit: unit,
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
