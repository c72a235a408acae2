/**
 * What the sample workspace shows of the entry state: the active site, the sites entered, the
 * map's targets and pending point, the frame a submit will use, the points a custom pattern is
 * saved from, and the tooltips of staged markers and targets. Pure functions, unit-tested.
 */
import { SAMPLE_FRAME } from '../../api/toRequest';
import type { TargetMarker } from '../../canvas/mapTypes';
import type { PointMm } from '../../domain/geometry/point';
import type { MeasurementPattern, PatternSite } from '../../domain/patterns/pattern';
import type { FrameSettings } from '../../domain/setup/status';
import type { EntryFields } from '../../domain/staging/entry';
import { enteredSites } from '../../domain/staging/guided';
import type { StagedAnnotation } from '../../domain/staging/staged';
import type { SubmitChoice } from '../useSubmitStaged';
import type { EntryState } from './entrySession';
import { entryMessages as say } from './messages';

/** The pattern site being entered, or null (no pattern). */
export function activeSiteOf(s: Pick<EntryState, 'pattern' | 'activeSite'>): PatternSite | null {
  return s.pattern?.sites[s.activeSite - 1] ?? null;
}

/** Sites of the pattern with a staged value. */
export function enteredOf(s: Pick<EntryState, 'pattern' | 'staged'>): Set<number> {
  return s.pattern ? enteredSites({ annotations: [...s.staged] }, s.pattern.name) : new Set();
}

/** The pattern's sites as map targets: the active one, those entered, the rest empty. */
export function targetsOf(
  pattern: MeasurementPattern | null,
  active: PatternSite | null,
  entered: ReadonlySet<number>,
): TargetMarker[] {
  return (pattern?.sites ?? []).map((s) => ({
    xMm: s.xMm,
    yMm: s.yMm,
    label: String(s.index),
    state: s.index === active?.index ? 'active' : entered.has(s.index) ? 'done' : 'empty',
  }));
}

/** The point free entry would stage (typed or clicked x/y), or null (guided, or not a number). */
export function pendingPoint(fields: EntryFields, active: PatternSite | null): PointMm | null {
  if (active) return null;
  const x = Number(fields.x);
  const y = Number(fields.y);
  return fields.x.trim() && fields.y.trim() && Number.isFinite(x) && Number.isFinite(y)
    ? { xMm: x, yMm: y }
    : null;
}

/**
 * The frame a submit uses, or why it cannot be used yet: sample_relative always; stage_absolute
 * only with a calibration whose fields are all valid (`invalidFields` names the others).
 */
export function submitChoice(frame: FrameSettings, invalidFields: readonly string[]): SubmitChoice {
  if (frame.frame === 'sample_relative') return SAMPLE_FRAME;
  if (!frame.calibration) return { frame: 'stage_absolute', problem: say.noCalibration() };
  if (invalidFields.length > 0) {
    return { frame: 'stage_absolute', problem: say.invalidCalibration(invalidFields) };
  }
  return { frame: 'stage_absolute', calibration: frame.calibration };
}

/** Distinct staged points in staged order: the sites of a custom pattern saved from them. */
export function distinctPoints(staged: readonly StagedAnnotation[]): PointMm[] {
  const seen = new Set<string>();
  return staged
    .filter((a) => !seen.has(`${a.xMm},${a.yMm}`) && seen.add(`${a.xMm},${a.yMm}`))
    .map(({ xMm, yMm }) => ({ xMm, yMm }));
}

/** Tooltip of a staged marker, or null for an id no longer staged. */
export function describeStaged(staged: readonly StagedAnnotation[], id: string): string | null {
  const n = staged.findIndex((a) => a.localId === id);
  const a = staged[n];
  return a ? say.stagedMarker(n + 1, a) : null;
}

/** Tooltip of the target of the pattern's site at 0-based `index`, or null. */
export function describeTarget(pattern: MeasurementPattern | null, index: number): string | null {
  const site = pattern?.sites[index];
  return site ? say.targetMarker(site.index, site) : null;
}
