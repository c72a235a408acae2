/**
 * The bar above the map, in two rows: the sample's name and its outline, with the whole row to
 * themselves (cut with an ellipsis only when there is no room left); then the colour-by
 * property, snap, axes, undo/redo, PNG export and help. Every control is always present with a
 * width that does not depend on what it holds (the colour-by list is disabled until something
 * is stored), so the bar has the same height before and after the first submit, whatever the
 * sample's name, and the map below it keeps its size.
 */
import { SNAP_STEPS_MM } from '../domain/staging/snap';
import type { PropertySummary } from '../domain/stats/properties';

interface MapToolbarProps {
  title: string;
  outlineText: string;
  /** The outline was guessed from the name: "(guessed)" is shown whole after the (cut) outline text. */
  outlineGuessed?: boolean;
  properties: PropertySummary[];
  colorProperty: string | null;
  onColorProperty: (name: string) => void;
  snapStepMm: number;
  onSnapStep: (stepMm: number) => void;
  /** mm rulers along the map's edges. */
  showAxes: boolean;
  onShowAxes: (shown: boolean) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onHelp: () => void;
  /** Opens the PNG export options. */
  onExportPng?: () => void;
}

/** The property and its units, short enough for the fixed-width list: "thickness (nm)". */
export function colorByText(s: { name: string; units: readonly (string | null)[] }): string {
  const units = s.units.filter(Boolean);
  return units.length ? `${s.name} (${units.join(' / ')})` : s.name;
}

/** The whole story of a property, as the list's tooltip: "thickness: 100,000 records, in nm". */
function colorByTitle(
  properties: readonly { name: string; count: number; units: readonly (string | null)[] }[],
  name: string | null,
): string | undefined {
  const s = properties.find((q) => q.name === name);
  if (!s) return undefined;
  const units = s.units.filter(Boolean);
  const records = `${s.count.toLocaleString('en')} record${s.count === 1 ? '' : 's'}`;
  return `${s.name}: ${records}${units.length ? `, in ${units.join(' / ')}` : ''}`;
}

/** The toolbar; see the module comment. */
export function MapToolbar(p: MapToolbarProps) {
  const none = p.properties.length === 0;
  return (
    <div className="map-toolbar">
      <div className="map-toolbar-row">
        <div className="map-identity">
          <span className="map-title" title={p.title}>
            {p.title}
          </span>
          <span className="muted map-outline">
            <span className="map-outline-text" title={p.outlineText}>
              {p.outlineText}
            </span>
            {p.outlineGuessed && <span className="map-outline-guessed"> (guessed)</span>}
          </span>
        </div>
      </div>
      <div className="map-toolbar-row map-toolbar-tools">
        <label className="inline-label color-by-field">
          Colour by
          <select
            className="color-by"
            value={none ? '' : (p.colorProperty ?? '')}
            disabled={none}
            title={none ? 'Nothing stored yet' : colorByTitle(p.properties, p.colorProperty)}
            onChange={(e) => p.onColorProperty(e.target.value)}
          >
            {none && <option value="">nothing stored</option>}
            {p.properties.map((s) => (
              <option key={s.name} value={s.name} title={colorByTitle([s], s.name)}>
                {colorByText(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          Snap
          <select value={p.snapStepMm} onChange={(e) => p.onSnapStep(Number(e.target.value))}>
            {SNAP_STEPS_MM.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? 'off' : `${s} mm`}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label" title="mm rulers along the map's edges">
          <input
            type="checkbox"
            checked={p.showAxes}
            onChange={(e) => p.onShowAxes(e.target.checked)}
          />
          Axes
        </label>
        <span className="toolbar-buttons">
          <button type="button" disabled={!p.canUndo} onClick={p.onUndo} title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button
            type="button"
            disabled={!p.canRedo}
            onClick={p.onRedo}
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
          {p.onExportPng && (
            <button type="button" onClick={p.onExportPng} title="Save the map as a PNG image">
              Export PNG…
            </button>
          )}
          <button
            type="button"
            onClick={p.onHelp}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            ?
          </button>
        </span>
      </div>
    </div>
  );
}
