import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { standardWafer } from '../geometry/outline';
import {
  EDIT_KEYS,
  type EditForm,
  editChanges,
  editedKeys,
  editTextsOf,
  entryFieldsOfTexts,
  followLive,
  openEditForm,
  replacedValues,
} from './editForm';
import { validateEntry } from './entry';

const opened = aStagedAnnotation({ localId: 'p1', xMm: 3, yMm: -2, propertyValue: 9.5 });
const type = (form: EditForm, typed: Partial<EditForm['typed']>): EditForm => ({
  ...form,
  typed: { ...form.typed, ...typed },
});
/** What saving `form` writes, checked as the staged edit row checks it. */
const save = (form: EditForm) => {
  const r = validateEntry(entryFieldsOfTexts(form.typed), standardWafer(100));
  if (!r.ok || !r.annotations[0]) throw new Error(JSON.stringify(r));
  return editChanges(form, r.annotations[0]);
};

describe('the staged edit form as a three-way merge', () => {
  it('opens with the annotation as the form writes it, nothing changed', () => {
    const form = openEditForm(opened);
    expect(form.typed).toEqual({
      x: '3',
      y: '-2',
      property: 'thickness',
      value: '9.5',
      unit: 'nm',
      source: '',
    });
    expect(editedKeys(form)).toEqual([]);
    expect(save(form)).toEqual({});
  });

  it('a save writes only the fields the user changed, whichever they are', () => {
    const form = openEditForm(opened);
    expect(save(type(form, { value: '2.22' }))).toEqual({ propertyValue: 2.22 });
    expect(save(type(form, { unit: 'A' }))).toEqual({ propertyUnit: 'Å' });
    expect(save(type(form, { x: '4', source: 'KLA' }))).toEqual({ xMm: 4, charSourceType: 'KLA' });
    expect(save(type(form, { property: 'Rs', y: '0' }))).toEqual({ propertyName: 'Rs', yMm: 0 });
    // Typed back to what it was: not a change.
    expect(save(type(type(form, { value: '7' }), { value: '9.5' }))).toEqual({});
  });

  it("another tab's change to a field this form never touched is kept (the tester's case)", () => {
    // Tab B opens the edit; tab A then changes value and unit; B changes only the value.
    let b = openEditForm(opened);
    b = type(b, { value: '2.22' });
    const afterA = editTextsOf({ ...opened, propertyValue: 1.11, propertyUnit: 'Å' });
    b = followLive(b, afterA);
    // The untouched unit shows A's Å; the typed value stays.
    expect(b.typed.unit).toBe('Å');
    expect(b.typed.value).toBe('2.22');
    expect(save(b)).toEqual({ propertyValue: 2.22 });
    // B's later save replaced A's value of the same field, and says so.
    expect(replacedValues(b, afterA)).toEqual([{ key: 'value', theirs: '1.11', yours: '2.22' }]);
  });

  it('the same holds for a save made without seeing the change (no follow): untouched fields are not written', () => {
    const b = type(openEditForm(opened), { value: '2.22' });
    expect(save(b)).toEqual({ propertyValue: 2.22 });
  });

  it('no replaced value when nothing changed elsewhere, or elsewhere to what the user typed', () => {
    const b = type(openEditForm(opened), { value: '2.22', unit: 'µm' });
    expect(replacedValues(b, editTextsOf(opened))).toEqual([]);
    const same = editTextsOf({ ...opened, propertyValue: 2.22, propertyName: 'Rs' });
    expect(replacedValues(b, same)).toEqual([]);
    // Every field the form has is covered.
    for (const key of EDIT_KEYS) {
      const live = { ...editTextsOf(opened), [key]: `${editTextsOf(opened)[key]}9` };
      const typed = type(openEditForm(opened), { [key]: 'mine' });
      expect(replacedValues(typed, live).map((r) => r.key)).toEqual([key]);
    }
  });

  it('following the live annotation returns the same form when nothing moves', () => {
    const form = type(openEditForm(opened), { value: '1' });
    expect(followLive(form, editTextsOf(opened))).toBe(form);
    // Only the typed field differs in the live annotation: the form keeps it and its base.
    const live = editTextsOf({ ...opened, propertyValue: 4 });
    expect(followLive(form, live)).toBe(form);
  });
});
