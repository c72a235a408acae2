/**
 * Step 1 of the cassette import: choose (or drop) one file or several — CSV/TSV/TXT exports
 * (KLA-F5x, CompleteEASE maps, any table with a wafer or sample column) or one Excel workbook,
 * whose sheet is picked here — and see what they hold.
 */
import { useId } from 'react';
import { formatBytes } from '../../io/importLimits';
import { useFileDrop } from '../useFileDrop';

/** What the file chooser offers (any file can still be dropped). */
export const CASSETTE_ACCEPT =
  '.csv,.tsv,.txt,.tab,.dat,.xlsx,.xlsm,.xls,text/csv,text/tab-separated-values,text/plain';

export interface SheetChoice {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
}

export interface CassetteFilesProps {
  files: ReadonlyArray<{ name: string; bytes: number }>;
  /** Set when the source is a workbook. */
  sheets: readonly SheetChoice[] | null;
  sheet: string | null;
  busy: string | null;
  error: string | null;
  /** What the files hold, e.g. "25 wafers (KLA-F5x WAFER ID blocks)". */
  summary: string | null;
  warnings: readonly string[];
  onChoose: (files: File[]) => void;
  onSheet: (name: string) => void;
}

export function CassetteFiles(p: CassetteFilesProps) {
  const id = useId();
  const { dropProps } = useFileDrop(p.onChoose);
  return (
    <section className="import-section cassette-files" aria-labelledby={`${id}-h`} {...dropProps}>
      <h3 id={`${id}-h`}>Files</h3>
      <div className="import-file-row">
        <label className="file-button">
          Choose files…
          <input
            type="file"
            multiple
            accept={CASSETTE_ACCEPT}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              // Reset, so choosing the same files again (after editing them) reads them again.
              e.target.value = '';
              if (files.length > 0) p.onChoose(files);
            }}
          />
        </label>
        <span className="muted">
          or drop them here: a KLA-F5x export, several CompleteEASE maps, any table with a wafer or
          sample column, or one Excel workbook (.xlsx)
        </span>
      </div>
      {p.files.length > 0 && (
        <ul className="import-list">
          {p.files.map((f) => (
            <li key={f.name}>
              <strong>{f.name}</strong> <span className="muted">({formatBytes(f.bytes)})</span>
            </li>
          ))}
        </ul>
      )}
      {p.sheets && (
        <div className="field-grid">
          <label htmlFor={`${id}-sheet`}>Sheet</label>
          <select
            id={`${id}-sheet`}
            value={p.sheet ?? ''}
            onChange={(e) => p.onSheet(e.target.value)}
          >
            {p.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({s.rowCount} × {s.columnCount}
                {s.hidden ? ', hidden' : ''})
              </option>
            ))}
          </select>
        </div>
      )}
      {p.busy && (
        <p role="status" className="muted">
          {p.busy}
        </p>
      )}
      {p.error && (
        <p className="notice notice-error" role="alert">
          {p.error}
        </p>
      )}
      {p.summary && <p className="import-summary">{p.summary}</p>}
      {p.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="About the files">
          {p.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
