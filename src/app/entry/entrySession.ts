/**
 * The entry workflow of the sample workspace as plain functions: what a map click, a staged
 * point, a move, a delete, undo/redo, a site change, a submit or a pattern choice does, given
 * the state of entry at that moment. Each returns an `EntryEffect` (the staging action to
 * dispatch, the fields, the active site, the status line …) for `useEntrySession` to apply, so
 * every rule and every sentence is unit-tested without React.
 */
import { isInsideOutline, type SampleOutline } from '../../domain/geometry/outline';
import type { PointMm } from '../../domain/geometry/point';
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import type { EntryFields, NewStaged } from '../../domain/staging/entry';
import {
  enterAtSite,
  nextOpenSite,
  reachableSiteFrom,
  unreachableSites,
} from '../../domain/staging/guided';
import type { HistoryAction } from '../../domain/staging/history';
import type { StagingAction } from '../../domain/staging/reducer';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { activeSiteOf, enteredOf } from './entryView';
import { entryMessages as say } from './messages';

export { afterSubmit, storedElsewhere } from './submitEffects';

/** The state of entry an event is handled in. */
export interface EntryState {
  staged: readonly StagedAnnotation[];
  outline: SampleOutline;
  /** Why nothing may be placed or staged yet (the outline is missing); null when it may. */
  placementBlocked: string | null;
  /** The pattern guiding entry, or null for free entry. */
  pattern: MeasurementPattern | null;
  /** 1-based active site of the pattern (ignored without one). */
  activeSite: number;
  fields: EntryFields;
}

/** What an event changes; absent fields stay as they are. */
export interface EntryEffect {
  /** New text of the status line. */
  status?: string;
  /** A change of the staged list (one undo step). */
  action?: HistoryAction<StagingAction>;
  fields?: EntryFields;
  /** New 1-based active site of the pattern. */
  activeSite?: number;
  /** The values shown for a site (what Enter there would replace); null: none shown. */
  shownSiteValues?: string[] | null;
  /** `action` is this undo or redo: the status line tells what it did and passed over. */
  historyStatus?: 'undo' | 'redo';
  /** Empty the value boxes: all (true), or only if they still hold exactly these texts. */
  clearValues?: true | readonly string[];
  /** Move focus to the Value field; 'select' also selects its text (typing replaces it). */
  focusValue?: 'focus' | 'select';
  /** Empty the staged selection. */
  clearSelection?: boolean;
  /** Empty the selection of stored records (Review). */
  clearRecordSelection?: boolean;
  /** A reference mark placed for the stage calibration. */
  mark?: { index: 1 | 2; point: PointMm };
}

/** How a map click is read besides the entry state: a reference mark being picked, the tab. */
export interface ClickMode {
  picking: 1 | 2 | null;
  tab: 'entry' | 'review';
}

/**
 * A click (or Enter at the keyboard cursor) inside the outline: a reference mark while one is
 * picked; in Review, nothing but a hint; refused while the outline is missing or a pattern
 * guides entry; else the point goes into the entry form and focus to Value.
 */
export function place(s: EntryState, p: PointMm, mode: ClickMode): EntryEffect {
  if (mode.picking) {
    return { mark: { index: mode.picking, point: p }, status: say.referenceMark(mode.picking, p) };
  }
  if (mode.tab === 'review') return { clearRecordSelection: true, status: say.reviewClick() };
  if (s.placementBlocked) return { status: say.nothingPlaced(s.placementBlocked) };
  if (s.pattern) return { status: say.guidedClick() };
  return {
    fields: { ...s.fields, x: p.xMm.toFixed(3), y: p.yMm.toFixed(3) },
    clearSelection: true,
    status: '',
    focusValue: 'focus',
  };
}

/** A click outside the outline: nothing placed, and why. */
export function placeOutside(s: EntryState, p: PointMm): EntryEffect {
  return { status: say.placedOutside(p, s.outline) };
}

/**
 * Make site `index` (clamped to the pattern) active and show the values already staged there,
 * selected, so going back shows what Enter would replace. `justStaged` are values staged in the
 * same event at the active site, which `s.staged` does not hold yet. A site off the outline (a
 * custom pattern) is passed over, stepping by `step`, and the status says which were skipped.
 */
