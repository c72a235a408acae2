/**
 * Where the import comes from: a CSV, TSV or TXT file (chosen, or dropped anywhere on the
 * dialog), or cells pasted from Excel or Google Sheets (tab-separated text) into the paste box.
 */
import type { ClipboardEvent } from 'react';
import { formatBytes } from '../../io/importLimits';
import type { ImportSourceInfo } from './types';

/** File types offered by the file chooser (any other file can still be dropped). */
export const IMPORT_ACCEPT =
  '.csv,.tsv,.txt,.tab,.dat,text/csv,text/tab-separated-values,text/plain';

interface SourcePickerProps {
  source: ImportSourceInfo | null;
  pasteText: string;
  onChooseFile: (file: File) => void;
  onPasteText: (text: string) => void;
  onReadPaste: (text: string) => void;
}

export function SourcePicker(p: SourcePickerProps) {
  // Pasting into the box reads the table at once; typed or edited text waits for the button.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!pasted) return;
    e.preventDefault();
    const box = e.currentTarget;
    const text =
      box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    p.onPasteText(text);
    p.onReadPaste(text);
  };
  return (
    <section className="import-section" aria-labelledby="import-source-heading">
      <h3 id="import-source-heading">Source</h3>
      <div className="import-file-row">
        <label className="file-button">
          Choose file…
          <input
            type="file"
            accept={IMPORT_ACCEPT}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Reset, so choosing the same file again (after editing it) reads it again.
              e.target.value = '';
              if (file) p.onChooseFile(file);
            }}
          />
        </label>
        <span className="muted">or drop a CSV, TSV or TXT file here (up to 50 MB)</span>
      </div>
      {p.source && (
        <p className="import-source-line">
          {p.source.kind === 'file' ? (
            <>
              File <strong>{p.source.name}</strong>
            </>
          ) : (
            'Pasted table'
          )}{' '}
          <span className="muted">
            ({formatBytes(p.source.bytes)}
            {p.source.offThread ? ', read in the background' : ''})
          </span>
        </p>
      )}
      <label htmlFor="import-paste" className="import-paste-label">
        Or paste cells from Excel or Google Sheets
      </label>
      <textarea
        id="import-paste"
        className="import-paste"
        rows={3}
        spellCheck={false}
        placeholder={'x (mm)\ty (mm)\tthickness (nm)\n0\t0\t25.1'}
        value={p.pasteText}
        onChange={(e) => p.onPasteText(e.target.value)}
        onPaste={onPaste}
      />
      <button
        type="button"
        disabled={p.pasteText.trim() === ''}
        onClick={() => p.onReadPaste(p.pasteText)}
      >
        Read pasted table
      </button>
    </section>
  );
}
