/**
 * Everything for one open physical sample: the map, entry (free or guided by a pattern), staged
 * points, submit and the stored records. Mounted with `key={sampleId}`, so per-sample view state
 * starts fresh.
 */
import { Activity, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PhysicalSample } from '../api/schemas';
import { SAMPLE_FRAME } from '../api/toRequest';
import { legendEntries } from '../canvas/legend';
import type { MapStagedPoint, TargetMarker } from '../canvas/mapTypes';
import { type MapTarget, SampleMap } from '../canvas/SampleMap';
import { stageToSampleMm } from '../domain/frames/calibration';
import { describeOutline, isInsideOutline } from '../domain/geometry/outline';
import type { PointMm } from '../domain/geometry/point';
import type { NewStaged } from '../domain/staging/entry';
import { enterAtSite, enteredSites, firstOpenSite, nextOpenSite } from '../domain/staging/guided';
import { formatCursor, formatMm } from '../domain/values/formatMm';
import { EntryForm } from '../panels/EntryForm';
import { FramePanel } from '../panels/FramePanel';
import { ImportDialog } from '../panels/import/LazyImportDialog';
import { ExportPngDialog } from '../panels/LazyExportPngDialog';
import { MapToolbar } from '../panels/MapToolbar';
import { PatternPanel } from '../panels/PatternPanel';
import { outlineSummary, SetupOutlinePanel } from '../panels/SetupOutlinePanel';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { stagingStore, useStaging } from './drafts';
import { useEntryFields } from './entryFields';
import { useInterruptedCheck } from './interruptedCheck';
import { ReviewTab } from './LazyReviewTab';
import { useGuidedPattern } from './patternStore';
import { describeRecordMarker, MapAside, reviewUnderlay } from './review/reviewMap';
import { useReview } from './review/useReview';
import { StagedSection } from './StagedSection';
import { useWorkspaceSetup } from './setup/useWorkspaceSetup';
import { useImportExport } from './useImportExport';
import { useMapAxes } from './useMapAxes';
import { useSelection } from './useSelection';
import { useSnapStep } from './useSnapStep';
import { type SubmitChoice, useSubmitStaged } from './useSubmitStaged';
import { useWorkspaceKeys } from './useWorkspaceKeys';

type Highlight = { kind: 'staged' | 'record'; id: string } | null;

interface SampleWorkspaceProps {
  sample: PhysicalSample;
  onOpenSettings: () => void;
}

