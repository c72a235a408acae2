import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import type { EntryFields, NewStaged } from '../../domain/staging/entry';
import { aStagedAnnotation } from '../../testing/builders';
import {
  afterSubmit,
  choosePattern,
  deleteSelected,
  type EntryState,
  goToSite,
  move,
  place,
  placeOutside,
  redo,
  stage,
  undo,
} from './entrySession';
import { entryMessages } from './messages';

const wafer100 = standardWafer(100);
const fields = (values: string[] = ['']): EntryFields => ({
  x: '',
  y: '',
  source: 'KLA',
  properties: values.map((value, i) => ({ property: i === 0 ? 'thk' : 'n', value, unit: 'nm' })),
});
const three: MeasurementPattern = {
  name: 'Three',
  sites: [
    { index: 1, xMm: 0, yMm: 0 },
    { index: 2, xMm: 10, yMm: 0 },
    { index: 3, xMm: 0, yMm: 10 },
  ],
};
const state = (o: Partial<EntryState> = {}): EntryState => ({
  staged: [],
  outline: wafer100,
  placementBlocked: null,
  pattern: null,
  activeSite: 1,
  fields: fields(),
  ...o,
});
const newIds = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const entry = (value: number, propertyName = 'thk'): NewStaged => ({
  xMm: 1,
  yMm: 2,
  propertyName,
  propertyValue: value,
  propertyUnit: 'nm',
  charSourceType: 'KLA',
  metadata: null,
  site: null,
});
const OUTLINE_MISSING = 'Set the outline first.';

describe('place', () => {
  const free = { picking: null, tab: 'entry' } as const;

  it('puts a free click into the form, clears the selection and focuses Value', () => {
    expect(place(state(), { xMm: 1.23456, yMm: -2 }, free)).toEqual({
      fields: { ...fields(), x: '1.235', y: '-2.000' },
      clearSelection: true,
      status: '',
      focusValue: 'focus',
    });
  });

  it('places a reference mark while one is picked, whatever else holds', () => {
    const effect = place(
      state({ placementBlocked: OUTLINE_MISSING, pattern: three }),
      { xMm: 5, yMm: 6 },
      { picking: 2, tab: 'review' },
    );
    expect(effect).toEqual({
      mark: { index: 2, point: { xMm: 5, yMm: 6 } },
      status: 'Reference mark 2 at x 5.00 mm, y 6.00 mm.',
    });
  });

  it('in Review only clears the record selection and says where to place points', () => {
    expect(place(state(), { xMm: 0, yMm: 0 }, { picking: null, tab: 'review' })).toEqual({
      clearRecordSelection: true,
      status: 'In Review a click selects a stored point; open the Entry tab to place new ones.',
    });
  });

  it('refuses while the outline is missing, and while a pattern guides entry', () => {
    expect(place(state({ placementBlocked: OUTLINE_MISSING }), { xMm: 0, yMm: 0 }, free)).toEqual({
      status: `Nothing placed. ${OUTLINE_MISSING}`,
    });
    expect(place(state({ pattern: three }), { xMm: 0, yMm: 0 }, free)).toEqual({
      status: 'Guided entry places values at the pattern sites; choose "None" to click freely.',
    });
  });

  it('says why a click outside the outline places nothing', () => {
    expect(placeOutside(state(), { xMm: 60, yMm: 0 })).toEqual({
      status: 'Nothing placed: (60.00, 0.00) mm is outside the 100 mm wafer, flat 32.5 mm outline.',
    });
  });
});

