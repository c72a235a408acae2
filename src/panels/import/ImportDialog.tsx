/**
 * The import dialog: a non-modal side sheet over the side panel, so the map stays visible and
 * usable (zoom in on the preview) while the user reads the file, maps its columns and checks the
 * result. Labelled by its title; focus moves in when it opens and back to the opener when it
 * closes; Escape closes it without losing anything (the state lives in useImportFlow).
 */
import { useEffect, useRef } from 'react';
import type { SampleOutline } from '../../domain/geometry/outline';
import { isFitQuality, mappingProblems } from '../../io/importMessages';
import { withCoordinateFrame } from '../../io/originOffset';
import { presetById } from '../../io/presets/registry';
import { useFileDrop } from '../useFileDrop';
import { CoordinateMapping } from './CoordinateMapping';
import { FileSettings } from './FileSettings';
import { ImportChecks } from './ImportChecks';
import { ImportProgress } from './ImportProgress';
import { SourcePicker } from './SourcePicker';
import type { ImportDialogActions, ImportDialogState } from './types';
import { ValueColumns } from './ValueColumns';

export interface ImportDialogProps extends ImportDialogState, ImportDialogActions {
  /** How many stored and staged annotations already came from this file (and KLA wafer). */
  earlierImports: (
    sourceFile: string | null,
    waferId: string | null,
  ) => { stored: number; staged: number };
  /** The open sample's outline (for corner origins and the unit fix). */
  outline: SampleOutline;
}

/** Why the Stage button is disabled, first reason first; [] when staging can go ahead. */
function blockers(p: ImportDialogProps, toStage: number): string[] {
  if (!p.analysis || !p.mapping || !p.view) return [];
  const out = mappingProblems(p.mapping, p.analysis.header);
  if (p.blocked) out.unshift(p.blocked);
  if (!p.unitConfirmed) out.push('Check the coordinate unit, then tick “Unit checked”.');
  // Some formats (KLA-F5x) do not state the unit of their values (GOF has none): the user must.
  if (!presetById(p.analysis.preset).units.valueUnitsStated) {
    for (const v of p.mapping.values) {
      if (!v.propertyUnit && !isFitQuality(v)) {
        out.push(`Type the unit of “${v.propertyName}” (the file does not state it).`);
      }
    }
  }
  if (out.length === 0 && toStage === 0) {
    out.push(
      p.view.pointCount === 0
        ? 'Nothing to stage: no row has readable coordinates and a value.'
        : 'Every point is outside the outline; tick “Stage them too” or fix the mapping.',
    );
  }
  return out;
}

export function ImportDialog(p: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const { dropProps } = useFileDrop((files) => {
    if (files[0]) p.chooseFile(files[0]);
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (p.open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.show();
      dialog.querySelector<HTMLElement>('.import-header h2')?.focus();
    } else if (!p.open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [p.open]);

  // Escape closes the sheet while focus is in it, or nowhere (a button that had focus may have
  // been removed, e.g. "Use µm" once clicked); never when the user is working elsewhere.
  const close = p.close;
  useEffect(() => {
    if (!p.open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const focus = document.activeElement;
      const inSheet = focus !== null && ref.current?.contains(focus);
      if (!inSheet && focus !== null && focus !== document.body) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [p.open, close]);

  const { analysis, mapping, view } = p;
  const toStagePoints = view
    ? p.includeOutside
      ? view.pointCount
      : view.pointCount - view.outsideCount
    : 0;
  const toStageValues = view ? (p.includeOutside ? view.valueCount : view.insideValueCount) : 0;
  const reasons = blockers(p, toStagePoints);
  const canStage = view !== null && !p.busy && reasons.length === 0;

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" {...dropProps}>
      <header className="import-header">
        <h2 id="import-title" tabIndex={-1}>
          Import a table
        </h2>
        <button
          type="button"
          aria-label="Close import"
          title="Close (Esc); nothing is lost"
          onClick={p.close}
        >
          ✕
        </button>
      </header>
      <div className="import-body">
        <SourcePicker
          source={p.source}
          pasteText={p.pasteText}
          onChooseFile={p.chooseFile}
          onPasteText={p.setPasteText}
          onReadPaste={p.readPaste}
        />
        {p.busy && <ImportProgress busy={p.busy} />}
        {p.error && (
          <p className="notice notice-error" role="alert">
            {p.error}
          </p>
        )}
        {analysis && mapping && (
          <>
            <FileSettings
              analysis={analysis}
              options={p.options}
              mapping={mapping}
              onOptions={p.setOptions}
              onMapping={p.setMapping}
            />
            <CoordinateMapping
              analysis={analysis}
              mapping={mapping}
              outline={p.outline}
              unitConfirmed={p.unitConfirmed}
              onMapping={p.setMapping}
              onUnitConfirmed={p.setUnitConfirmed}
            />
            <ValueColumns
              analysis={analysis}
              mapping={mapping}
              sourceType={p.sourceType}
              onMapping={p.setMapping}
              onSourceType={p.setSourceType}
              known={p.known}
            />
            {view && (
              <ImportChecks
                analysis={analysis}
                view={view}
                earlier={p.earlierImports(
                  p.source?.kind === 'file' ? p.source.name : null,
                  analysis.wafer?.waferId ?? null,
                )}
                mapping={mapping}
                notes={p.notes}
                includeOutside={p.includeOutside}
                onIncludeOutside={p.setIncludeOutside}
                onUseUnit={(s) =>
                  p.setMapping(withCoordinateFrame(mapping, p.outline, { coordinateUnit: s.to }))
                }
              />
            )}
          </>
        )}
      </div>
      <footer className="import-footer">
        {reasons.length > 0 && (
          <ul className="import-blockers" aria-label="Before staging">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <div className="import-footer-buttons">
          <button type="button" className="primary" disabled={!canStage} onClick={p.stage}>
            Stage {toStagePoints} point{toStagePoints === 1 ? '' : 's'} ({toStageValues} value
            {toStageValues === 1 ? '' : 's'})
          </button>
          <button type="button" disabled={!p.source && p.pasteText === ''} onClick={p.discard}>
            Discard import
          </button>
          <span className="muted">Staged as one step: Ctrl+Z undoes it.</span>
        </div>
      </footer>
    </dialog>
  );
}
