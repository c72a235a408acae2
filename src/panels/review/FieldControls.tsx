/**
 * Settings and status of the interpolated map: the interpolator (thin-plate spline, exact at
 * the sites, or inverse-distance weighting with power 2), and whether the map, the contour lines
 * and their labels are drawn; the status says why an automatic map is off (too few sites) and
 * how much of the drawn map is extrapolated.
 */
import { AUTO_MAP_MIN_SITES, type Field } from '../../domain/interpolation/field';
import type { InterpolationMethod } from '../../domain/interpolation/sites';
import { counted } from '../../domain/values/plural';

interface FieldControlsProps {
  method: InterpolationMethod;
  onMethod: (method: InterpolationMethod) => void;
  showField: boolean;
  showContours: boolean;
  showLabels: boolean;
  /** The number of sites when the map is off only because they are fewer than
   * AUTO_MAP_MIN_SITES; null otherwise. */
  autoOffSites: number | null;
  /** Share (0 … 1) of the measurable area outside the sites' convex hull (hatched). */
  extrapolatedFraction: number;
  onToggle: (changes: {
    showField?: boolean;
    showContours?: boolean;
    showLabels?: boolean;
  }) => void;
  field: Field | null;
  computing: boolean;
  message: string | null;
  elapsedMs: number | null;
}

const METHOD_TEXT: Record<InterpolationMethod, string> = {
  'thin-plate-spline': 'Thin-plate spline',
  'inverse-distance': 'Inverse distance (power 2)',
};

/** One line on what the map shows, e.g. "Thin-plate spline over 49 sites, 200 × 200 cells". */
function statusText(p: FieldControlsProps): string {
  if (p.autoOffSites !== null) {
    const n = p.autoOffSites;
    return `The interpolated map is off: ${n} distinct site${n === 1 ? ' is' : 's are'} too few to map the surface between them (it turns on by itself from ${AUTO_MAP_MIN_SITES} distinct sites; repeated measurements at one site count once). Tick "Heat map" or "Contours" to draw it anyway.`;
  }
  if (!p.showField && !p.showContours) return 'The map and the contours are hidden.';
  if (p.message) return p.message;
  if (!p.field) return p.computing ? 'Computing the map…' : 'No sites to interpolate.';
  const f = p.field;
  const time = p.elapsedMs === null ? '' : ` in ${Math.round(p.elapsedMs)} ms`;
  const grid = `${f.spec.cols} × ${f.spec.rows} cells`;
  const base = f.binning
    ? `${METHOD_TEXT[f.method]} over ${counted(f.siteCount, 'site')} binned to the grid (mean per cell; ${counted(f.binning.bins, 'cell')} hold sites; each cell weighted from the nearest ${f.binning.neighbours} or more), ${grid}${time}`
    : `${METHOD_TEXT[f.method]} over ${counted(f.siteCount, 'site')}, ${grid}${time}`;
  return `${base}.${f.fallback ? ` ${f.fallback}` : ''}${p.computing ? ' Updating…' : ''}`;
}

/** What the hatch on the map means, with its share of the measurable area; null for none. */
function extrapolationText(p: FieldControlsProps): string | null {
  if (!p.field || p.extrapolatedFraction <= 0 || (!p.showField && !p.showContours)) return null;
  const share = Math.round(p.extrapolatedFraction * 100);
  return `Hatched on the map: ${share < 1 ? 'under 1' : share} % of the measurable area lies beyond the outermost sites (outside their convex hull), where the map is extrapolated, not interpolated.`;
}

/** Interpolator select, map/contour/label toggles and the map status line. */
export function FieldControls(p: FieldControlsProps) {
  return (
    <>
      <div className="review-grid">
        <label htmlFor="review-method">Interpolation</label>
        <select
          id="review-method"
          value={p.method}
          onChange={(e) => p.onMethod(e.target.value as InterpolationMethod)}
        >
          <option value="thin-plate-spline">Thin-plate spline (exact at the sites)</option>
          <option value="inverse-distance">Inverse distance, power 2</option>
        </select>
      </div>
      <div className="checkbox-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={p.showField}
            onChange={(e) => p.onToggle({ showField: e.target.checked })}
          />
          Heat map
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={p.showContours}
            onChange={(e) => p.onToggle({ showContours: e.target.checked })}
          />
          Contours
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={p.showLabels}
            disabled={!p.showContours}
            onChange={(e) => p.onToggle({ showLabels: e.target.checked })}
          />
          Contour labels
        </label>
      </div>
      <p
        className={
          p.field?.fallback || p.message || p.autoOffSites !== null ? 'hint hint-warning' : 'hint'
        }
        role="status"
        aria-label="Map status"
      >
        {statusText(p)}
      </p>
      {extrapolationText(p) && <p className="hint">{extrapolationText(p)}</p>}
    </>
  );
}
