/**
 * One value column of the import: the property name (the lab's name suggested, the file's name
 * one click away), the unit as the file gives it, and, when the lab stores this property in
 * another unit of the same dimension, "Convert Å to nm before staging" (off unless ticked:
 * stored values are never rewritten otherwise).
 */
import { useState } from 'react';
import { normalizeUnit } from '../../domain/units/symbols';
import type { ValueColumn } from '../../io/mapping';
import { propertyFromHeader } from '../../io/units';
import { type KnownProperty, preferredUnit, unitOffer } from '../../io/vocabulary';
import { useUnitConverter } from '../useUnitConverter';

interface ValueColumnRowProps {
  value: ValueColumn;
  /** The file's header of the column. */
  columnName: string;
  known: readonly KnownProperty[];
  onChange: (changes: Partial<ValueColumn>) => void;
  onRemove: () => void;
}

export function ValueColumnRow({ value: v, columnName, known, ...p }: ValueColumnRowProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const fileName = propertyFromHeader(columnName).name || columnName;
  const target = preferredUnit(v.propertyName.trim(), known);
  const fileUnit = normalizeUnit(v.propertyUnit);
  const canConvert = unitOffer(v.propertyName, v.propertyUnit, known) !== null;
  // Loaded as soon as a conversion can be offered, so ticking the box converts at once.
  const converter = useUnitConverter(canConvert);
  const toggleConvert = (on: boolean) => {
    setProblem(null);
    if (!on || !target || !converter) return p.onChange({ convertTo: null });
    const factor = converter.conversionFactor(fileUnit, target);
    if (factor === null) return setProblem(`${fileUnit} cannot be converted to ${target}.`);
    p.onChange({ convertTo: { unit: target, factor } });
  };
  return (
    <tr>
      <td>{columnName}</td>
      <td>
        <input
          aria-label={`Property name of column ${columnName}`}
          list="import-property-names"
          value={v.propertyName}
          aria-invalid={v.propertyName.trim() === '' || undefined}
          // A new name may have another usual unit: the conversion is asked for again.
          onChange={(e) => p.onChange({ propertyName: e.target.value, convertTo: null })}
        />
        {v.propertyName.trim() !== fileName.trim() && (
          <button
            type="button"
            className="link-button"
            title="Store the values under the name the file gives the column"
            onClick={() => p.onChange({ propertyName: fileName, convertTo: null })}
          >
            Keep “{fileName}”
          </button>
        )}
      </td>
      <td>
        <input
          aria-label={`Unit of column ${columnName}`}
          list="import-units"
          className="narrow"
          placeholder={target ? `e.g. ${target}` : 'none'}
          value={v.propertyUnit ?? ''}
          onChange={(e) => p.onChange({ propertyUnit: e.target.value || null, convertTo: null })}
          // Written the app's way once typed (A → Å, ohm/sq → Ω/sq): the same unit, one spelling.
          onBlur={() => {
            if (fileUnit !== v.propertyUnit) p.onChange({ propertyUnit: fileUnit });
          }}
        />
        {canConvert && fileUnit && (
          <label className="checkbox import-convert">
            <input
              type="checkbox"
              checked={Boolean(v.convertTo)}
              disabled={!converter}
              onChange={(e) => toggleConvert(e.target.checked)}
            />
            Convert {fileUnit} to {target} before staging
          </label>
        )}
        {problem && <p className="field-error">{problem}</p>}
      </td>
      <td>
        <button
          type="button"
          aria-label={`Do not import column ${columnName}`}
          title="Do not import this column"
          onClick={p.onRemove}
        >
          ✕
        </button>
      </td>
    </tr>
  );
}