describe('stage', () => {
  it('adds free entries with new ids and says where', () => {
    const effect = stage(state(), [entry(9.5), entry(1.46, 'n')], newIds());
    expect(effect.accepted).toBe(true);
    expect(effect.action).toEqual({
      type: 'add',
      annotations: [
        { ...entry(9.5), localId: 'new-1' },
        { ...entry(1.46, 'n'), localId: 'new-2' },
      ],
    });
    expect(effect.status).toBe('Staged 2 values at x 1.00 mm, y 2.00 mm.');
  });

  it('refuses while the outline is missing and leaves the fields alone', () => {
    expect(stage(state({ placementBlocked: OUTLINE_MISSING }), [entry(1)], newIds())).toEqual({
      accepted: false,
      status: `Nothing staged. ${OUTLINE_MISSING}`,
    });
  });

  it('stages at the active site and moves on to the next, showing what is staged there', () => {
    const atTwo = aStagedAnnotation({
      propertyName: 'thk',
      propertyValue: 7,
      site: { pattern: 'Three', index: 2 },
    });
    const s = state({ pattern: three, activeSite: 1, staged: [atTwo], fields: fields(['9.5']) });
    const effect = stage(s, [entry(9.5)], newIds());
    expect(effect.action).toEqual({
      type: 'batch',
      actions: [
        {
          type: 'add',
          annotations: [
            {
              ...entry(9.5),
              xMm: 0,
              yMm: 0,
              site: { pattern: 'Three', index: 1 },
              localId: 'new-1',
            },
          ],
        },
      ],
    });
    expect(effect).toMatchObject({
      accepted: true,
      activeSite: 2,
      shownSiteValues: ['7'],
      focusValue: 'select',
      status: 'Staged site 1.',
    });
    expect(effect.fields?.properties.map((p) => p.value)).toEqual(['7']);
  });

  it('after the last site goes to the first site still open', () => {
    const atOne = aStagedAnnotation({ propertyName: 'thk', site: { pattern: 'Three', index: 1 } });
    const s = state({ pattern: three, activeSite: 3, staged: [atOne] });
    expect(stage(s, [entry(3)], newIds())).toMatchObject({
      activeSite: 2,
      status: 'Staged site 3.',
    });
  });

  it('stays on the last site when every site is entered, showing what was just staged', () => {
    const staged = [1, 2].map((index) =>
      aStagedAnnotation({ propertyName: 'thk', site: { pattern: 'Three', index } }),
    );
    const effect = stage(state({ pattern: three, activeSite: 3, staged }), [entry(3.5)], newIds());
    expect(effect).toMatchObject({ activeSite: 3, shownSiteValues: ['3.5'] });
  });

  it('replaces the values of a site entered again instead of adding a second point', () => {
    const atOne = aStagedAnnotation({
      localId: 'old',
      propertyName: 'thk',
      site: { pattern: 'Three', index: 1 },
    });
    const effect = stage(state({ pattern: three, staged: [atOne] }), [entry(8)], newIds());
    expect(effect.action).toEqual({
      type: 'batch',
      actions: [
        {
          type: 'update',
          localId: 'old',
          changes: expect.objectContaining({ propertyValue: 8, xMm: 0, yMm: 0 }),
        },
      ],
    });
  });
});

describe('goToSite', () => {
  it('clamps to the pattern and shows blank values where nothing is staged', () => {
    const effect = goToSite(state({ pattern: three, fields: fields(['4', '5']) }), 9);
    expect(effect).toEqual({
      activeSite: 3,
      fields: fields(['', '']),
      shownSiteValues: ['', ''],
      focusValue: 'select',
    });
  });

  it('does nothing without a pattern', () => {
    expect(goToSite(state(), 2)).toEqual({});
  });
});

