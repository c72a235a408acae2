/** The staged annotations of the open sample: draft notices, the table, and the submit bar. */

import { MAX_CHUNK_SIZE } from '../api/submit';
import type { SampleOutline } from '../domain/geometry/outline';
import type { StagedField, StoredMark } from '../domain/staging/draftDoc';
import { FIELD_OF_KEY } from '../domain/staging/editForm';
import type { DetachedRow } from '../domain/staging/gone';
import type { SelectMode } from '../domain/staging/selection';
import type { StagedAnnotation, StagedAnnotationChanges } from '../domain/staging/staged';
import { formatCount } from '../domain/values/plural';
import { ErrorNotice } from '../panels/ErrorNotice';
import { NumberField } from '../panels/NumberField';
import { StagedTable } from '../panels/StagedTable';
import { editLabel } from '../panels/staged/StagedEditRow';
import { useDetachedEdit } from './detachedEdit';
import { entryMessages as say } from './entry/messages';
import type { InterruptedState } from './interruptedCheck';
import { SubmitNotices } from './SubmitNotices';
import { SubmitProgressBar } from './SubmitProgressBar';
import type { DraftNotice } from './stagingStore';
import { useSubmitFlags } from './submitProgress';
import type { SubmitChoice, useSubmitStaged } from './useSubmitStaged';

interface StagedSectionProps {
  sampleId: string;
  staged: StagedAnnotation[];
  outline: SampleOutline;
  notice: DraftNotice | null;
  onDismissNotice: () => void;
  /** Staged annotations already stored by a submit and edited since. */
  storedEdited: ReadonlyMap<string, StoredMark>;
  /** The check of an interrupted submit on opening the sample. */
  interrupted: InterruptedState;
  onDismissInterrupted: () => void;
  submit: ReturnType<typeof useSubmitStaged>;
  submitFrame: SubmitChoice;
  highlightedId: string | null;
  selectedIds: ReadonlySet<string>;
  onHighlight: (localId: string | null) => void;
  onSelect: (localIds: string[], mode: SelectMode) => void;
  onUpdate: (localId: string, changes: StagedAnnotationChanges) => void;
  onRemove: (localIds: string[]) => void;
  /** True when `field` of `localId` was last written by another tab (useStaging). */
  writtenElsewhere: (localId: string, field: StagedField) => boolean;
  /** The annotation being edited, if it left the staged list meanwhile (useStaging). */
  detached: (localId: string) => DetachedRow | null;
  onDeleteSelection: () => void;
  onOpenSettings: () => void;
  /** Opens the import dialog. */
  onImport: () => void;
  /** Downloads the staged list as CSV. */
  onExportCsv: () => void;
}

