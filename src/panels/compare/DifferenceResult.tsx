/**
 * The difference A − B: its map (diverging colours centred at 0), its statistics (mean, σ,
 * non-uniformity of the difference), how it was computed, the unmatched sites, and CSV export.
 */
import type { MiniMapField, MiniMapSite } from '../../canvas/miniMap';
import type { ColorScale } from '../../domain/color/colorScale';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { Difference, UnmatchedSite } from '../../domain/lot/difference';
import { NON_UNIFORMITY_DEFINITIONS } from '../../domain/stats/uniformity';
import {
  formatStored,
  PERCENT_DECIMALS,
  statDecimalsOf,
} from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';
import { formatPercent } from '../../domain/values/minusSign';
import { ColorBar } from '../ColorBar';
import { MiniMapCanvas } from './MiniMapCanvas';

interface DifferenceResultProps {
  difference: Difference;
  aName: string;
  bName: string;
  propertyName: string;
  scale: ColorScale | null;
  map: { outline: SampleOutline; sites: readonly MiniMapSite[]; field: MiniMapField | null };
  /** The map's field interpolates the matched differences (every site matched). */
  fieldOfMatched: boolean;
  onExportCsv: () => void;
}

const MAP_PX = 340;

function StatsTable({ d }: { d: Difference }) {
  const s = d.stats;
  const u = d.unit ? ` ${d.unit}` : '';
  // The display rule (decimalPrecision.ts): the values' decimals, one more for mean and σ.
  const v = (x: number | null, decimals = d.decimals) =>
    x === null ? '—' : `${formatStat(x, decimals)}${u}`;
  const stat = statDecimalsOf(d.decimals);
  const nu = NON_UNIFORMITY_DEFINITIONS.find((x) => x.id === s.definition);
  const rows: Array<[string, string]> = [
    [d.method === 'matched-sites' ? 'Matched sites' : 'Grid cells', String(s.n)],
    ['Mean (mean removal for an etch)', v(s.mean, stat)],
    ['σ (n − 1)', v(s.sd, stat)],
    ['Min', v(s.min)],
    ['Max', v(s.max)],
    ['Range', v(s.range)],
    [`Non-uniformity (${nu?.formula ?? ''})`, formatPercent(s.nonUniformity, PERCENT_DECIMALS)],
  ];
  return (
    <table className="stats-table" aria-label="Difference statistics">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="stat-value">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnmatchedTable({ d, aName, bName }: { d: Difference; aName: string; bName: string }) {
  const rows: Array<[string, UnmatchedSite]> = [
    ...d.unmatchedA.map((u): [string, UnmatchedSite] => [`A (${aName})`, u]),
    ...d.unmatchedB.map((u): [string, UnmatchedSite] => [`B (${bName})`, u]),
  ];
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Unmatched sites">
        <thead>
          <tr>
            <th scope="col">Only in</th>
            <th scope="col">Site</th>
            <th scope="col">x (mm)</th>
            <th scope="col">y (mm)</th>
            <th scope="col">Value</th>
            <th scope="col">Against the other’s field</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([side, u]) => (
            <tr key={`${side}-${u.index}`}>
              <td>{side}</td>
              <td className="num">{u.site ?? '—'}</td>
              <td className="num">{formatStored(u.xMm)}</td>
              <td className="num">{formatStored(u.yMm)}</td>
              <td className="num">{formatStored(u.value)}</td>
              <td className="num">
                {u.interpolatedDifference === null ? '—' : formatStored(u.interpolatedDifference)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The result (see the module comment). */
export function DifferenceResult(p: DifferenceResultProps) {
  const d = p.difference;
  const unmatched = d.unmatchedA.length + d.unmatchedB.length;
  const label = d.rateMinutes === null ? 'A − B' : `(A − B) / ${d.rateMinutes} min`;
  return (
    <div className="difference-result">
      <p className="difference-summary" role="status">
        <strong>{d.matched.length} matched sites</strong> within {d.toleranceMm} mm;{' '}
        {unmatched === 0 ? 'no unmatched site.' : `${unmatched} unmatched (listed below).`}
        {d.method === 'interpolated-grid'
          ? ` Map: the difference of the two interpolated fields (${d.grid?.methods.a ?? d.interpolation}) on a common grid, clipped to the edge exclusion.`
          : p.fieldOfMatched
            ? ' Map: the matched sites at the midpoint of each pair, coloured between them by a thin-plate spline through their differences.'
            : ' Map: the matched sites, each drawn at the midpoint of its pair.'}
      </p>
      {d.notice && <p className="notice notice-warning">{d.notice}</p>}
      <div className="difference-body">
        <MiniMapCanvas
          className="difference-map"
          label={`Difference map ${label}: ${p.aName} minus ${p.bName}`}
          map={{
            outline: p.map.outline,
            sites: p.map.sites,
            field: p.map.field,
            scale: p.scale,
            widthPx: MAP_PX,
            heightPx: MAP_PX,
            siteRadiusPx: 4,
          }}
        />
        {p.scale && (
          <div className="difference-bar">
            <ColorBar
              scale={{ ...p.scale, centerValue: null }}
              propertyName={`${label}: ${p.propertyName}`}
              unit={d.unit}
              note="blue–white–red, white at 0, symmetric out to the largest |difference|"
            />
          </div>
        )}
        <div>
          <StatsTable d={d} />
          {d.nonUniformityNote && (
            <p className="hint difference-nu-note" data-testid="nu-note">
              Non-uniformity {d.nonUniformityNote}.
            </p>
          )}
          <button type="button" onClick={p.onExportCsv}>
            Export difference CSV
          </button>
        </div>
      </div>
      <UnmatchedTable d={d} aName={p.aName} bName={p.bName} />
    </div>
  );
}
