/**
 * The Entry tab of the sample workspace: the outline, the measurement pattern, the coordinate
 * frame, the entry form and the staged list with its submit. Everything it does goes through
 * the entry session (useEntrySession) and the sample's setup.
 */
import type { StagedAnnotationChanges } from '../../domain/staging/staged';
import type { KnownProperty } from '../../io/vocabulary';
import { EntryForm } from '../../panels/EntryForm';
import { FramePanel } from '../../panels/FramePanel';
import { PatternPanel } from '../../panels/PatternPanel';
import { SetupOutlinePanel } from '../../panels/SetupOutlinePanel';
import type { useStaging } from '../drafts';
import type { EntrySession } from '../entry/useEntrySession';
import type { useInterruptedCheck } from '../interruptedCheck';
import { StagedSection } from '../StagedSection';
import type { WorkspaceSetup } from '../setup/useWorkspaceSetup';

interface EntryTabProps {
  sampleId: string;
  setup: WorkspaceSetup;
  entry: EntrySession;
  staging: ReturnType<typeof useStaging>;
  interrupted: ReturnType<typeof useInterruptedCheck>;
  /** Names of the stored properties, offered in the Property field. */
  propertySuggestions: string[];
  /** Names and units stored for the sample, then the lab: the entry form's unit offers. */
  knownProperties: readonly KnownProperty[];
  highlightedId: string | null;
  onHighlight: (localId: string | null) => void;
  onOpenSettings: () => void;
  onImport: () => void;
  onExportCsv: () => void;
}

/** The Entry tab's panels; see the module comment. */
export function EntryTab({ setup, entry, staging, ...p }: EntryTabProps) {
  const { outline, frame } = setup;
  const { pattern, guided, activeSite, entered, submit } = entry;
  return (
    <>
      <SetupOutlinePanel
        outline={outline}
        outlineStatus={setup.outlineStatus}
        guessText={setup.guess?.matchedText ?? null}
        onChange={setup.setOutline}
        onConfirm={setup.confirmOutline}
        status={setup.status}
        onRetry={setup.retry}
      />
      <details className="panel" open={pattern !== null || guided.error !== null || undefined}>
        <summary>
          Pattern:{' '}
          {pattern
            ? `${pattern.name} (${entered.size} / ${pattern.sites.length})`
            : guided.error
              ? 'not built (see below)'
              : 'none'}
        </summary>
        <PatternPanel
          spec={guided.spec}
          onSpec={entry.choosePattern}
          siteCount={pattern?.sites.length ?? 0}
          error={guided.error}
          customs={setup.customs}
          onCustoms={setup.setCustoms}
          stagedPoints={entry.distinctPoints}
        />
      </details>
      <details className="panel">
        <summary>
          Coordinate frame: {frame.frame}
          {frame.calibration ? ' (calibrated)' : ''}
        </summary>
        <FramePanel
          onInvalidFields={entry.setInvalidCalibration}
          settings={frame}
          onChange={setup.setFrame}
          marks={entry.marks}
          picking={entry.picking}
          onPick={entry.setPicking}
        />
      </details>

      <section className="panel" aria-labelledby="entry-heading">
        <h2 id="entry-heading">Enter a measurement</h2>
        <EntryForm
          outline={outline}
          fields={entry.fields}
          onChange={entry.setFields}
          valueInputRef={entry.valueInputRef}
          propertySuggestions={p.propertySuggestions}
          knownProperties={p.knownProperties}
          onStage={entry.stage}
          guided={
            pattern && activeSite
              ? {
                  site: activeSite,
                  siteCount: pattern.sites.length,
                  enteredCount: entered.size,
                  onBack: () => entry.goToSite(activeSite.index - 1, -1),
                  onSkip: () => entry.goToSite(activeSite.index + 1),
                  onUnreachable: entry.skipUnreachable,
                }
              : null
          }
        />
      </section>

      <StagedSection
        sampleId={p.sampleId}
        staged={entry.staged}
        outline={outline}
        notice={staging.notice}
        onDismissNotice={staging.dismissNotice}
        storedEdited={staging.storedEdited}
        interrupted={p.interrupted.state}
        onDismissInterrupted={p.interrupted.dismiss}
        submit={submit}
        submitFrame={entry.submitFrame}
        highlightedId={p.highlightedId}
        selectedIds={entry.selection.selected}
        onHighlight={p.onHighlight}
        onSelect={entry.selection.select}
        onUpdate={(localId: string, changes: StagedAnnotationChanges) => {
          // Also puts it back when it was deleted or stored meanwhile (see detachedEdit.ts).
          staging.saveEdit(localId, changes);
          submit.clearRowError(localId);
        }}
        onRemove={(localIds) => staging.dispatch({ type: 'remove', localIds })}
        detached={staging.detached}
        writtenElsewhere={staging.writtenElsewhere}
        onDeleteSelection={entry.deleteSelection}
        onOpenSettings={p.onOpenSettings}
        onImport={p.onImport}
        onExportCsv={p.onExportCsv}
      />
    </>
  );
}
