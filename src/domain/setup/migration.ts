/**
 * Moving the setup that earlier versions kept in one browser's localStorage (outline, frame and
 * calibration, review limits, the global custom patterns) into a SampleSetup, and deciding what
 * to show and write when a sample opens, from the server's copy, this browser's copy and the
 * older settings.
 */
import type { StageCalibration } from '../frames/calibration';
import type { SampleOutline } from '../geometry/outline';
import type { CustomPattern } from '../patterns/custom';
import { describeConflicts, mergeSetup, sameSetup } from './merge';
import { emptySetup, type PropertyLimits, type SampleSetup, type SetupRead } from './setup';

/** What an earlier version stored for one sample (null: nothing stored). */
export interface LegacySettings {
  outline: SampleOutline | null;
  frame: {
    frame: 'sample_relative' | 'stage_absolute';
    calibration: StageCalibration | null;
  } | null;
  /** Review limits keyed by JSON.stringify([property, unit]). */
  limits: Record<string, Omit<PropertyLimits, 'property' | 'unit'>> | null;
  /** The custom patterns, which earlier versions shared across all samples of the browser. */
  customPatterns: CustomPattern[];
}

/** Limits entries from the old `[property, unit]` keys; unreadable keys and empty limits dropped. */
function limitsFromRecord(record: LegacySettings['limits']): PropertyLimits[] {
  const out: PropertyLimits[] = [];
  for (const [key, values] of Object.entries(record ?? {})) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(key);
    } catch {
      continue;
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || parsed[0] === '') continue;
    const unit = typeof parsed[1] === 'string' ? parsed[1] : '';
    const bounds = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    if (Object.keys(bounds).length > 0) out.push({ property: parsed[0], unit, ...bounds });
  }
  return out;
}

/**
 * The setup an earlier version's settings amount to, stamped `now`, or null when they hold
 * nothing for this sample. A stored outline was chosen by the user, so it counts as set.
 * Custom patterns are carried only along with other settings of this sample, or when it has
 * none but `patternsInUse` (its guided pattern was a custom one): a sample never worked on in
 * this browser does not collect the browser's patterns.
 */
export function setupFromLegacy(
  legacy: LegacySettings,
  now: Date,
  patternsInUse = false,
): SampleSetup | null {
  const limits = limitsFromRecord(legacy.limits);
  const worked = legacy.outline !== null || legacy.frame !== null || limits.length > 0;
  if (!worked && !(patternsInUse && legacy.customPatterns.length > 0)) return null;
  const setup = emptySetup(now);
  return {
    ...setup,
    outline: legacy.outline,
    frame: legacy.frame?.frame ?? setup.frame,
    calibration: legacy.frame?.calibration ?? null,
    limits,
    customPatterns: legacy.customPatterns,
  };
}

/**
 * This browser's copy of a sample's setup; `synced` once the server has stored it; `base`: the
 * server's copy it was made from (null: none; missing in copies of earlier versions), so its
 * unsynced changes can be merged onto a newer server copy instead of replacing it.
 */
export interface BrowserCopy {
  setup: SampleSetup;
  synced: boolean;
  base?: SampleSetup | null;
}

/** Where the setup shown lives, for the panel. */
export type SetupHome =
  /** Read from (or about to be written to) the sample on the server. */
  | 'server'
  /** The server cannot hold it (no metadata, refused, newer/invalid copy): this browser only. */
  | 'browser';

/** What to do when a sample opens. */
export interface OpenPlan {
  /** The setup to show. */
  setup: SampleSetup;
  /** The server's copy as now known (null: none, or not known), the base of later merges. */
  base: SampleSetup | null;
  /** True when `setup` must be written to the server (migration or an unsynced browser copy). */
  write: boolean;
  home: SetupHome;
  /** A sentence for the panel when something needs saying; null otherwise. */
  notice: string | null;
  /** Why the setup is in this browser only, as a phrase after "saved in this browser only: ". */
  reason: string | null;
}

/**
 * Unsynced changes of this browser onto the server's setup: merged over the copy's base; a copy
 * of an earlier version (no base) counts only when newer than the server's, merged as a union.
 */
function pendingOnto(server: SampleSetup, copy: BrowserCopy): OpenPlan | null {
  if (copy.synced) return null;
  if (copy.base === undefined && Date.parse(copy.setup.updatedAt) <= Date.parse(server.updatedAt))
    return null;
  const merge = mergeSetup(copy.base ?? null, copy.setup, server);
  if (sameSetup(merge.setup, server)) return null;
  const notice = [
    'Changes made in this browser while the server could not be reached are saved now.',
    ...describeConflicts(merge),
  ].join(' ');
  return { setup: merge.setup, base: server, write: true, home: 'server', notice, reason: null };
}

/**
 * The plan for opening a sample (pure; `now` stamps a new setup):
 * - server 'ok': shown; but the unsynced changes of a browser copy (made while the server could
 *   not be reached) are merged onto it and written (see pendingOnto).
 * - server 'absent': an unsynced browser copy is written; else the legacy settings are migrated
 *   and written; else an empty setup (nothing written until the user changes something).
 * - server 'unknown': the browser copy or the legacy settings or empty; browser only.
 * - 'newer' / 'invalid': the server's key is never overwritten; the browser copy (or legacy, or
 *   empty) is shown, browser only, and the notice says why.
 */
export function planOpen(
  server: SetupRead,
  browser: BrowserCopy | null,
  legacy: SampleSetup | null,
  now: Date,
): OpenPlan {
  const local = browser?.setup ?? legacy ?? emptySetup(now);
  const plan = (p: Partial<OpenPlan> & Pick<OpenPlan, 'setup'>): OpenPlan => ({
    base: null,
    write: false,
    home: 'server',
    notice: null,
    reason: null,
    ...p,
  });
  if (server.kind === 'ok') {
    const pending = browser ? pendingOnto(server.setup, browser) : null;
    return pending ?? plan({ setup: server.setup, base: server.setup });
  }
  if (server.kind === 'absent') {
    if (browser && !browser.synced) return plan({ setup: browser.setup, write: true });
    if (legacy) {
      return plan({
        setup: legacy,
        write: true,
        notice: 'Setup kept in this browser by an earlier version is now saved with the sample.',
      });
    }
    return plan({ setup: emptySetup(now) });
  }
  if (server.kind === 'unknown') {
    return plan({ setup: local, base: browser?.base ?? null, home: 'browser' });
  }
  const reason =
    server.kind === 'newer'
      ? `the sample’s setup on the server was written by a newer version of this app (version ${server.version}) and is left untouched`
      : `the sample’s setup on the server is not valid (${server.message}) and is left untouched`;
  return plan({ setup: local, home: 'browser', reason });
}
