/**
 * Revisions of staged annotations, shared by every tab of a sample: `[n, tab]`, where `n` comes
 * from a hybrid logical clock (wall-clock ms, but always above every revision this tab has seen)
 * and `tab` is the writing tab's id. Revisions are totally ordered (n, then tab), so every tab
 * that merges the same changes picks the same winner. Source: Kulkarni et al., "Logical Physical
 * Clocks and Consistent Snapshots in Globally Distributed Databases" (2014), without the logical
 * counter: `n` itself is bumped past what was seen, which keeps a revision one number.
 */
import { z } from 'zod';

export const Revision = z.tuple([z.number(), z.string()]);
/** `[n, tab]`: clock value (about ms since 1970) and the id of the tab that wrote it. */
export type Revision = z.infer<typeof Revision>;

/** Order of revisions: negative when `a` is older than `b`, 0 when equal. */
export function compareRevisions(a: Revision, b: Revision): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1;
}

/** The later of two revisions (either one when equal). */
export function laterRevision(a: Revision, b: Revision): Revision {
  return compareRevisions(a, b) >= 0 ? a : b;
}

/** The later of two optional revisions; undefined when both are. */
export function laterOptional(
  a: Revision | undefined,
  b: Revision | undefined,
): Revision | undefined {
  if (!a) return b;
  if (!b) return a;
  return laterRevision(a, b);
}

/** A tab's clock: the highest `n` it has written or seen. */
export interface RevisionClock {
  readonly tab: string;
  readonly lastN: number;
}

/**
 * The next revision of `clock` at wall time `nowMs`: above the wall clock's value and above
 * every revision seen, so a change always outranks what its tab has already seen.
 */
export function tick(clock: RevisionClock, nowMs: number): [RevisionClock, Revision] {
  const n = Math.max(Math.floor(nowMs), clock.lastN + 1);
  return [{ tab: clock.tab, lastN: n }, [n, clock.tab]];
}

/** The clock after seeing revisions up to `n` (from another tab). */
export function observe(clock: RevisionClock, n: number): RevisionClock {
  return n > clock.lastN ? { tab: clock.tab, lastN: n } : clock;
}
