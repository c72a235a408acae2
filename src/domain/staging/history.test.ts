import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { initialHistory, withHistory } from './history';
import { type StagingAction, stagingReducer } from './reducer';
import { EMPTY_STAGING } from './staged';

const reducer = withHistory(stagingReducer, { resets: (a: StagingAction) => a.type === 'replace' });
const a = aStagedAnnotation({ localId: 'a', xMm: 1 });
const b = aStagedAnnotation({ localId: 'b', xMm: 2 });

describe('withHistory', () => {
  it('undoes and redoes add, move and delete in order', () => {
    let h = initialHistory(EMPTY_STAGING);
    h = reducer(h, { type: 'add', annotations: [a, b] });
    h = reducer(h, { type: 'update', localId: 'a', changes: { xMm: 5 } });
    h = reducer(h, { type: 'remove', localIds: ['b'] });
    expect(h.present.annotations).toEqual([{ ...a, xMm: 5 }]);

    h = reducer(h, { type: 'undo' });
    expect(h.present.annotations).toEqual([{ ...a, xMm: 5 }, b]);
    h = reducer(h, { type: 'undo' });
    expect(h.present.annotations).toEqual([a, b]);
    h = reducer(h, { type: 'redo' });
    expect(h.present.annotations).toEqual([{ ...a, xMm: 5 }, b]);
    h = reducer(h, { type: 'undo' });
    h = reducer(h, { type: 'undo' });
    expect(h.present).toBe(EMPTY_STAGING);
    // Nothing left to undo: the same history comes back.
    expect(reducer(h, { type: 'undo' })).toBe(h);
  });

  it('drops the redo branch when a new action follows an undo', () => {
    let h = initialHistory(EMPTY_STAGING);
    h = reducer(h, { type: 'add', annotations: [a] });
    h = reducer(h, { type: 'undo' });
    h = reducer(h, { type: 'add', annotations: [b] });
    expect(h.future).toEqual([]);
    expect(reducer(h, { type: 'redo' })).toBe(h);
  });

  it('records nothing for an action that changes nothing', () => {
    const h = reducer(initialHistory(EMPTY_STAGING), { type: 'add', annotations: [a] });
    expect(reducer(h, { type: 'remove', localIds: ['zzz'] })).toBe(h);
  });

  it('clears the history on a reset action and keeps at most `limit` steps', () => {
    let h = reducer(initialHistory(EMPTY_STAGING), { type: 'add', annotations: [a] });
    h = reducer(h, { type: 'replace', annotations: [b] });
    expect(h).toEqual({ past: [], present: { annotations: [b] }, future: [] });

    const small = withHistory(stagingReducer, { limit: 2 });
    let s = initialHistory(EMPTY_STAGING);
    for (let i = 0; i < 5; i++) {
      s = small(s, { type: 'add', annotations: [aStagedAnnotation({ localId: `p${i}` })] });
    }
    expect(s.past).toHaveLength(2);
  });
});
