/**
 * How the file is read: the preset (detected, changeable) with its notes, the wafer of a file of
 * wafer blocks, the delimiter, the header line, headerless data and decimal commas; plus a look
 * at the first rows.
 */
import { useEffect, useState } from 'react';
import type { AnalysisView, SessionOptions } from '../../io/importSession';
import type { ImportMapping } from '../../io/mapping';
import { IMPORT_PRESETS, presetById } from '../../io/presets/registry';
import type { Delimiter } from '../../io/readTable';

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

interface FileSettingsProps {
  analysis: AnalysisView;
  options: SessionOptions;
  mapping: ImportMapping;
  onOptions: (options: SessionOptions) => void;
  onMapping: (mapping: ImportMapping) => void;
}

/** The header-line field: applied on Enter or when it loses focus, not on every keystroke. */
function HeaderLineField(p: {
  value: number | null;
  onCommit: (line: number | undefined) => void;
}) {
  const [text, setText] = useState(p.value === null ? '' : String(p.value));
  useEffect(() => setText(p.value === null ? '' : String(p.value)), [p.value]);
  const commit = () => {
    const n = Number(text);
    if (text.trim() === '') p.onCommit(undefined);
    else if (Number.isInteger(n) && n >= 1 && n !== p.value) p.onCommit(n);
  };
  return (
    <input
      id="import-header-line"
      type="number"
      min={1}
      className="narrow"
      placeholder="auto"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function FileSettings({
  analysis: a,
  options,
  mapping,
  onOptions,
  onMapping,
}: FileSettingsProps) {
  const preset = presetById(a.preset);
  // A file of wafer blocks has its own layout: no delimiter or header line to choose.
  const blocks = preset.layout === 'wafer-blocks';
  const lot = blocks && a.wafer ? preset.blockPlace(a.wafer).lot : null;
  const stats = a.wafer?.statistics;
  return (
    <fieldset className="import-section">
      <legend>File</legend>
      <div className="field-grid">
        <label htmlFor="import-preset">Format</label>
        <select
          id="import-preset"
          value={a.preset}
          onChange={(e) => onOptions({ preset: presetById(e.target.value).id })}
        >
          {IMPORT_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
              {p.id === a.detectedPreset ? ' (detected)' : ''}
            </option>
          ))}
        </select>
        {a.waferIds.length > 0 && (
          <>
            <label htmlFor="import-wafer">Wafer (WAFER ID)</label>
            <select
              id="import-wafer"
              value={a.wafer?.waferId ?? ''}
              onChange={(e) => onOptions({ ...options, waferId: e.target.value })}
            >
              {a.waferIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </>
        )}
        {!blocks && (
          <>
            <label htmlFor="import-delimiter">Delimiter</label>
            <select
              id="import-delimiter"
              value={options.delimiter ?? ''}
              onChange={(e) => {
                const d = e.target.value as Delimiter | '';
                const { delimiter: _, headerLine: __, ...rest } = options;
                onOptions(d ? { ...rest, delimiter: d } : rest);
              }}
            >
              <option value="">Detected ({DELIMITER_NAMES[a.delimiter]})</option>
              <option value=",">Comma</option>
              <option value=";">Semicolon</option>
              <option value={'\t'}>Tab</option>
            </select>
            <label htmlFor="import-header-line">Header line</label>
            <span className="inline-form">
              <HeaderLineField
                value={a.headerless ? null : (options.headerLine ?? null)}
                onCommit={(headerLine) => {
                  const { headerLine: _, headerless: __, ...rest } = options;
                  onOptions(
                    headerLine === undefined ? rest : { ...rest, headerLine, headerless: false },
                  );
                }}
              />
              <span className="muted">
                {a.headerless
                  ? 'none'
                  : a.headerLine === null
                    ? 'not found'
                    : `found on line ${a.headerLine}`}
              </span>
            </span>
          </>
        )}
      </div>
      {!blocks && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={a.headerless}
            onChange={(e) => {
              const { headerLine: _, ...rest } = options;
              onOptions({ ...rest, headerless: e.target.checked });
            }}
          />
          No header row: the first row is data (columns become Column 1, 2 …)
        </label>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={mapping.decimalComma}
          onChange={(e) => onMapping({ ...mapping, decimalComma: e.target.checked })}
        />
        Decimal comma (1,5 is one and a half)
        <span className="muted">
          {a.decimalCommaGuess === mapping.decimalComma ? '— as detected' : '— changed'}
        </span>
      </label>
      {preset.notes.length > 0 && <p className="hint">{preset.notes.join(' ')}</p>}
      <p className="hint">
        {a.rowCount} data row{a.rowCount === 1 ? '' : 's'}
        {a.statisticsRowCount > 0 &&
          `; ${a.statisticsRowCount} statistics row${a.statisticsRowCount === 1 ? '' : 's'} set aside (${a.statisticsRows
            .slice(0, 8)
            .map((r) => r.label)
            .join(', ')})`}
        .
      </p>
      {blocks && stats && a.wafer && (
        <p className="hint">
          Wafer {a.wafer.waferId}
          {lot ? `, lot ${lot}` : ''}. File statistics:{' '}
          {a.wafer.resultTypes
            .map(
              (r, i) => `${r} MEAN ${stats.MEAN?.[i] ?? '—'}, STDDEV ${stats.STDDEV?.[i] ?? '—'}`,
            )
            .join('; ')}
        </p>
      )}
      {a.previewRows.length > 0 && (
        <details className="import-first-rows">
          <summary>First rows</summary>
          <div className="table-scroll">
            <table className="data-table" aria-label="First rows of the table">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {a.header.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                    <th scope="col" key={i}>
                      {h || `Column ${i + 1}`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {a.previewRows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    {a.header.map((_, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                      <td key={i}>{r.cells[i] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </fieldset>
  );
}
