/** The bar above the map: sample, outline, colour-by property, snap, undo/redo and help. */
import { SNAP_STEPS_MM } from '../domain/staging/snap';
import type { PropertySummary } from '../domain/stats/properties';

interface MapToolbarProps {
  title: string;
  outlineText: string;
  properties: PropertySummary[];
  colorProperty: string | null;
  onColorProperty: (name: string) => void;
  snapStepMm: number;
  onSnapStep: (stepMm: number) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onHelp: () => void;
  /** Opens the PNG export options. */
  onExportPng?: () => void;
}

export function MapToolbar(p: MapToolbarProps) {
  return (
    <div className="map-toolbar">
      <span className="map-title">{p.title}</span>
      <span className="muted">{p.outlineText}</span>
      {p.properties.length > 0 && (
        <label className="inline-label">
          Colour by
          <select value={p.colorProperty ?? ''} onChange={(e) => p.onColorProperty(e.target.value)}>
            {p.properties.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.count}
                {s.units.filter(Boolean).length ? `, ${s.units.filter(Boolean).join(' / ')}` : ''})
              </option>
            ))}
          </select>
        </label>
      )}
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
      <span className="legend">
        <span className="legend-record" aria-hidden="true" /> stored
        <span className="legend-staged" aria-hidden="true" /> staged
      </span>
    </div>
  );
}
