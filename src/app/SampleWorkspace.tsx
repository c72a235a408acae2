/**
 * Everything for one open physical sample, laid out: the map pane beside a side panel with the
 * Entry and Review tabs, and the dialogs. The entry workflow is useEntrySession, the review
 * useReview, the sample's setup useWorkspaceSetup; this file only wires them together. Mounted
 * with `key={sampleId}`, so per-sample view state starts fresh.
 */
import { Activity, useMemo, useState } from 'react';
import type { PhysicalSample } from '../api/schemas';
import type { MapHighlight } from '../canvas/mapTypes';
import { stageToSampleMm } from '../domain/frames/calibration';
import type { PointMm } from '../domain/geometry/point';
import { ImportDialog } from '../panels/import/LazyImportDialog';
import { ExportPngDialog } from '../panels/LazyExportPngDialog';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { useStaging } from './drafts';
import { useEntrySession } from './entry/useEntrySession';
import { useInterruptedCheck } from './interruptedCheck';
import { ReviewTab } from './LazyReviewTab';
import { useReview } from './review/useReview';
import { useWorkspaceSetup } from './setup/useWorkspaceSetup';
import { useEntryKnownProperties } from './units/knownProperties';
import { useImportExport } from './useImportExport';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { EntryTab } from './workspace/EntryTab';
import { MapPane } from './workspace/MapPane';
import { SideTabs, type WorkspaceTab } from './workspace/SideTabs';

interface SampleWorkspaceProps {
  sample: PhysicalSample;
  onOpenSettings: () => void;
}

/** The open sample's workspace (see the module comment). */
export function SampleWorkspace({ sample, onOpenSettings }: SampleWorkspaceProps) {
  const sampleId = sample.id;
  // Outline, frame, limits and custom patterns: the sample's setup, shared through the server.
  const setup = useWorkspaceSetup(sample);
  const staging = useStaging(sampleId);
  const [tab, setTab] = useState<WorkspaceTab>('entry');
  const [helpOpen, setHelpOpen] = useState(false);
  // One highlight, by id, shared by the map and both tables.
  const [highlight, setHighlight] = useState<MapHighlight | null>(null);
  const calibration = setup.frame.calibration;
  const toSample = useMemo(
    () => (calibration ? (p: PointMm) => stageToSampleMm(calibration, p) : null),
    [calibration],
  );
  // Stored records, the shown property and its colours, the map layers: one source of truth.
  const review = useReview(sampleId, setup.outline, toSample, setup);
  const knownProperties = useEntryKnownProperties(review.properties);
  const entry = useEntrySession({
    sampleId,
    outline: setup.outline,
    placementBlocked: setup.placementBlocked,
    customs: setup.customs,
    frame: setup.frame,
    staging,
    tab,
    clearRecordSelection: () => review.selection.select([], 'replace'),
  });
  const interrupted = useInterruptedCheck(sampleId);
  const io = useImportExport({
    sampleName: sample.name,
    outline: setup.outline,
    staged: entry.staged,
    stored: review.allRecords,
    dispatch: staging.dispatch,
    onStatus: entry.setStatus,
    placementBlocked: setup.placementBlocked,
    colorBar:
      review.colour.scale && review.property !== null
        ? { scale: review.colour.scale, propertyName: review.property, unit: review.unit || null }
        : null,
    mapFacts: useMemo(
      () => ({
        values: review.sites.map((s) => s.value),
        limits: review.colour.limits,
        definition: review.settings.nonUniformity,
        interpolation:
          review.field.field && review.fieldView.showField ? review.field.field.method : null,
      }),
      [
        review.sites,
        review.colour.limits,
        review.settings.nonUniformity,
        review.field.field,
        review.fieldView.showField,
      ],
    ),
  });
  useWorkspaceKeys({
    onUndo: entry.undo,
    onRedo: entry.redo,
    onHelp: () => setHelpOpen(true),
    onSubmit: entry.submitStaged,
    unsavedCount: entry.staged.length,
  });
  const highlighted = (kind: MapHighlight['kind']) =>
    highlight?.kind === kind ? highlight.id : null;
  const highlightOf = (kind: MapHighlight['kind']) => (id: string | null) =>
    setHighlight(id ? { kind, id } : null);

  return (
    <div className="workspace">
      <MapPane
        sample={sample}
        setup={setup}
        entry={entry}
        review={review}
        io={io}
        tab={tab}
        highlight={highlight}
        onHighlight={setHighlight}
        onHelp={() => setHelpOpen(true)}
      />
      {/* The import dialog covers the side panel: keep keyboard and screen readers off it too. */}
      <aside className="side-panel" inert={io.importFlow.open}>
        <SideTabs
          tab={tab}
          onTab={setTab}
          stagedCount={entry.staged.length}
          storedCount={review.allRecords.length}
        />
        <div
          role="tabpanel"
          id="tabpanel-entry"
          aria-labelledby="tab-entry"
          hidden={tab !== 'entry'}
          className="tab-panel"
        >
          <EntryTab
            sampleId={sampleId}
            setup={setup}
            entry={entry}
            staging={staging}
            interrupted={interrupted}
            propertySuggestions={review.properties.map((p) => p.name)}
            knownProperties={knownProperties}
            highlightedId={highlighted('staged')}
            onHighlight={highlightOf('staged')}
            onOpenSettings={onOpenSettings}
            onImport={io.importFlow.openDialog}
            onExportCsv={io.exportStagedCsv}
          />
        </div>
        <div
          role="tabpanel"
          id="tabpanel-review"
          aria-labelledby="tab-review"
          hidden={tab !== 'review'}
          className="tab-panel"
        >
          {/* Hidden, the review keeps its state but renders only when the page is idle, so a
              submit or import of thousands of points does not re-render its table each step. */}
          <Activity mode={tab === 'review' ? 'visible' : 'hidden'}>
            <ReviewTab
              sampleId={sampleId}
              review={review}
              outline={setup.outline}
              highlightedId={highlighted('record')}
              onHighlight={highlightOf('record')}
              onOpenSettings={onOpenSettings}
              onExportCsv={io.exportStoredCsv}
              active={tab === 'review'}
            />
          </Activity>
        </div>
      </aside>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ImportDialog {...io.importFlow} outline={setup.outline} earlierImports={io.earlierImports} />
      <ExportPngDialog open={io.pngOpen} onClose={io.closePng} onExport={io.exportPng} />
    </div>
  );
}
