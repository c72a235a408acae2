/**
 * Guided entry over a measurement pattern: values typed for the active site are staged at the
 * site's exact coordinates. Entering a site again replaces its values (one undoable step); it
 * never duplicates the site.
 */
import { isInsideOutline, type SampleOutline } from '../geometry/outline';
import type { PatternSite } from '../patterns/pattern';
import type { NewStaged } from './entry';
import type { StagingAction } from './reducer';
import type { StagedAnnotation, StagingState } from './staged';

/**
 * The action that stages `entries` at `site` of pattern `patternName`: for each property, an
 * annotation already staged for this site and property is updated (value, unit, source); others
 * are added with ids from `newId`. Returned as one batch, i.e. one undo step.
 */
export function enterAtSite(
  state: StagingState,
  patternName: string,
  site: PatternSite,
  entries: NewStaged[],
  newId: () => string,
): StagingAction {
  const actions: StagingAction[] = [];
  const added: StagedAnnotation[] = [];
  for (const entry of entries) {
    const existing = state.annotations.find(
      (a) =>
        a.site?.pattern === patternName &&
        a.site.index === site.index &&
        a.propertyName === entry.propertyName,
    );
    const atSite = {
      xMm: site.xMm,
      yMm: site.yMm,
      site: { pattern: patternName, index: site.index },
    };
    if (existing) {
      actions.push({
        type: 'update',
        localId: existing.localId,
        changes: {
          propertyValue: entry.propertyValue,
          propertyUnit: entry.propertyUnit,
          charSourceType: entry.charSourceType,
          ...atSite,
        },
      });
    } else {
      added.push({ ...entry, ...atSite, localId: newId() });
    }
  }
  if (added.length > 0) actions.push({ type: 'add', annotations: added });
  return { type: 'batch', actions };
}

/** Site numbers of a pattern that have at least one staged annotation. */
export function enteredSites(state: StagingState, patternName: string): Set<number> {
  const done = new Set<number>();
  for (const a of state.annotations) {
    if (a.site?.pattern === patternName) done.add(a.site.index);
  }
  return done;
}

/**
 * The site to make active after staging at `active` (1-based): the next site that has nothing
 * staged yet, searching forward and then from the start; `active` itself when all are entered.
 */
export function nextOpenSite(siteCount: number, active: number, entered: Set<number>): number {
  for (let k = 1; k <= siteCount; k++) {
    const candidate = ((active - 1 + k) % siteCount) + 1;
    if (!entered.has(candidate)) return candidate;
  }
  return active;
}

/**
 * Where guided entry starts a new pass (after a submit): the first site (1-based) with nothing
 * staged, or site 1 when every site, or none, has a staged value. Entering in site order then
 * puts the first value at site 1, never where the last pass ended.
 */
export function firstOpenSite(siteCount: number, entered: Set<number>): number {
  for (let site = 1; site <= siteCount; site++) if (!entered.has(site)) return site;
  return 1;
}

/**
 * Site numbers (1-based) of `sites` that lie off the outline, where guided entry cannot stage
 * (validateEntry refuses such a point). Generated patterns never have any (see the patterns'
 * measurable-area test); a custom pattern made for another outline may.
 */
export function unreachableSites(
  outline: SampleOutline,
  sites: readonly PatternSite[],
): Set<number> {
  return new Set(sites.filter((s) => !isInsideOutline(outline, s)).map((s) => s.index));
}

/**
 * The site guided entry goes to when asked for site `index` (1-based, clamped to 1..siteCount):
 * that site, or when it is unreachable the next one that is not, stepping by `step` (+1 forward,
 * −1 back) and wrapping; `skipped` lists the unreachable sites passed over, in order. null when
 * no site is reachable.
 */
export function reachableSiteFrom(
  siteCount: number,
  index: number,
  step: 1 | -1,
  unreachable: ReadonlySet<number>,
): { site: number; skipped: number[] } | null {
  let site = Math.min(Math.max(1, index), siteCount);
  const skipped: number[] = [];
  for (let k = 0; k < siteCount; k++) {
    if (!unreachable.has(site)) return { site, skipped };
    skipped.push(site);
    site = ((site - 1 + step + siteCount) % siteCount) + 1;
  }
  return null;
}