describe('undo, redo, move and delete', () => {
  it('undo and redo ask for the outcome in the status, and do nothing when there is nothing to do', () => {
    expect(undo(true)).toEqual({ action: { type: 'undo' }, historyStatus: 'undo' });
    expect(redo(true)).toEqual({ action: { type: 'redo' }, historyStatus: 'redo' });
    expect(undo(false)).toEqual({});
    expect(redo(false)).toEqual({});
  });

  it('the outcome says what undo or redo skipped, or that nothing is left', () => {
    const none = { stored: 0, deletedElsewhere: 0 };
    const say = entryMessages.historyOutcome;
    expect(say('undo', true, none)).toBe('Undone. Ctrl+Shift+Z or Ctrl+Y redoes.');
    expect(say('redo', true, none)).toBe('Redone.');
    expect(say('undo', false, { stored: 3, deletedElsewhere: 0 })).toBe(
      'Nothing left to undo. Undo skipped 3 points already stored.',
    );
    expect(say('undo', true, { stored: 1, deletedElsewhere: 2 })).toBe(
      'Undone. Ctrl+Shift+Z or Ctrl+Y redoes. Undo skipped 1 point already stored and 2 points deleted in another tab.',
    );
    expect(say('redo', false, { stored: 0, deletedElsewhere: 1 })).toBe(
      'Nothing left to redo. Redo skipped 1 point deleted in another tab.',
    );
    expect(say('redo', false, none)).toBe('Nothing left to redo.');
  });

  it('moves points that stay inside the outline', () => {
    const a = aStagedAnnotation({ localId: 'a', xMm: 10 });
    expect(move(state({ staged: [a] }), ['a'], 5, 0)).toEqual({
      action: { type: 'move', localIds: ['a'], dxMm: 5, dyMm: 0 },
    });
  });

  it('refuses a move that takes points out, counting places, not properties', () => {
    const staged = [
      aStagedAnnotation({ localId: 'a', xMm: 40, propertyName: 'thk' }),
      aStagedAnnotation({ localId: 'b', xMm: 40, propertyName: 'n' }),
      aStagedAnnotation({ localId: 'c', xMm: 45 }),
    ];
    expect(move(state({ staged }), ['a', 'b'], 20, 0).status).toBe(
      'Not moved: 1 point would leave the 100 mm wafer, flat 32.5 mm outline.',
    );
    expect(move(state({ staged }), ['a', 'b', 'c'], 20, 0).status).toBe(
      'Not moved: 2 points would leave the 100 mm wafer, flat 32.5 mm outline.',
    );
  });

  it('deletes the selection as one undoable step', () => {
    expect(deleteSelected(new Set(['a', 'b']))).toEqual({
      action: { type: 'remove', localIds: ['a', 'b'] },
      status: 'Deleted 2 staged points. Ctrl+Z undoes.',
    });
    expect(deleteSelected(new Set())).toEqual({});
  });
});

describe('afterSubmit', () => {
  it('says the outcome and clears values still showing what a site held', () => {
    expect(afterSubmit(null, [], 'Stored 3 annotations.', ['7'])).toEqual({
      status: 'Stored 3 annotations.',
      shownSiteValues: null,
      focusValue: 'focus',
      clearValues: ['7'],
    });
  });

  it('restarts guided entry at the first site still open', () => {
    const left = [aStagedAnnotation({ site: { pattern: 'Three', index: 1 } })];
    expect(afterSubmit(three, left, 'Stored 2 annotations.', null)).toEqual({
      activeSite: 2,
      shownSiteValues: null,
      focusValue: 'focus',
      status: 'Stored 2 annotations. Guided entry starts again at site 2 of 3.',
    });
    expect(afterSubmit(three, [], 'Stored 3 annotations.', null).status).toBe(
      'Stored 3 annotations. Guided entry starts again at site 1 of 3.',
    );
  });
});

describe('choosePattern', () => {
  it('refuses a pattern while the outline is missing, but never "none"', () => {
    expect(choosePattern(OUTLINE_MISSING, 'polar')).toEqual({
      accepted: false,
      status: `No pattern chosen. ${OUTLINE_MISSING}`,
    });
    expect(choosePattern(OUTLINE_MISSING, 'none').accepted).toBe(true);
  });

  it('empties the value boxes and sends focus to Value for a pattern', () => {
    expect(choosePattern(null, 'grid')).toEqual({
      accepted: true,
      shownSiteValues: null,
      clearValues: true,
      focusValue: 'focus',
    });
    expect(choosePattern(null, 'none')).not.toHaveProperty('focusValue');
    // A field edit (a new pitch) keeps focus where the user is typing.
    expect(choosePattern(null, 'grid', false)).not.toHaveProperty('focusValue');
  });
});
