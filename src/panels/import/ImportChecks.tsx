/**
 * Everything to check before staging: how many points and values, points outside the outline
 * (drawn red on the map), a likely unit mistake with a one-click fix, every unreadable cell
 * (line, column, raw text), skipped rows, the importer's warnings and, for KLA-F5x wafers, the
 * imported mean and SD next to the file's own MEAN and STDDEV.
 */

import { counted } from '../../domain/values/plural';
import { describeSkipReason, describeUnitSuggestion } from '../../io/importMessages';
import type { AnalysisView, MapView } from '../../io/importSession';
import type { CellProblem, ImportMapping } from '../../io/mapping';
import type { UnitSuggestion } from '../../io/unitSuggestion';
import { formatValue } from '../ColorBar';

/** Longest list shown on screen; the heading gives the full count. */
export const VISIBLE_ROWS = 100;

interface ImportChecksProps {
  analysis: AnalysisView;
  view: MapView;
  /** Annotations already imported from this file (and wafer): stored and staged. */
  earlier: { stored: number; staged: number };
  mapping: ImportMapping;
  notes: string[];
  includeOutside: boolean;
  onIncludeOutside: (include: boolean) => void;
  onUseUnit: (suggestion: UnitSuggestion) => void;
}

const fmt = (v: number | null) => (v === null ? '—' : formatValue(v));

function problemText(p: CellProblem): string {
  return p.kind === 'missing' ? 'missing value' : p.reason || 'not a number';
}

function ShownOf({ shown, total }: { shown: number; total: number }) {
  return total > shown ? (
    <p className="hint">
      Showing the first {shown} of {total}.
    </p>
  ) : null;
}

export function ImportChecks({ analysis: a, view: v, mapping: m, ...p }: ImportChecksProps) {
  const problems = v.problems.slice(0, VISIBLE_ROWS);
  const skipped = v.skippedRows.slice(0, VISIBLE_ROWS);
  const wafer = a.wafer;
  return (
    <section className="import-section" aria-labelledby="import-checks-heading">
      <h3 id="import-checks-heading">Checks</h3>
      <p className="import-summary" data-testid="import-summary">
        {counted(v.pointCount, 'point')} with {counted(v.valueCount, 'value')} read ·{' '}
        <span className={v.outsideCount > 0 ? 'import-outside' : undefined}>
          {v.outsideCount} outside the outline
        </span>{' '}
        · {counted(v.problemCount, 'unreadable cell')} · {counted(v.skippedCount, 'row')} skipped
      </p>
      {(p.earlier.stored > 0 || p.earlier.staged > 0) && (
        <p className="notice notice-warning" role="alert">
          This {wafer ? `wafer (${wafer.waferId}) of this file` : 'file'} was imported into this
          sample before: {counted(p.earlier.stored, 'stored annotation')} and{' '}
          {counted(p.earlier.staged, 'staged one')} came from it. Staging it again would store those
          values twice.
        </p>
      )}
      {v.unitSuggestion && (
        <div className="notice notice-warning" role="alert">
          {describeUnitSuggestion(v.unitSuggestion)}{' '}
          <button
            type="button"
            className="primary"
            onClick={() => v.unitSuggestion && p.onUseUnit(v.unitSuggestion)}
          >
            Use {v.unitSuggestion.to}
          </button>{' '}
          <span className="muted">If the unit is right, check the sample’s outline instead.</span>
        </div>
      )}
      {v.outsideCount > 0 && (
        <div className="import-outside-box">
          <p>
            {counted(v.outsideCount, 'point')} outside the outline (red diamonds on the map, or off
            it), from line{v.outsideCount === 1 ? '' : 's'} {v.outsideRows.slice(0, 12).join(', ')}
            {v.outsideCount > 12 ? ` and ${v.outsideCount - 12} more` : ''}.
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={p.includeOutside}
              onChange={(e) => p.onIncludeOutside(e.target.checked)}
            />
            Stage them too
          </label>
        </div>
      )}
      {v.properties.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label="Imported values">
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">n</th>
                <th scope="col">Mean</th>
                <th scope="col">SD (n−1)</th>
                {wafer && <th scope="col">File MEAN / STDDEV</th>}
              </tr>
            </thead>
            <tbody>
              {v.properties.map((s) => {
                const column = m.values.find((c) => c.propertyName === s.name)?.column;
                const k = wafer ? wafer.resultColumns.indexOf(column ?? -1) : -1;
                return (
                  <tr key={`${s.name}\u0000${s.unit ?? ''}`}>
                    <td>
                      {s.name}
                      {s.unit ? ` (${s.unit})` : ''}
                    </td>
                    <td className="num">{s.n}</td>
                    <td className="num">{fmt(s.mean)}</td>
                    <td className="num">{fmt(s.sd)}</td>
                    {wafer && (
                      <td className="num">
                        {k >= 0
                          ? `${fmt(wafer.statistics.MEAN?.[k] ?? null)} / ${fmt(wafer.statistics.STDDEV?.[k] ?? null)}`
                          : '—'}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {v.problemCount > 0 && (
        <details className="import-problems" open>
          <summary>{counted(v.problemCount, 'unreadable cell')} (never read as 0)</summary>
          <div className="table-scroll">
            <table className="data-table" aria-label="Unreadable cells">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Text</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((c) => (
                  <tr key={`${c.row}:${c.column}`}>
                    <td>{c.row}</td>
                    <td>{c.columnName}</td>
                    <td>
                      <code>{c.raw.trim() === '' ? '(blank)' : c.raw}</code>
                    </td>
                    <td className="wrap">{problemText(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShownOf shown={problems.length} total={v.problemCount} />
        </details>
      )}
      {v.skippedCount > 0 && (
        <details className="import-skipped">
          <summary>{counted(v.skippedCount, 'row')} not imported</summary>
          <ul className="import-list">
            {skipped.map((s) => (
              <li key={s.row}>
                Line {s.row}: {describeSkipReason(s.reason)}
              </li>
            ))}
          </ul>
          <ShownOf shown={skipped.length} total={v.skippedCount} />
        </details>
      )}
      {[...p.notes, ...a.warnings].length > 0 && (
        <ul className="import-warnings" aria-label="Import warnings">
          {[...p.notes, ...a.warnings].map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
