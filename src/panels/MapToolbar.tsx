/**
 * The bar above the map: sample, outline, colour-by property, snap, axes, undo/redo, PNG export
 * and help. Every control is always present with a fixed width (the colour-by list is disabled
 * until something is stored), so the bar wraps the same way before and after the first submit
 * and the map below it keeps its size.
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

/** The toolbar; see the module comment. */
export function MapToolbar(p: MapToolbarProps) {
  const none = p.properties.length === 0;
  return (
    <div className="map-toolbar">
      <span className="map-title" title={p.title}>
        {p.title}
      </span>
      <span className="muted map-outline">
        <span className="map-outline-text" title={p.outlineText}>
          {p.outlineText}
        </span>
        {p.outlineGuessed && <span className="map-outline-guessed"> (guessed)</span>}
      </span>
      <label className="inline-label">
        Colour by
        <select
          className="color-by"
          value={none ? '' : (p.colorProperty ?? '')}
          disabled={none}
          title={none ? 'Nothing stored yet' : undefined}
          onChange={(e) => p.onColorProperty(e.target.value)}
        >
          {none && <option value="">nothing stored</option>}
          {p.properties.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.count}
              {s.units.filter(Boolean).length ? `, ${s.units.filter(Boolean).join(' / ')}` : ''})
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
        <button type="button" disabled={!p.canRedo} onClick={p.onRedo} title="Redo (Ctrl+Shift+Z)">
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
  );
}
