/**
 * Runs the entry workflow (entrySession.ts) for one open sample: it holds the entry fields, the
 * guided pattern and its active site, the staged selection, the status line, the reference marks
 * picked for the stage calibration and the submit, and applies what each event returns.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { annotationKeys } from '../../api/queries';
import type { MapStagedPoint, MapTarget } from '../../canvas/mapTypes';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { PointMm } from '../../domain/geometry/point';
import type { CustomPattern } from '../../domain/patterns/custom';
import type { PatternSpec } from '../../domain/patterns/descriptor';
import type { FrameSettings } from '../../domain/setup/status';
import type { NewStaged } from '../../domain/staging/entry';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { stagingStore, type useStaging } from '../drafts';
import { useEntryFields } from '../entryFields';
import { useGuidedPattern } from '../patternStore';
import { useSelection } from '../useSelection';
import { useSubmitStaged } from '../useSubmitStaged';
import * as session from './entrySession';
import * as view from './entryView';
import { entryMessages as say } from './messages';
import { skipUnreachable } from './skipUnreachable';

export interface EntrySessionInput {
  sampleId: string;
  outline: SampleOutline;
  /** Why nothing may be placed yet (the outline is missing); null when it may. */
  placementBlocked: string | null;
  customs: CustomPattern[];
  frame: FrameSettings;
  staging: ReturnType<typeof useStaging>;
  /** The side panel's open tab: a click in Review selects records instead of placing. */
  tab: 'entry' | 'review';
  /** Empties the selection of stored records. */
  clearRecordSelection: () => void;
}

const newId = () => crypto.randomUUID();

