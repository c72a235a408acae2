/**
 * The inline edit of one staged annotation as a three-way merge, so an edit form left open never
 * undoes a change made elsewhere meanwhile (another tab, or a drag in this one):
 * - `base`: the texts each field had when the user last saw it unchanged (when the form opened,
 *   or later while the user had not touched it);
 * - `typed`: what is in the form;
 * - `live`: the annotation as it is now in the shared draft.
 * Fields the user has not touched follow `live`; a save writes only the fields the user changed
 * (typed ≠ base). A changed field whose live value moved away from `base` meanwhile is replaced
 * by the later save, and reported (`replacedValues`) so the user is told whose value went.
 */
import type { StagedField } from './draftDoc';
import { type EntryFields, entryFieldsOf, type NewStaged } from './entry';
import type { StagedAnnotation, StagedAnnotationChanges } from './staged';

/** The form's fields, in display order. */
export const EDIT_KEYS = ['x', 'y', 'property', 'value', 'unit', 'source'] as const;
export type EditKey = (typeof EDIT_KEYS)[number];
export type EditTexts = Readonly<Record<EditKey, string>>;

/** The annotation field each form field writes. */
export const FIELD_OF_KEY: Readonly<Record<EditKey, StagedField>> = {
  x: 'xMm',
  y: 'yMm',
  property: 'propertyName',
  value: 'propertyValue',
  unit: 'propertyUnit',
  source: 'charSourceType',
};

export interface EditForm {
  base: EditTexts;
  typed: EditTexts;
}

/** The texts that show `a` (as the entry form writes numbers and empty units). */
export function editTextsOf(a: StagedAnnotation): EditTexts {
  const f = entryFieldsOf(a);
  const p = f.properties[0] ?? { property: '', value: '', unit: '' };
  return { x: f.x, y: f.y, property: p.property, value: p.value, unit: p.unit, source: f.source };
}

/** A form opened on `a`: nothing changed yet. */
export const openEditForm = (a: StagedAnnotation): EditForm => {
  const texts = editTextsOf(a);
  return { base: texts, typed: texts };
};

/** The form's texts as entry fields (one property row), for validateEntry. */
export function entryFieldsOfTexts(t: EditTexts): EntryFields {
  return {
    x: t.x,
    y: t.y,
    source: t.source,
    properties: [{ property: t.property, value: t.value, unit: t.unit }],
  };
}

/** The keys the user changed: typed text differs from the base text. */
export const editedKeys = (form: EditForm): EditKey[] =>
  EDIT_KEYS.filter((k) => form.typed[k] !== form.base[k]);

/**
 * The form after the annotation changed elsewhere to `live`: every field the user has not
 * changed shows the new value (and takes it as its base); changed fields keep what was typed and
 * their base, so a save can tell it replaces a newer value. Returns `form` itself when nothing
 * moves (no re-render).
 */
export function followLive(form: EditForm, live: EditTexts): EditForm {
  let moved = false;
  const base = { ...form.base };
  const typed = { ...form.typed };
  for (const k of EDIT_KEYS) {
    if (form.typed[k] !== form.base[k] || form.base[k] === live[k]) continue;
    base[k] = live[k];
    typed[k] = live[k];
    moved = true;
  }
  return moved ? { base, typed } : form;
}

/**
 * What a save writes: the fields of the changed keys only, with their checked values from
 * `checked` (validateEntry's annotation for the whole form). {} when nothing was changed.
 */
export function editChanges(form: EditForm, checked: NewStaged): StagedAnnotationChanges {
  const changes: Record<string, unknown> = {};
  for (const k of editedKeys(form)) changes[FIELD_OF_KEY[k]] = checked[FIELD_OF_KEY[k]];
  return changes as StagedAnnotationChanges;
}

/** A value set elsewhere while the form was open, that the user's save replaces. */
export interface ReplacedValue {
  key: EditKey;
  /** The value set elsewhere (as the form writes it). */
  theirs: string;
  /** The user's value. */
  yours: string;
}

/**
 * The changed keys whose live value moved away from the base meanwhile (and is not what the
 * user typed): the later save wins over those, and the user should be told.
 */
export function replacedValues(form: EditForm, live: EditTexts): ReplacedValue[] {
  return editedKeys(form)
    .filter((k) => live[k] !== form.base[k] && live[k] !== form.typed[k])
    .map((k) => ({ key: k, theirs: live[k], yours: form.typed[k] }));
}
