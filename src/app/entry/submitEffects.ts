/**
 * What a submit does to entry (part of the entry session, entrySession.ts): the outcome
 * sentence, and with a guided pattern a new pass from its first open site, after a submit in
 * this tab or in another one.
 */
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import { enteredSites, firstOpenSite } from '../../domain/staging/guided';
import type { StagedAnnotation } from '../../domain/staging/staged';
import type { EntryEffect } from './entrySession';
import { entryMessages as say } from './messages';

/**
 * After a submit: the outcome sentence, and with a pattern a new pass from the first site still
 * open in `stagedNow` (the list after the submit), so a second pass in site order puts each value
 * on its own site. Values still showing what a site held (`shownSiteValues`) are cleared, and
 * focus goes to Value (a Submit button click would leave it on <body>), ready for the next pass.
 */
export function afterSubmit(
  pattern: MeasurementPattern | null,
  stagedNow: readonly StagedAnnotation[],
  outcome: string,
  shownSiteValues: readonly string[] | null,
): EntryEffect {
  // What was shown at a site is stored now, not staged: it is no longer Enter's to replace.
  const cleared: EntryEffect = {
    shownSiteValues: null,
    focusValue: 'focus',
    ...(shownSiteValues ? { clearValues: shownSiteValues } : {}),
  };
  if (!pattern) return { ...cleared, status: outcome };
  const left = enteredSites({ annotations: [...stagedNow] }, pattern.name);
  const site = firstOpenSite(pattern.sites.length, left);
  return {
    ...cleared,
    activeSite: site,
    status: `${outcome}${say.guidedRestart(site, pattern.sites.length)}`,
  };
}

/**
 * A submit in another tab stored `stored` (their last values). When values of the guided
 * pattern were among them, entry starts a new pass as after a submit here (`afterSubmit`: the
 * first open site, values shown for a site cleared); else only the status line tells.
 */
export function storedElsewhere(
  pattern: MeasurementPattern | null,
  stagedNow: readonly StagedAnnotation[],
  stored: readonly StagedAnnotation[],
  shownSiteValues: readonly string[] | null,
): EntryEffect {
  const outcome = say.storedElsewhere(stored.length);
  const ofPattern = pattern !== null && stored.some((a) => a.site?.pattern === pattern.name);
  if (!ofPattern) return { status: outcome };
  // Focus stays where the user has it: the submit happened in another tab.
  const { focusValue: _notHere, ...effect } = afterSubmit(
    pattern,
    stagedNow,
    outcome,
    shownSiteValues,
  );
  return effect;
}