/** The entry session of one open sample (see the module comment). */
export function useEntrySession(input: EntrySessionInput) {
  const { sampleId, outline, placementBlocked, staging, tab } = input;
  const staged = staging.annotations;
  const [fields, setFields, clearValues] = useEntryFields(sampleId);
  const guided = useGuidedPattern(sampleId, outline, input.customs);
  const selection = useSelection();
  const [status, setStatus] = useState('');
  const [picking, setPicking] = useState<1 | 2 | null>(null);
  const [marks, setMarks] = useState<[PointMm | null, PointMm | null]>([null, null]);
  const [invalidCalibration, setInvalidCalibration] = useState<string[]>([]);
  const valueInputRef = useRef<HTMLInputElement>(null);
  const shownSiteValues = useRef<readonly string[] | null>(null);
  const [focusRequest, setFocusRequest] = useState({ n: 0, select: false });
  useLayoutEffect(() => {
    if (focusRequest.n === 0) return;
    valueInputRef.current?.focus();
    // Typing replaces what a site shows, as in a spreadsheet cell, instead of appending to it.
    if (focusRequest.select) valueInputRef.current?.select();
  }, [focusRequest]);

  const pattern = guided.pattern;
  const state: session.EntryState = {
    staged,
    outline,
    placementBlocked,
    pattern,
    activeSite: guided.activeSite,
    fields,
  };
  const activeSite = view.activeSiteOf(state);
  const entered = useMemo(() => view.enteredOf({ pattern, staged }), [pattern, staged]);
  const targets = useMemo(
    () => view.targetsOf(pattern, activeSite, entered),
    [pattern, activeSite, entered],
  );
  const pending = useMemo(() => view.pendingPoint(fields, activeSite), [fields, activeSite]);
  const stagedPoints = useMemo(
    (): MapStagedPoint[] => staged.map((a) => ({ id: a.localId, xMm: a.xMm, yMm: a.yMm })),
    [staged],
  );

  const apply = (e: session.EntryEffect) => {
    const changed = e.action ? staging.dispatch(e.action) : true;
    if (e.fields) setFields(e.fields);
    if (e.clearValues) clearValues(e.clearValues === true ? undefined : e.clearValues);
    if (e.activeSite !== undefined) guided.setActiveSite(e.activeSite);
    if (e.shownSiteValues !== undefined) shownSiteValues.current = e.shownSiteValues;
    if (e.focusValue) setFocusRequest((r) => ({ n: r.n + 1, select: e.focusValue === 'select' }));
    if (e.clearSelection) selection.select([], 'replace');
    if (e.clearRecordSelection) input.clearRecordSelection();
    if (e.mark) {
      const { index, point } = e.mark;
      setMarks((m) => (index === 1 ? [point, m[1]] : [m[0], point]));
      setPicking(null);
    }
    if (e.status !== undefined) setStatus(e.status);
    if (e.historyStatus) {
      setStatus(say.historyOutcome(e.historyStatus, changed, staging.lastSkipped()));
    }
  };

  const submit = useSubmitStaged(sampleId, (message) =>
    apply(
      session.afterSubmit(
        pattern,
        stagingStore.getState(sampleId).annotations,
        message,
        shownSiteValues.current,
      ),
    ),
  );
  // Another tab's submit stored values of this sample: guided entry starts a new pass here too.
  const queryClient = useQueryClient();
  const storedElsewhere = useRef<(stored: StagedAnnotation[]) => void>(() => undefined);
  storedElsewhere.current = (stored) => {
    // The records are on the server now: this tab's review, markers and counts fetch them
    // (the channel carries staged values, not the records with their ids and timestamps).
    void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) });
    apply(
      session.storedElsewhere(
        pattern,
        stagingStore.getState(sampleId).annotations,
        stored,
        shownSiteValues.current,
      ),
    );
  };
  const { onStoredElsewhere } = staging;
  useEffect(
    () => onStoredElsewhere((stored) => storedElsewhere.current(stored)),
    [onStoredElsewhere],
  );
  // A refusal about the staged list ("outside the outline") is stale once the list changes.
  const clearBlocked = submit.clearBlocked;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the staged list changes.
  useEffect(() => clearBlocked(), [staged, clearBlocked]);
  const { selected, prune } = selection;
  useEffect(() => {
    // Only a non-empty selection can hold ids that no longer exist.
    if (selected.size > 0) prune(new Set(staged.map((a) => a.localId)));
  }, [staged, selected, prune]);

  const submitFrame = view.submitChoice(input.frame, invalidCalibration);

  return {
    staged,
    /** The staged annotations as the map draws them, by id. */
    stagedPoints,
    canUndo: staging.canUndo,
    canRedo: staging.canRedo,
    fields,
    setFields,
    valueInputRef,
    guided,
    pattern,
    activeSite,
    entered,
    targets,
    pending,
    selection,
    status,
    setStatus,
    picking,
    setPicking,
    marks,
    setInvalidCalibration,
    submit,
    submitFrame,
    submitStaged: () => submit.submit(staged, submitFrame, outline),
    place: (p: PointMm) => apply(session.place(state, p, { picking, tab })),
    placeOutside: (p: PointMm) => apply(session.placeOutside(state, p)),
    /** A click on the target of the pattern's site at 0-based `index`. */
    activateTarget: (index: number) => {
      const site = pattern?.sites[index];
      if (site) apply(session.goToSite(state, site.index));
    },
    goToSite: (index: number, step: 1 | -1 = 1) => apply(session.goToSite(state, index, [], step)),
    /** Enter at an active site off the outline: on to the next site, typed values kept. */
    skipUnreachable: () => apply(skipUnreachable(state)),
    /** Stage what the entry form validated; false when refused (the form keeps its text). */
    stage: (annotations: NewStaged[]): boolean => {
      const effect = session.stage(state, annotations, newId);
      apply(effect);
      return effect.accepted;
    },
    undo: () => apply(session.undo(staging.canUndo)),
    redo: () => apply(session.redo(staging.canRedo)),
    moveSelection: (ids: string[], dxMm: number, dyMm: number) =>
      apply(session.move(state, ids, dxMm, dyMm)),
    deleteSelection: () => apply(session.deleteSelected(selection.selected)),
    /** A pattern spec from the panel; `chosen` from the list (then focus may move to Value). */
    choosePattern: (spec: PatternSpec, chosen = true) => {
      const effect = session.choosePattern(placementBlocked, spec.kind, chosen);
      if (effect.accepted) guided.setSpec(spec);
      apply(effect);
    },
    /** Tooltip of a staged marker or a pattern target; null for other targets. */
    describe: useCallback(
      (t: MapTarget) =>
        t.kind === 'staged'
          ? view.describeStaged(staged, t.id)
          : t.kind === 'target'
            ? view.describeTarget(pattern, t.index)
            : null,
      [staged, pattern],
    ),
    distinctPoints: () => view.distinctPoints(staged),
  };
}

/** What useEntrySession returns. */
export type EntrySession = ReturnType<typeof useEntrySession>;
