/**
 * When each field of a sample's setup was last written, so that a lost update can be told from
 * a colleague's change. Two sessions that read the setup at the same moment and write one after
 * the other make the second write carry the first's fields as they were before it: without
 * stamps, that old value looks like a deliberate change and every session follows it, losing
 * the first change for good. With them, each written field carries the stamp of the write that
 * last changed it, and a copy whose field is older than the one this session knew is stale in
 * that field (isStale). The rule is per-field last-writer-wins on the writers' stamps, as in a
 * LWW-register map (Shapiro et al., "Conflict-free Replicated Data Types", 2011).
 */
import { type FieldValue, sameFieldValue, setupFields } from './fields';
import type { SampleSetup } from './setup';

/** A copy's field stamps by fieldKey; null when it has none or a later writer ignored them. */
export function stampsOf(copy: SampleSetup | null): Record<string, string> | null {
  const stamps = copy?.fieldStamps;
  return stamps && stamps.at === copy.updatedAt ? stamps.fields : null;
}

/**
 * The field stamps of `written` (stamped `stamp`, ISO 8601) as a write onto `theirs` (the
 * server's copy it replaces): a field whose value differs from theirs (set, changed or removed)
 * gets `stamp`; one left as theirs had it keeps theirs' stamp (none if theirs had none).
 */
export function stampFields(
  written: SampleSetup,
  theirs: SampleSetup | null,
  stamp: string,
): NonNullable<SampleSetup['fieldStamps']> {
  const before = setupFields(theirs);
  const after = setupFields(written);
  const previous = stampsOf(theirs) ?? {};
  const fields: Record<string, string> = {};
  for (const key of new Set([...Object.keys(previous), ...before.keys(), ...after.keys()])) {
    const kept = sameFieldValue(before.get(key)?.value, after.get(key)?.value);
    const at = kept ? previous[key] : stamp;
    if (at !== undefined) fields[key] = at;
  }
  return { at: stamp, fields };
}

/**
 * True when `theirs` holds field `key` at a value other than `base`'s because of a write that
 * did not know base's value: base's stamp for the field is later than theirs' (or theirs has
 * none while base has one). `baseValue`/`theirValue` are the field's values (undefined: unset).
 * False when either copy has no stamps (stampsOf null): nothing can be told then.
 */
export function isStale(
  key: string,
  baseStamps: Record<string, string> | null,
  theirStamps: Record<string, string> | null,
  baseValue: FieldValue,
  theirValue: FieldValue,
): boolean {
  const known = baseStamps?.[key];
  if (!theirStamps || known === undefined || sameFieldValue(baseValue, theirValue)) return false;
  const theirs = theirStamps[key];
  return theirs === undefined || Date.parse(theirs) < Date.parse(known);
}

/**
 * True when `copy` is an earlier state of `known` (a read that was answered before a write this
 * session knows of): with stamps on both, every field stamp of `copy` is also in `known` and not
 * later there; without them, `copy` is stamped before `known`. A write that landed after
 * `known` but was stamped before it (a slow network) holds a field stamp `known` lacks or has
 * older, so it is news, not an earlier state.
 */
export function isEarlierCopy(copy: SampleSetup, known: SampleSetup): boolean {
  const [mine, theirs] = [stampsOf(copy), stampsOf(known)];
  if (!mine || !theirs) return Date.parse(copy.updatedAt) < Date.parse(known.updatedAt);
  return Object.entries(mine).every(
    ([key, at]) => theirs[key] !== undefined && Date.parse(at) <= Date.parse(theirs[key]),
  );
}
