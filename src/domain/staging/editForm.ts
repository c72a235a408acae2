/**
 * The inline edit of one staged annotation as a three-way merge of texts (values/formMerge.ts):
 * fields the user has not touched follow changes made elsewhere while the form is open, and a
 * save writes only the fields the user changed, so an open form never undoes another tab's
 * change (or a drag in this one) to a field it did not touch.
 */
import { editedKeys, openForm, type TextForm, type Texts } from '../values/formMerge';
import type { StagedField } from './draftDoc';
import { type EntryFields, entryFieldsOf, type NewStaged } from './entry';
import type { StagedAnnotation, StagedAnnotationChanges } from './staged';

export { editedKeys, followLive, type ReplacedValue, replacedValues } from '../values/formMerge';

/** The form's fields, in display order. */
export const EDIT_KEYS = ['x', 'y', 'property', 'value', 'unit', 'source'] as const;
export type EditKey = (typeof EDIT_KEYS)[number];
export type EditTexts = Texts<EditKey>;
export type EditForm = TextForm<EditKey>;

/** The annotation field each form field writes. */
export const FIELD_OF_KEY: Readonly<Record<EditKey, StagedField>> = {
  x: 'xMm',
  y: 'yMm',
  property: 'propertyName',
  value: 'propertyValue',
  unit: 'propertyUnit',
  source: 'charSourceType',
};

/** The texts that show `a` (as the entry form writes numbers and empty units). */
export function editTextsOf(a: StagedAnnotation): EditTexts {
  const f = entryFieldsOf(a);
  const p = f.properties[0] ?? { property: '', value: '', unit: '' };
  return { x: f.x, y: f.y, property: p.property, value: p.value, unit: p.unit, source: f.source };
}

/** A form opened on `a`: nothing changed yet. */
export const openEditForm = (a: StagedAnnotation): EditForm => openForm(editTextsOf(a));

/** The form's texts as entry fields (one property row), for validateEntry. */
export function entryFieldsOfTexts(t: EditTexts): EntryFields {
  return {
    x: t.x,
    y: t.y,
    source: t.source,
    properties: [{ property: t.property, value: t.value, unit: t.unit }],
  };
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
