/**
 * Guided entry at a pattern site that lies off the outline, which validateEntry refuses: rather
 * than stall, entry moves on (see `skipUnreachable`).
 */

import { type EntryEffect, type EntryState, goToSite } from './entrySession';
import { activeSiteOf } from './entryView';
import { entryMessages as say } from './messages';

/**
 * Enter at an active site that lies off the outline (e.g. site 1 of a custom pattern made for a
 * larger wafer): nothing is staged; entry moves on to the next reachable site, keeping the typed
 * values (selected) for it, and the status says so.
 */
export function skipUnreachable(s: EntryState): EntryEffect {
  const active = activeSiteOf(s);
  if (!s.pattern || !active) return {};
  const moved = goToSite(s, active.index);
  if (moved.activeSite === undefined) return moved;
  return {
    activeSite: moved.activeSite,
    shownSiteValues: null,
    focusValue: 'select',
    status: `${moved.status ?? ''}${say.keptForSite(moved.activeSite)}`.trim(),
  };
}
