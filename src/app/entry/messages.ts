/**
 * Every sentence the sample workspace writes in the map's status line (and the map's tooltips
 * and accessible name), in one place. e2e tests read several of them: change a text here and
 * there together.
 */
import { describeOutline, type SampleOutline } from '../../domain/geometry/outline';
import type { PointMm } from '../../domain/geometry/point';
import type { GoneReason, SkippedPoints } from '../../domain/staging/gone';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { formatCursor, formatMm } from '../../domain/values/formatMm';
import { counted, formatCount, plural } from '../../domain/values/plural';

export { counted, plural };

export const entryMessages = {
  /** A reference mark for the stage calibration was picked on the map. */
  referenceMark: (mark: 1 | 2, p: PointMm) => `Reference mark ${mark} at ${formatCursor(p)}.`,
  /** A map click while the Review tab is open. */
  reviewClick: () =>
    'In Review a click selects a stored point; open the Entry tab to place new ones.',
  /** A map click while the outline is missing. */
  nothingPlaced: (blocked: string) => `Nothing placed. ${blocked}`,
  /** A map click while a pattern guides entry. */
  guidedClick: () =>
    'Guided entry places values at the pattern sites; choose "None" to click freely.',
  /** A map click outside the outline. */
  placedOutside: (p: PointMm, outline: SampleOutline) =>
    `Nothing placed: (${formatMm(p.xMm)}, ${formatMm(p.yMm)}) mm is outside the ${describeOutline(outline)} outline.`,
  /** Enter in the entry form while the outline is missing. */
  nothingStaged: (blocked: string) => `Nothing staged. ${blocked}`,
  /** A pattern chosen while the outline is missing. */
  noPatternChosen: (blocked: string) => `No pattern chosen. ${blocked}`,
  /** Values staged at the active site of guided entry. */
  stagedSite: (site: number) => `Staged site ${site}.`,
  /** Guided entry passed over pattern sites that lie off the outline (a custom pattern). */
  skippedSites: (skipped: readonly number[], to: number, outline: SampleOutline) =>
    ` ${skipped.length === 1 ? 'Site' : 'Sites'} ${skipped.join(', ')} ${skipped.length === 1 ? 'lies' : 'lie'} outside the ${describeOutline(outline)} outline and cannot be entered: skipped to site ${to}.`,
  /** Enter at an unreachable site: the typed values were kept for the site skipped to. */
  keptForSite: (to: number) => ` Your typed value is kept: press Enter to stage it at site ${to}.`,
  /** No site of the guided pattern lies on the outline. */
  noReachableSite: (outline: SampleOutline) =>
    `No site of this pattern lies on the ${describeOutline(outline)} outline: choose another pattern or check the outline.`,
  /** Values staged at a clicked or typed point. */
  stagedAt: (count: number, p: PointMm) =>
    `Staged ${counted(count, 'value')} at ${formatCursor(p)}.`,
  /**
   * What an undo or redo did (`changed`: the staged list changed), and the points it passed over
   * because they are stored (by any submit) or deleted in another tab: never staged again.
   */
  historyOutcome: (what: 'undo' | 'redo', changed: boolean, skipped: SkippedPoints) => {
    const parts = [
      ...(skipped.stored > 0 ? [`${counted(skipped.stored, 'point')} already stored`] : []),
      ...(skipped.deletedElsewhere > 0
        ? [`${counted(skipped.deletedElsewhere, 'point')} deleted in another tab`]
        : []),
    ];
    const skip =
      parts.length > 0
        ? ` ${what === 'undo' ? 'Undo' : 'Redo'} skipped ${parts.join(' and ')}.`
        : '';
    if (!changed) return `Nothing left to ${what}.${skip}`;
    return `${what === 'undo' ? 'Undone. Ctrl+Shift+Z or Ctrl+Y redoes.' : 'Redone.'}${skip}`;
  },
  /** The staged row being edited left the list meanwhile (see app/detachedEdit.ts). */
  detachedEdit: (reason: GoneReason, row: number) =>
    reason.kind === 'deleted'
      ? `${reason.byThisTab ? 'Deleted' : 'Deleted in another tab'} while you edit row ${row}: Save puts it back with your changes, Cancel drops it.`
      : `Stored by a submit${reason.byThisTab ? '' : ' in another tab'} while you edit row ${row}: Save stages your changes to correct the stored record, Cancel drops them.`,
  /**
   * A saved edit of row `row` replaced values set while it was open (`elsewhere`: by another
   * tab; else in this one, e.g. a drag or an undo). Each field kept its latest write: the user's.
   */
  replacedOnSave: (
    row: number,
    items: readonly { label: string; theirs: string; yours: string; elsewhere: boolean }[],
  ) => {
    const shown = (v: string) => (v === '' ? '(empty)' : v);
    const group = (elsewhere: boolean) => {
      const mine = items.filter((i) => i.elsewhere === elsewhere);
      if (mine.length === 0) return [];
      const list = mine.map((i) => `your ${i.label} ${shown(i.yours)} replaced ${shown(i.theirs)}`);
      return [`${list.join(' and ')}, ${elsewhere ? 'set in another tab' : 'changed in this tab'}`];
    };
    return `Saved row ${row}: ${[...group(true), ...group(false)].join('; ')} while you edited.`;
  },
  /** A submit in another tab stored annotations of this sample. */
  storedElsewhere: (count: number) =>
    `Another tab stored ${counted(count, 'annotation')} of this sample.`,
  /** A drag or nudge refused because points would leave the outline. */
  notMoved: (leaving: number, outline: SampleOutline) =>
    `Not moved: ${counted(leaving, 'point')} would leave the ${describeOutline(outline)} outline.`,
  deleted: (count: number) => `Deleted ${counted(count, 'staged point')}. Ctrl+Z undoes.`,
  /** Appended to the submit's outcome when guided entry starts a new pass. */
  guidedRestart: (site: number, siteCount: number) =>
    ` Guided entry starts again at site ${site} of ${siteCount}.`,
  /** Submitting in stage_absolute without a calibration. */
  noCalibration: () =>
    'Submitting in stage_absolute needs a stage calibration: define it under "Coordinate frame", or submit in sample_relative.',
  /** Submitting in stage_absolute while calibration fields are invalid. */
  invalidCalibration: (fields: readonly string[]) => {
    const one = fields.length === 1;
    return `The stage calibration's ${fields.join(' and ')} ${one ? 'is' : 'are'} not valid: fix ${one ? 'it' : 'them'} under "Coordinate frame" before submitting in stage_absolute.`;
  },
  /** Tooltip of a staged marker; `n` is its 1-based position in the staged list. */
  stagedMarker: (n: number, a: StagedAnnotation) =>
    `Staged #${n}: ${a.propertyName} ${a.propertyValue}${a.propertyUnit ? ` ${a.propertyUnit}` : ''} at ${formatCursor(a)}`,
  /** Tooltip of a pattern site's target. */
  targetMarker: (site: number, p: PointMm) =>
    `Site ${site} at ${formatCursor(p)}: click to enter its value`,
  exportedStaged: (count: number) => `Exported ${counted(count, 'staged annotation')} as CSV.`,
  exportedStored: (count: number) => `Exported ${counted(count, 'stored annotation')} as CSV.`,
  /** The map's accessible name. */
  mapLabel: (name: string | null, outline: SampleOutline, stored: number, staged: number) =>
    `Map of ${name ?? 'the sample'} (${describeOutline(outline)}): ${formatCount(stored)} stored and ${counted(staged, 'staged annotation')}. The tables list every point. Press ? for keyboard shortcuts.`,
} as const;
