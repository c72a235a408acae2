/**
 * What the comparison shows: the property (those present on the samples), its unit (with "all
 * in <unit>" when the records carry several units of one dimension: converted for display only),
 * the non-uniformity definition, the order, the colour map and the interpolated maps.
 */
import { useId } from 'react';
import type { SequentialMapId } from '../../domain/color/colorScale';
import type { PropertyAcross } from '../../domain/lot/compareInputs';
import type { ComparisonSort } from '../../domain/lot/comparisonTable';
import { type UnitCount, unitLabel } from '../../domain/review/units';
import {
  NON_UNIFORMITY_DEFINITIONS,
  type NonUniformityDefinitionId,
} from '../../domain/stats/uniformity';

/** A unit choice: records in that unit only, or every record converted into it. */
export interface UnitSelection {
  unit: string;
  convert: boolean;
}

interface CompareControlsProps {
  sampleCount: number;
  properties: readonly PropertyAcross[];
  property: string | null;
  onProperty: (name: string) => void;
  units: readonly UnitCount[];
  convertible: readonly string[];
  unit: UnitSelection | null;
  onUnit: (unit: UnitSelection) => void;
  nonUniformity: NonUniformityDefinitionId;
  onNonUniformity: (id: NonUniformityDefinitionId) => void;
  sort: ComparisonSort;
  onSort: (sort: ComparisonSort) => void;
  map: SequentialMapId;
  onMap: (map: SequentialMapId) => void;
  showField: boolean;
  onShowField: (on: boolean) => void;
}

const ORDERS: ReadonlyArray<[string, string]> = [
  ['slot', 'Slot'],
  ['name', 'Name'],
  ['date', 'Date created'],
];

/** The controls (see the module comment). */
export function CompareControls(p: CompareControlsProps) {
  const id = useId();
  const unitValue = p.unit ? `${p.unit.convert ? 'all:' : 'only:'}${p.unit.unit}` : '';
  const order = ORDERS.some(([k]) => k === p.sort.key) ? p.sort.key : '';
  return (
    <fieldset className="compare-controls">
      <legend className="visually-hidden">What to compare</legend>
      <div className="compare-field">
        <label htmlFor={`${id}-property`}>Property</label>
        <select
          id={`${id}-property`}
          value={p.property ?? ''}
          onChange={(e) => p.onProperty(e.target.value)}
        >
          {p.properties.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name} ({x.sampleCount} of {p.sampleCount} samples)
            </option>
          ))}
        </select>
      </div>
      <div className="compare-field">
        <label htmlFor={`${id}-unit`}>Unit</label>
        <select
          id={`${id}-unit`}
          value={unitValue}
          onChange={(e) => {
            const [kind, ...rest] = e.target.value.split(':');
            p.onUnit({ unit: rest.join(':'), convert: kind === 'all' });
          }}
        >
          {p.units.map((u) => (
            <option key={`only:${u.unit}`} value={`only:${u.unit}`}>
              {unitLabel(u.unit)} ({u.count} records)
            </option>
          ))}
          {p.convertible.map((u) => (
            <option key={`all:${u}`} value={`all:${u}`}>
              all in {u} (converted for display)
            </option>
          ))}
        </select>
      </div>
      <div className="compare-field">
        <label htmlFor={`${id}-nu`}>Non-uniformity</label>
        <select
          id={`${id}-nu`}
          value={p.nonUniformity}
          onChange={(e) => p.onNonUniformity(e.target.value as NonUniformityDefinitionId)}
        >
          {NON_UNIFORMITY_DEFINITIONS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}: {d.formula}
            </option>
          ))}
        </select>
      </div>
      <div className="compare-field">
        <label htmlFor={`${id}-order`}>Order</label>
        <select
          id={`${id}-order`}
          value={order}
          onChange={(e) =>
            p.onSort({ key: e.target.value as ComparisonSort['key'], direction: 'asc' })
          }
        >
          {order === '' && <option value="">by the table’s column</option>}
          {ORDERS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="compare-field">
        <label htmlFor={`${id}-map`}>Colours</label>
        <select
          id={`${id}-map`}
          value={p.map}
          onChange={(e) => p.onMap(e.target.value as SequentialMapId)}
        >
          <option value="viridis">Viridis</option>
          <option value="cividis">Cividis</option>
          <option value="magma">Magma</option>
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={p.showField}
          onChange={(e) => p.onShowField(e.target.checked)}
        />
        Interpolated maps
      </label>
    </fieldset>
  );
}