export function goToSite(
  s: EntryState,
  index: number,
  justStaged: NewStaged[] = [],
  step: 1 | -1 = 1,
): EntryEffect {
  const { pattern } = s;
  if (!pattern) return {};
  const reach = reachableSiteFrom(
    pattern.sites.length,
    index,
    step,
    unreachableSites(s.outline, pattern.sites),
  );
  if (!reach) return { status: say.noReachableSite(s.outline) };
  const { site, skipped } = reach;
  const activeIndex = activeSiteOf(s)?.index;
  const at = (name: string) =>
    site === activeIndex
      ? justStaged.find((a) => a.propertyName === name)
      : s.staged.find(
          (a) =>
            a.site?.pattern === pattern.name && a.site.index === site && a.propertyName === name,
        );
  const properties = s.fields.properties.map((row) => {
    const a = at(row.property.trim());
    return { ...row, value: a ? String(a.propertyValue) : '' };
  });
  return {
    activeSite: site,
    fields: { ...s.fields, properties },
    shownSiteValues: properties.map((p) => p.value),
    focusValue: 'select',
    ...(skipped.length > 0 ? { status: say.skippedSites(skipped, site, s.outline).trim() } : {}),
  };
}

/**
 * Stage what the entry form validated: refused while the outline is missing; at the active site
 * when guided (replacing its values, then on to the next site in order, after the last to the
 * first still open); else at the typed point with new ids from `newId`.
 */
export function stage(
  s: EntryState,
  annotations: NewStaged[],
  newId: () => string,
): EntryEffect & { accepted: boolean } {
  if (s.placementBlocked) return { accepted: false, status: say.nothingStaged(s.placementBlocked) };
  const active = activeSiteOf(s);
  if (s.pattern && active) {
    const n = s.pattern.sites.length;
    const done = enteredOf(s).add(active.index);
    for (const site of unreachableSites(s.outline, s.pattern.sites)) done.add(site);
    const next = active.index < n ? active.index + 1 : nextOpenSite(n, active.index, done);
    const moved = goToSite(s, next, annotations);
    return {
      accepted: true,
      action: enterAtSite(
        { annotations: [...s.staged] },
        s.pattern.name,
        active,
        annotations,
        newId,
      ),
      ...moved,
      status: `${say.stagedSite(active.index)}${moved.status ? ` ${moved.status}` : ''}`,
    };
  }
  const first = annotations[0];
  return {
    accepted: true,
    action: { type: 'add', annotations: annotations.map((a) => ({ ...a, localId: newId() })) },
    ...(first ? { status: say.stagedAt(annotations.length, first) } : {}),
  };
}

/**
 * Undo the last change of the staged list; nothing when there is nothing to undo. Steps whose
 * points are stored (by any submit) or were deleted in another tab are skipped by the store; the
 * status says what was skipped, or that nothing is left (messages.historyOutcome).
 */
export function undo(canUndo: boolean): EntryEffect {
  if (!canUndo) return {};
  return { action: { type: 'undo' }, historyStatus: 'undo' };
}
/** Redo the last undone change; nothing when there is nothing to redo (see `undo`). */
export function redo(canRedo: boolean): EntryEffect {
  if (!canRedo) return {};
  return { action: { type: 'redo' }, historyStatus: 'redo' };
}

/**
 * Drag or nudge staged annotations by (dx, dy) mm: refused, with the count of points (places,
 * not annotations: several properties at one site are one point) that would leave the outline.
 */
export function move(
  s: EntryState,
  ids: readonly string[],
  dxMm: number,
  dyMm: number,
): EntryEffect {
  const moving = new Set(ids);
  const leaving = new Set(
    s.staged
      .filter(
        (a) =>
          moving.has(a.localId) &&
          !isInsideOutline(s.outline, { xMm: a.xMm + dxMm, yMm: a.yMm + dyMm }),
      )
      .map((a) => `${a.xMm},${a.yMm}`),
  ).size;
  if (leaving > 0) return { status: say.notMoved(leaving, s.outline) };
  return { action: { type: 'move', localIds: [...ids], dxMm, dyMm } };
}

/** Delete the selected staged annotations (undoable); nothing without a selection. */
export function deleteSelected(selected: ReadonlySet<string>): EntryEffect {
  if (selected.size === 0) return {};
  return {
    action: { type: 'remove', localIds: [...selected] },
    status: say.deleted(selected.size),
  };
}

/**
 * A pattern chosen in the panel: refused while the outline is missing (choosing none is always
 * allowed); else accepted: the value boxes are emptied (a value typed for a site of the old
 * pattern belongs to no site now), and for a pattern picked `fromList` (not a field edit) focus
 * goes to Value, the next thing to type.
 */
export function choosePattern(
  placementBlocked: string | null,
  kind: string,
  fromList = true,
): EntryEffect & { accepted: boolean } {
  if (placementBlocked && kind !== 'none') {
    return { accepted: false, status: say.noPatternChosen(placementBlocked) };
  }
  return {
    accepted: true,
    shownSiteValues: null,
    clearValues: true,
    ...(kind !== 'none' && fromList ? { focusValue: 'focus' } : {}),
  };
}
