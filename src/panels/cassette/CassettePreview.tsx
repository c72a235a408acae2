/**
 * The cassette import's preview: one row per wafer → its physical sample (new, or existing and
 * matched by name; the name can be typed over), the number of sites (and of values when a site
 * carries more than one property), the mean of the first
 * property, and the warnings (already imported, points outside the outline, cell errors) and
 * problems (to fix, or leave the wafer out).
 */
import { statDecimalsOf } from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';
import { siteCount, type WaferPlan } from '../../io/cassette/lotPlan';

interface CassettePreviewProps {
  wafers: readonly WaferPlan[];
  onSkip: (key: string, skipped: boolean) => void;
  /** A typed sample name for the wafer; '' goes back to the pattern's name. */
  onName: (key: string, name: string) => void;
  /** Names typed so far (the input shows them even while blank). */
  typedNames: Readonly<Record<string, string>>;
}

function targetName(w: WaferPlan): string {
  const t = w.proposal.target;
  return t.kind === 'existing' ? t.sampleName : t.kind === 'new' ? t.name : '';
}

function Status({ w }: { w: WaferPlan }) {
  const t = w.proposal.target;
  if (t.kind === 'existing') {
    return (
      <span className="badge badge-existing">
        existing{t.matchedBy === 'normalised' ? ' (similar name)' : ''}
      </span>
    );
  }
  if (t.kind === 'new') return <span className="badge badge-new">new</span>;
  return <span className="badge badge-problem">no sample</span>;
}

function Mean({ w }: { w: WaferPlan }) {
  const p = w.preview?.properties[0];
  if (!p || p.mean === null) return <>—</>;
  // The display rule (decimalPrecision.ts): the values' decimals plus one for a mean.
  const decimals = statDecimalsOf(p.decimals);
  return (
    <>
      {formatStat(p.mean, decimals)}
      {p.unit ? ` ${p.unit}` : ''}
    </>
  );
}

/** "49", or "49 · 98 values" when each site carries more than one property (GOF ticked). */
function SiteCount({ planned, shown }: { planned: WaferPlan['planned']; shown: boolean }) {
  if (!shown) return <>—</>;
  const sites = siteCount(planned);
  return (
    <>
      {sites}
      {planned.length !== sites && <span className="muted"> · {planned.length} values</span>}
    </>
  );
}

export function CassettePreview({ wafers, onSkip, onName, typedNames }: CassettePreviewProps) {
  return (
    <div className="table-scroll cassette-preview-scroll">
      <table className="data-table cassette-preview" aria-label="Wafers and their samples">
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col">Wafer</th>
            <th scope="col">Physical sample</th>
            <th scope="col" />
            <th
              scope="col"
              className="num"
              title="Measured sites to import; with more than one property, the values (one annotation each) in grey"
            >
              Sites
            </th>
            <th scope="col" className="num">
              Mean
            </th>
            <th scope="col">Warnings</th>
          </tr>
        </thead>
        <tbody>
          {wafers.map((w) => {
            const { wafer } = w;
            const typed = typedNames[wafer.key];
            const notes = [...w.problems, ...w.warnings];
            return (
              <tr
                key={wafer.key}
                className={w.skipped ? 'is-skipped' : w.problems.length > 0 ? 'has-problem' : ''}
              >
                <td>
                  <input
                    type="checkbox"
                    checked={!w.skipped}
                    aria-label={`Import ${wafer.waferId}`}
                    onChange={(e) => onSkip(wafer.key, !e.target.checked)}
                  />
                </td>
                <th scope="row">
                  {wafer.waferId}
                  <span className="muted">
                    {wafer.slot !== null ? ` · slot ${wafer.slot}` : ''}
                    {wafer.lot !== null ? ` · ${wafer.lot}` : ''}
                  </span>
                </th>
                <td>
                  <input
                    value={typed ?? targetName(w)}
                    aria-label={`Sample for ${wafer.waferId}`}
                    disabled={w.skipped}
                    onChange={(e) => onName(wafer.key, e.target.value)}
                  />
                </td>
                <td>
                  <Status w={w} />
                </td>
                <td className="num">
                  <SiteCount planned={w.planned} shown={w.preview !== null} />
                  {w.check && w.check.alreadyStored > 0 && (
                    <span className="muted"> (+{w.check.alreadyStored} stored)</span>
                  )}
                </td>
                <td className="num">
                  <Mean w={w} />
                </td>
                <td className="wrap">
                  {notes.length > 0 && (
                    <ul className="cassette-notes">
                      {w.problems.map((m) => (
                        <li key={m} className="cassette-problem">
                          {m}
                        </li>
                      ))}
                      {w.warnings.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
