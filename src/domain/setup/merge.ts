/**
 * The three-way merge of a sample's setup, so that no session silently replaces what another
 * changed: `base` is the server's copy as this session last knew it, `mine` this session's
 * setup, `theirs` the server's copy now. Field by field (src/domain/setup/fields.ts): a field
 * changed only in theirs is taken from theirs, one changed only in mine from mine; one changed
 * in both to different values keeps mine (the later, local change) and is reported, so the
 * panel can say whose value it replaced. Standard three-way merge rules, as in `git merge-file`,
 * applied per field instead of per line.
 */
import type { CustomPattern } from '../patterns/custom';
import { isStale, stampsOf } from './fieldStamps';
import {
  composeSetup,
  type FieldRef,
  type FieldValue,
  fieldName,
  orderOf,
  sameFieldValue,
  setupFields,
  valueText,
} from './fields';
import { type SampleSetup, SETUP_VERSION } from './setup';

/** One field that differs between two copies, in words for the panel. */
export interface FieldChange {
  ref: FieldRef;
  /** "edge exclusion", "USL of thickness [nm]". */
  name: string;
  /** The value before and after, in words ("3 mm", "none"). */
  before: string;
  after: string;
}

/** What mergeSetup gives. */
export interface SetupMerge {
  /** The merged setup; `updatedAt` is the later of mine's and theirs'. */
  setup: SampleSetup;
  /** Fields only theirs changed, now taken from theirs (base → theirs). */
  fromTheirs: FieldChange[];
  /** Fields both changed differently, where mine was kept (before: theirs, after: mine). */
  conflicts: FieldChange[];
  /**
   * Fields theirs holds at an older value than base because a write that did not know base's
   * value replaced it (a lost update, see fieldStamps.ts): put back (before: theirs, after: the
   * value kept). A session that gets any should write the merge soon.
   */
  restored: FieldChange[];
  /** Names of custom patterns both added under different ids: both are kept. */
  sameNamePatterns: string[];
}

const same = sameFieldValue;

/** True when two copies hold the same setup (`updatedAt` aside); null is the empty setup. */
export function sameSetup(a: SampleSetup | null, b: SampleSetup | null): boolean {
  const fa = setupFields(a);
  const fb = setupFields(b);
  if (fa.size !== fb.size) return false;
  for (const [key, { value }] of fa) if (!same(value, fb.get(key)?.value)) return false;
  return sameFieldValue(orderOf(a), orderOf(b));
}

/** The name of a field, taking a pattern's name from whichever copy has it. */
function nameOf(ref: FieldRef, ...values: FieldValue[]): string {
  const pattern = values.find((v) => v !== undefined) as CustomPattern | undefined;
  return fieldName(ref, ref.kind === 'pattern' ? pattern : undefined);
}

function change(ref: FieldRef, before: FieldValue, after: FieldValue): FieldChange {
  return {
    ref,
    name: nameOf(ref, after, before),
    before: valueText(ref, before),
    after: valueText(ref, after),
  };
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * Merge `mine` onto `theirs` over their common `base` (see the module comment). A null base or
 * theirs is the empty setup (nothing known yet, or the server holds none). Pure; never throws.
 */
export function mergeSetup(
  base: SampleSetup | null,
  mine: SampleSetup,
  theirs: SampleSetup | null,
): SetupMerge {
  const b = setupFields(base);
  const m = setupFields(mine);
  const t = setupFields(theirs);
  const merged: ReturnType<typeof setupFields> = new Map();
  const fromTheirs: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  const restored: FieldChange[] = [];
  const [baseStamps, theirStamps] = [stampsOf(base), stampsOf(theirs)];
  for (const key of new Set([...t.keys(), ...m.keys(), ...b.keys()])) {
    const ref = (t.get(key) ?? m.get(key) ?? b.get(key))?.ref as FieldRef;
    const [bv, mv] = [b.get(key)?.value, m.get(key)?.value];
    let tv = t.get(key)?.value;
    if (isStale(key, baseStamps, theirStamps, bv, tv)) {
      restored.push(change(ref, tv, same(mv, bv) ? bv : mv));
      tv = bv;
    }
    let value = mv;
    if (same(mv, tv)) value = mv;
    else if (same(mv, bv)) {
      value = tv;
      fromTheirs.push(change(ref, bv, tv));
    } else if (!same(tv, bv)) conflicts.push(change(ref, tv, mv));
    if (value !== undefined) merged.set(key, { ref, value });
  }
  const setup = composeSetup(merged, orderOf(theirs, mine), {
    version: SETUP_VERSION,
    updatedAt: theirs ? later(mine.updatedAt, theirs.updatedAt) : mine.updatedAt,
  });
  return {
    setup,
    fromTheirs,
    conflicts,
    restored,
    sameNamePatterns: sameNameAdds(base, mine, theirs),
  };
}

/** Names of patterns that mine and theirs each added (not in base) under different ids. */
function sameNameAdds(
  base: SampleSetup | null,
  mine: SampleSetup,
  theirs: SampleSetup | null,
): string[] {
  const known = new Set(base?.customPatterns.map((p) => p.id));
  const added = (s: SampleSetup | null) =>
    (s?.customPatterns ?? []).filter((p) => !known.has(p.id));
  const theirsAdded = added(theirs);
  const names = added(mine)
    .filter((p) => theirsAdded.some((q) => q.name === p.name && q.id !== p.id))
    .map((p) => p.name);
  return [...new Set(names)];
}

/**
 * A setup stamp after `previous` (ISO 8601): `now`, or 1 ms after `previous` when this clock is
 * behind, so the stamps of one sample's setup only grow whatever the writers' clocks say.
 */
export function nextStamp(now: Date, previous?: string): string {
  const after = previous === undefined ? Number.NaN : Date.parse(previous) + 1;
  return new Date(
    Number.isNaN(after) ? now.getTime() : Math.max(now.getTime(), after),
  ).toISOString();
}

/** Up to `max` items joined with "; ", then "and N more". */
function listed(items: string[], max = 4): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}

/** "Setup updated by another session: edge exclusion 5 mm; USL of thickness [nm] 107." */
export function describeTheirChanges(changes: FieldChange[]): string | null {
  if (changes.length === 0) return null;
  const words = changes.map((c) => {
    if (c.ref.kind === 'pattern' && c.before === 'deleted') return `${c.name} added (${c.after})`;
    return `${c.name} ${c.after === 'none' ? 'removed' : c.after}`;
  });
  return `Setup updated by another session: ${listed(words)}.`;
}

/**
 * One sentence per field where this session's change replaced a colleague's: "Your change to
 * the edge exclusion replaced a colleague's (was 5 mm)." (`unsaved`: "Your unsaved change to
 * the edge exclusion will replace a colleague's (5 mm)."), and one for each name under which
 * both sessions saved a custom pattern.
 */
export function describeConflicts(
  merge: Pick<SetupMerge, 'conflicts' | 'sameNamePatterns'>,
  unsaved = false,
): string[] {
  const sentences = merge.conflicts.map((c) => {
    const removed = c.before === 'none' || c.before === 'deleted';
    if (unsaved) {
      return `Your unsaved change to the ${c.name} will replace a colleague's ${removed ? 'removal of it' : `(${c.before})`}.`;
    }
    return removed
      ? `Your change to the ${c.name} replaced a colleague's removal of it.`
      : `Your change to the ${c.name} replaced a colleague's (was ${c.before}).`;
  });
  for (const name of merge.sameNamePatterns) {
    sentences.push(`A colleague also saved a custom pattern named “${name}”; both are kept.`);
  }
  return sentences;
}