export function StagedSection(p: StagedSectionProps) {
  const { staged, submit } = p;
  const edit = useDetachedEdit(staged, p.detached);
  // Progress itself is read by the progress bar only: a chunk re-renders the bar, not the table.
  const { waiting, cancelling } = useSubmitFlags(p.sampleId);
  // Until the server says what an interrupted submit stored, its rows are not sent blindly.
  const checking = p.interrupted.phase === 'checking';
  const label = submit.paused
    ? 'Waiting for network…'
    : waiting
      ? 'Another tab is submitting…'
      : checking
        ? 'Checking the interrupted submit…'
        : submit.pending
          ? 'Submitting…'
          : `Submit ${staged.length} annotation${staged.length === 1 ? '' : 's'}`;
  return (
    <section className="panel" aria-labelledby="staged-heading">
      <div className="section-heading">
        <h2 id="staged-heading">Staged ({formatCount(staged.length)})</h2>
        <span className="section-actions">
          <button type="button" onClick={p.onImport}>
            Import table…
          </button>
          <button
            type="button"
            disabled={staged.length === 0}
            onClick={p.onExportCsv}
            title="Download the staged annotations as CSV (API field names)"
          >
            Export CSV
          </button>
        </span>
      </div>
      {p.notice?.kind === 'loading' && (
        <p className="notice" role="status">
          {p.notice.message}
        </p>
      )}
      {p.notice && p.notice.kind !== 'loading' && (
        <div className="notice notice-warning" role="alert">
          {p.notice.message}{' '}
          <button type="button" className="link-button" onClick={p.onDismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <SubmitNotices
        staged={staged}
        storedEdited={p.storedEdited}
        interrupted={p.interrupted}
        onDismissInterrupted={p.onDismissInterrupted}
        ledgerBlocked={submit.ledgerBlocked}
        onSubmitWithoutLedger={() =>
          submit.submit(staged, p.submitFrame, p.outline, { withoutLedger: true })
        }
      />
      {edit.notice && (
        <p className="notice notice-warning" role="status" aria-label="Edited row no longer staged">
          {edit.notice}
        </p>
      )}
      {edit.replaced && (
        <p className="notice notice-warning" role="status" aria-label="Edit replaced newer values">
          {edit.replaced}{' '}
          <button type="button" className="link-button" onClick={() => edit.setReplaced(null)}>
            Dismiss
          </button>
        </p>
      )}
      {edit.rows.length > 0 ? (
        <StagedTable
          staged={edit.rows}
          outline={p.outline}
          rowErrors={submit.rowErrors}
          highlightedId={p.highlightedId}
          selectedIds={p.selectedIds}
          onHighlight={p.onHighlight}
          onSelect={p.onSelect}
          onUpdate={p.onUpdate}
          onRemove={p.onRemove}
          onEditingChange={edit.onEditingChange}
          onReplaced={(localId, row, replaced) =>
            edit.setReplaced(
              say.replacedOnSave(
                row,
                replaced.map((r) => ({
                  ...r,
                  label: editLabel(r.key),
                  elsewhere: p.writtenElsewhere(localId, FIELD_OF_KEY[r.key]),
                })),
              ),
            )
          }
        />
      ) : (
        <p className="muted">
          Nothing staged. Click the map or type coordinates, then a value; or import a table.
        </p>
      )}
      <div className="submit-bar">
        <button
          type="button"
          className="primary"
          disabled={staged.length === 0 || submit.pending || checking}
          onClick={() => submit.submit(staged, p.submitFrame, p.outline)}
        >
          {label}
        </button>
        <span className="muted">as {p.submitFrame.frame}</span>
        {submit.pending && (
          <button type="button" onClick={submit.cancel} disabled={cancelling}>
            {cancelling ? 'Stopping after this chunk…' : 'Cancel'}
          </button>
        )}
        {p.selectedIds.size > 0 && !submit.pending && (
          <button type="button" onClick={p.onDeleteSelection}>
            Delete {p.selectedIds.size} selected
          </button>
        )}
      </div>
      {submit.paused && (
        <p className="notice notice-warning" role="status">
          Waiting for network… The browser is offline; the submit is sent once when the connection
          returns. Staged points stay until the server confirms them.
        </p>
      )}
      <SubmitProgressBar sampleId={p.sampleId} />
      {submit.blocked && (
        <p className="notice notice-error" role="alert">
          {submit.blocked}
        </p>
      )}
      {submit.error && (
        <ErrorNotice
          error={submit.error}
          title={
            submit.storedBeforeFailure > 0
              ? `Submit stopped after ${submit.storedBeforeFailure} stored annotations`
              : 'Submit failed'
          }
          onOpenSettings={p.onOpenSettings}
          chunkSize={submit.settings.chunkSize}
        />
      )}
      <details className="submit-settings">
        <summary>Submit settings</summary>
        <div className="field-grid">
          <NumberField
            label="Chunk size (annotations per request)"
            value={submit.settings.chunkSize}
            min={1}
            max={MAX_CHUNK_SIZE}
            integer
            onCommit={(v) => submit.setSettings({ ...submit.settings, chunkSize: v })}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={submit.settings.tokens}
            onChange={(e) => submit.setSettings({ ...submit.settings, tokens: e.target.checked })}
          />
          Add a resubmit token to each annotation's metadata (client_batch, client_index)
        </label>
        <p className="hint">
          {submit.settings.tokens
            ? 'If an answer is lost (timeout, connection reset, tab closed), the next submit first checks which annotations were stored and sends only the rest.'
            : 'Without the token, resubmitting after a lost answer can store annotations twice.'}
        </p>
      </details>
    </section>
  );
}
