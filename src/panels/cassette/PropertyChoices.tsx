/**
 * The cassette's properties, one row each: imported or not, the property name (the lab's
 * vocabulary suggests it; the file's column is shown beside it) and the unit of its values,
 * typed once for every wafer.
 */
import type { CassetteProperty, PropertyChoice } from '../../io/cassette/lotProperties';
import { needsUnit } from '../../io/cassette/lotProperties';

interface PropertyChoicesProps {
  properties: readonly CassetteProperty[];
  choices: Readonly<Record<string, PropertyChoice>>;
  onChoice: (key: string, choice: PropertyChoice) => void;
}

export function PropertyChoices({ properties, choices, onChoice }: PropertyChoicesProps) {
  if (properties.length === 0) {
    return <p className="muted">The files name each property in a column of their own.</p>;
  }
  return (
    <table className="data-table cassette-properties" aria-label="Properties">
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Column in the file</th>
          <th scope="col">Property</th>
          <th scope="col">Unit</th>
        </tr>
      </thead>
      <tbody>
        {properties.map((p) => {
          const c = choices[p.key] ?? { name: p.key, unit: '', include: false };
          const column = p.headers.join(', ') || p.key;
          const missingUnit = c.include && !c.unit.trim() && needsUnit(c.name);
          return (
            <tr key={p.key}>
              <td>
                <input
                  type="checkbox"
                  checked={c.include}
                  aria-label={`Import ${column}`}
                  onChange={(e) => onChoice(p.key, { ...c, include: e.target.checked })}
                />
              </td>
              <td>
                {column}
                {p.optional && <span className="muted"> (fit quality)</span>}
              </td>
              <td>
                <input
                  value={c.name}
                  aria-label={`Property name for ${column}`}
                  disabled={!c.include}
                  onChange={(e) => onChoice(p.key, { ...c, name: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="narrow"
                  value={c.unit}
                  aria-label={`Unit of ${c.name || column}`}
                  aria-invalid={missingUnit}
                  placeholder={p.fileUnit ?? (needsUnit(c.name) ? 'required' : 'none')}
                  disabled={!c.include}
                  onChange={(e) => onChoice(p.key, { ...c, unit: e.target.value })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