export function SampleWorkspace({ sample, onOpenSettings }: SampleWorkspaceProps) {
  const sampleId = sample.id;
  // Outline, frame, limits and custom patterns: the sample's setup, shared through the server.
  const setup = useWorkspaceSetup(sample);
  const { outline, frame, setFrame, customs, setCustoms } = setup;
  const staging = useStaging(sampleId);
  const staged = staging.annotations;
  const [fields, setFields, clearValues] = useEntryFields(sampleId);
  const guided = useGuidedPattern(sampleId, outline, customs);
  const [snapStepMm, setSnapStepMm] = useSnapStep();
  const [showAxes, setShowAxes] = useMapAxes();
  const selection = useSelection();
  const [highlight, setHighlight] = useState<Highlight>(null);
  const [status, setStatus] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [tab, setTab] = useState<'entry' | 'review'>('entry');
  const [picking, setPicking] = useState<1 | 2 | null>(null);
  const [invalidCalibration, setInvalidCalibration] = useState<string[]>([]);
  const [marks, setMarks] = useState<[PointMm | null, PointMm | null]>([null, null]);
  const valueInputRef = useRef<HTMLInputElement>(null);
  // Values shown for a pattern site (goToSite), and a request to select them once rendered.
  const shownSiteValues = useRef<string[] | null>(null);
  const [selectValue, setSelectValue] = useState(0);
  useLayoutEffect(() => {
    if (selectValue === 0) return;
    // Typing replaces what is shown, as in a spreadsheet cell, instead of appending to it.
    valueInputRef.current?.focus();
    valueInputRef.current?.select();
  }, [selectValue]);
  const submit = useSubmitStaged(sampleId, (message) => {
    // What was shown at the site is now stored, not staged: it is no longer Enter's to replace.
    if (shownSiteValues.current) clearValues(shownSiteValues.current);
    shownSiteValues.current = null;
    setStatus(`${message}${restartGuidedEntry()}`);
  });
  const interrupted = useInterruptedCheck(sampleId);

  const calibration = frame.calibration;
  const toSample = useMemo(
    () => (calibration ? (p: PointMm) => stageToSampleMm(calibration, p) : null),
    [calibration],
  );
  // Stored records, the shown property and its colours, the map layers: one source of truth.
  const review = useReview(sampleId, outline, toSample, setup);
  const { allRecords: stored, properties, layer } = review;
  const io = useImportExport({
    sampleName: sample.name,
    outline,
    staged,
    stored,
    dispatch: staging.dispatch,
    onStatus: setStatus,
    placementBlocked: setup.placementBlocked,
    colorBar:
      review.colour.scale && review.property !== null
        ? { scale: review.colour.scale, propertyName: review.property, unit: review.unit || null }
        : null,
  });

  const stagedIds = useMemo(() => staged.map((a) => a.localId), [staged]);
  const stagedPoints = useMemo(
    (): MapStagedPoint[] => staged.map((a) => ({ id: a.localId, xMm: a.xMm, yMm: a.yMm })),
    [staged],
  );
  useEffect(() => {
    // Only a non-empty selection can hold ids that no longer exist.
    if (selection.selected.size > 0) selection.prune(new Set(stagedIds));
  }, [stagedIds, selection.selected, selection.prune]);

  const pattern = guided.pattern;
  const entered = useMemo(
    () => (pattern ? enteredSites({ annotations: staged }, pattern.name) : new Set<number>()),
    [pattern, staged],
  );
  const activeSite = pattern?.sites[guided.activeSite - 1] ?? null;
  const targets: TargetMarker[] = useMemo(
    () =>
      (pattern?.sites ?? []).map((s) => ({
        xMm: s.xMm,
        yMm: s.yMm,
        label: String(s.index),
        state: s.index === activeSite?.index ? 'active' : entered.has(s.index) ? 'done' : 'empty',
      })),
    [pattern, activeSite, entered],
  );

  const pending = useMemo((): PointMm | null => {
    if (activeSite) return null;
    const x = Number(fields.x);
    const y = Number(fields.y);
    return fields.x.trim() && fields.y.trim() && Number.isFinite(x) && Number.isFinite(y)
      ? { xMm: x, yMm: y }
      : null;
  }, [fields.x, fields.y, activeSite]);

  const place = (p: PointMm) => {
    if (picking) {
      setMarks((m) => (picking === 1 ? [p, m[1]] : [m[0], p]));
      setPicking(null);
      setStatus(`Reference mark ${picking} at ${formatCursor(p)}.`);
      return;
    }
    if (tab === 'review') {
      review.selection.select([], 'replace');
      setStatus('In Review a click selects a stored point; open the Entry tab to place new ones.');
      return;
    }
    if (setup.placementBlocked) {
      setStatus(`Nothing placed. ${setup.placementBlocked}`);
      return;
    }
    if (pattern) {
      setStatus('Guided entry places values at the pattern sites; choose "None" to click freely.');
      return;
    }
    setFields({ ...fields, x: p.xMm.toFixed(3), y: p.yMm.toFixed(3) });
    selection.select([], 'replace');
    setStatus('');
    valueInputRef.current?.focus();
  };

  /**
   * Make pattern site `index` active and show the values already staged there (so going back
   * shows what Enter would replace). `justStaged` are values staged in this same event, which the
   * staged list does not show yet.
   */
  const goToSite = (index: number, justStaged: NewStaged[] = []) => {
    if (!pattern) return;
    const site = Math.min(Math.max(1, index), pattern.sites.length);
    guided.setActiveSite(site);
    const at = (name: string) =>
      site === activeSite?.index
        ? justStaged.find((a) => a.propertyName === name)
        : staged.find(
            (a) =>
              a.site?.pattern === pattern.name && a.site.index === site && a.propertyName === name,
          );
    const properties = fields.properties.map((row) => {
      const a = at(row.property.trim());
      return { ...row, value: a ? String(a.propertyValue) : '' };
    });
    setFields({ ...fields, properties });
    shownSiteValues.current = properties.map((p) => p.value);
    setSelectValue((n) => n + 1);
  };

  /**
   * After a submit, guided entry starts a new pass at site 1 (or the first site still without
   * a staged value), so a second pass in site order puts each value on its own site.
   */
  const restartGuidedEntry = () => {
    if (!pattern) return '';
    const left = enteredSites(stagingStore.getState(sampleId), pattern.name);
    const site = firstOpenSite(pattern.sites.length, left);
    guided.setActiveSite(site);
    return ` Guided entry starts again at site ${site} of ${pattern.sites.length}.`;
  };

  /** Stage a point (at the active site when guided); false when refused (outline missing). */
  const stage = (annotations: NewStaged[]): boolean => {
    if (setup.placementBlocked) {
      setStatus(`Nothing staged. ${setup.placementBlocked}`);
      return false;
    }
    if (pattern && activeSite) {
      staging.dispatch(
        enterAtSite({ annotations: staged }, pattern.name, activeSite, annotations, () =>
          crypto.randomUUID(),
        ),
      );
      const done = new Set(entered).add(activeSite.index);
      // On to the next site in order; after the last, to the first one still open (if any).
      const next =
        activeSite.index < pattern.sites.length
          ? activeSite.index + 1
          : nextOpenSite(pattern.sites.length, activeSite.index, done);
      goToSite(next, annotations);
      setStatus(`Staged site ${activeSite.index}.`);
      return true;
    }
    staging.dispatch({
      type: 'add',
      annotations: annotations.map((a) => ({ ...a, localId: crypto.randomUUID() })),
    });
    const first = annotations[0];
    if (first) setStatus(`Staged ${annotations.length} value(s) at ${formatCursor(first)}.`);
    return true;
  };

  // The status line describes the last change; after undo/redo it says so instead.
  const undo = () => {
    if (!staging.canUndo) return;
    staging.dispatch({ type: 'undo' });
    setStatus('Undone. Ctrl+Shift+Z or Ctrl+Y redoes.');
  };
  const redo = () => {
    if (!staging.canRedo) return;
    staging.dispatch({ type: 'redo' });
    setStatus('Redone.');
  };
  // A refusal about the staged list ("outside the outline") is stale once the list changes.
  const clearBlocked = submit.clearBlocked;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the staged list changes.
  useEffect(() => clearBlocked(), [staged, clearBlocked]);

  /** Drag or nudge: refused, with the reason, when a point would leave the outline. */
  const moveSelection = (localIds: string[], dxMm: number, dyMm: number) => {
    const ids = new Set(localIds);
    // Counted by place: several properties measured at one site are one point.
    const leaving = new Set(
      staged
        .filter(
          (a) =>
            ids.has(a.localId) &&
            !isInsideOutline(outline, { xMm: a.xMm + dxMm, yMm: a.yMm + dyMm }),
        )
        .map((a) => `${a.xMm},${a.yMm}`),
    ).size;
    if (leaving > 0) {
      setStatus(
        `Not moved: ${leaving} point${leaving === 1 ? '' : 's'} would leave the ${describeOutline(outline)} outline.`,
      );
      return;
    }
    staging.dispatch({ type: 'move', localIds, dxMm, dyMm });
  };

  const deleteSelection = () => {
    if (selection.selected.size === 0) return;
    staging.dispatch({ type: 'remove', localIds: [...selection.selected] });
    setStatus(`Deleted ${selection.selected.size} staged point(s). Ctrl+Z undoes.`);
  };

  useWorkspaceKeys({
    onUndo: undo,
    onRedo: redo,
    onHelp: () => setHelpOpen(true),
    onSubmit: () => submit.submit(staged, submitTarget, outline),
    unsavedCount: staged.length,
  });

  const describeTarget = (t: MapTarget) => {
    if (t.kind === 'staged') {
      const n = staged.findIndex((a) => a.localId === t.id);
      const a = staged[n];
      if (!a) return null;
      return `Staged #${n + 1}: ${a.propertyName} ${a.propertyValue}${a.propertyUnit ? ` ${a.propertyUnit}` : ''} at ${formatCursor(a)}`;
    }
    if (t.kind === 'target') {
      const s = pattern?.sites[t.index];
      return s ? `Site ${s.index} at ${formatCursor(s)}: click to enter its value` : null;
    }
    return describeRecordMarker(review, t.id);
  };

  const submitTarget: SubmitChoice =
    frame.frame === 'sample_relative'
      ? SAMPLE_FRAME
      : !calibration
        ? {
            frame: 'stage_absolute',
            problem:
              'Submitting in stage_absolute needs a stage calibration: define it under "Coordinate frame", or submit in sample_relative.',
          }
        : invalidCalibration.length > 0
          ? {
              frame: 'stage_absolute',
              problem: `The stage calibration's ${invalidCalibration.join(' and ')} ${invalidCalibration.length === 1 ? 'is' : 'are'} not valid: fix ${invalidCalibration.length === 1 ? 'it' : 'them'} under "Coordinate frame" before submitting in stage_absolute.`,
            }
          : { frame: 'stage_absolute', calibration };
  // Computed only when the user saves a custom pattern, not on every change.
  const distinctPoints = () => {
    const seen = new Set<string>();
    return staged
      .filter((a) => !seen.has(`${a.xMm},${a.yMm}`) && seen.add(`${a.xMm},${a.yMm}`))
      .map(({ xMm, yMm }) => ({ xMm, yMm }));
  };

  return (
    <div className="workspace">
      <section className="map-panel" aria-label="Map">
        <MapToolbar
          title={sample.name ?? 'Unnamed sample'}
          outlineText={outlineSummary(outline, setup.outlineStatus).replace(
            /^Outline: /,
            setup.outlineStatus === 'missing' ? 'outline ' : '',
          )}
          properties={properties}
          colorProperty={review.property}
          onColorProperty={review.setProperty}
          snapStepMm={snapStepMm}
          onSnapStep={setSnapStepMm}
          showAxes={showAxes}
          onShowAxes={setShowAxes}
          canUndo={staging.canUndo}
          canRedo={staging.canRedo}
          onUndo={undo}
          onRedo={redo}
          onHelp={() => setHelpOpen(true)}
          onExportPng={io.openPng}
        />
        <div className="map-area">
          <SampleMap
            outline={outline}
            layers={{
              records: layer.markers,
              staged: stagedPoints,
              targets,
              pending,
              preview: io.importFlow.preview,
              underlay: reviewUnderlay(review),
              extrapolated: review.extrapolatedFraction > 0,
            }}
            selectedIds={selection.selected}
            highlight={highlight}
            snapStepMm={snapStepMm}
            showAxes={showAxes}
            focusRequest={review.selection.focus}
            label={`Map of ${sample.name ?? 'the sample'} (${describeOutline(outline)}): ${stored.length} stored and ${staged.length} staged annotations. The tables list every point. Press ? for keyboard shortcuts.`}
            handlers={{
              onPlace: place,
              onPlaceOutside: (p) =>
                setStatus(
                  `Nothing placed: (${formatMm(p.xMm)}, ${formatMm(p.yMm)}) mm is outside the ${describeOutline(outline)} outline.`,
                ),
              onActivateTarget: (i) => {
                const s = pattern?.sites[i];
                if (!s) return;
                goToSite(s.index);
              },
              onActivateRecord: tab === 'review' ? review.pickMarker : undefined,
              onSelect: selection.select,
              onMoveSelection: moveSelection,
              onDeleteSelection: deleteSelection,
              onHover: (t) => setHighlight(t && t.kind !== 'target' ? t : null),
              describeTarget,
            }}
            imageRef={io.imageRef}
          />
          <MapAside
            review={review}
            legend={legendEntries({
              records: layer.markers,
              staged: stagedPoints,
              targets,
              preview: io.importFlow.preview,
              extrapolated: review.extrapolatedFraction > 0,
            })}
          />
        </div>
        <p className="map-status" role="status" aria-label="Map messages" title={status}>
          {status}
          {layer.unplaced.count > 0 && (
            <span className="unplaced">
              {layer.unplaced.count} stored record{layer.unplaced.count === 1 ? ' is' : 's are'} not
              drawn: {layer.unplaced.reasons.join('; ')}.
            </span>
          )}
        </p>
      </section>

      {/* The import dialog covers the side panel: keep keyboard and screen readers off it too. */}
      <aside className="side-panel" inert={io.importFlow.open}>
        <div className="tabs" role="tablist" aria-label="Side panel">
          {(['entry', 'review'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`tabpanel-${t}`}
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft')
                  setTab(t === 'entry' ? 'review' : 'entry');
              }}
            >
              {t === 'entry'
                ? `Entry (${staged.length} staged)`
                : `Review (${stored.length} stored)`}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id="tabpanel-entry"
          aria-labelledby="tab-entry"
          hidden={tab !== 'entry'}
          className="tab-panel"
        >
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
              onSpec={(spec) => {
                if (setup.placementBlocked && spec.kind !== 'none') {
                  setStatus(`No pattern chosen. ${setup.placementBlocked}`);
                  return;
                }
                guided.setSpec(spec);
                // A value typed or shown for a site of the old pattern belongs to no site now.
                clearValues();
                shownSiteValues.current = null;
              }}
              siteCount={pattern?.sites.length ?? 0}
              error={guided.error}
              customs={customs}
              onCustoms={setCustoms}
              stagedPoints={distinctPoints}
            />
          </details>
          <details className="panel">
            <summary>
              Coordinate frame: {frame.frame}
              {calibration ? ' (calibrated)' : ''}
            </summary>
            <FramePanel
              onInvalidFields={setInvalidCalibration}
              settings={frame}
              onChange={setFrame}
              marks={marks}
              picking={picking}
              onPick={setPicking}
            />
          </details>

          <section className="panel" aria-labelledby="entry-heading">
            <h2 id="entry-heading">Enter a measurement</h2>
            <EntryForm
              outline={outline}
              fields={fields}
              onChange={setFields}
              valueInputRef={valueInputRef}
              propertySuggestions={properties.map((p) => p.name)}
              onStage={stage}
              guided={
                pattern && activeSite
                  ? {
                      site: activeSite,
                      siteCount: pattern.sites.length,
                      enteredCount: entered.size,
                      onBack: () => goToSite(activeSite.index - 1),
                      onSkip: () => goToSite(activeSite.index + 1),
                    }
                  : null
              }
            />
          </section>

          <StagedSection
            sampleId={sampleId}
            staged={staged}
            outline={outline}
            notice={staging.notice}
            onDismissNotice={staging.dismissNotice}
            storedEdited={staging.storedEdited}
            interrupted={interrupted.state}
            onDismissInterrupted={interrupted.dismiss}
            submit={submit}
            submitFrame={submitTarget}
            highlightedId={highlight?.kind === 'staged' ? highlight.id : null}
            selectedIds={selection.selected}
            onHighlight={(id) => setHighlight(id ? { kind: 'staged', id } : null)}
            onSelect={selection.select}
            onUpdate={(localId, changes) => {
              staging.dispatch({ type: 'update', localId, changes });
              submit.clearRowError(localId);
            }}
            onRemove={(localIds) => staging.dispatch({ type: 'remove', localIds })}
            onDeleteSelection={deleteSelection}
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
              outline={outline}
              highlightedId={highlight?.kind === 'record' ? highlight.id : null}
              onHighlight={(id) => setHighlight(id ? { kind: 'record', id } : null)}
              onOpenSettings={onOpenSettings}
              onExportCsv={io.exportStoredCsv}
              active={tab === 'review'}
            />
          </Activity>
        </div>
      </aside>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ImportDialog {...io.importFlow} outline={outline} earlierImports={io.earlierImports} />
      <ExportPngDialog open={io.pngOpen} onClose={io.closePng} onExport={io.exportPng} />
    </div>
  );
}
