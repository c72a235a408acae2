import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import { stagingReducer } from './reducer';
import { EMPTY_STAGING } from './staged';

describe('stagingReducer', () => {
  const a = aStagedAnnotation({ localId: 'a', xMm: 1, propertyValue: 10 });
  const b = aStagedAnnotation({ localId: 'b', xMm: 2, propertyValue: 20 });

  it('adds in order', () => {
    const s = stagingReducer(EMPTY_STAGING, { type: 'add', annotations: [a, b] });
    expect(s.annotations.map((x) => x.localId)).toEqual(['a', 'b']);
  });

  it('updates one annotation and keeps its id', () => {
    const s0 = { annotations: [a, b] };
    const s1 = stagingReducer(s0, {
      type: 'update',
      localId: 'b',
      changes: { propertyValue: 21, yMm: -4 },
    });
    expect(s1.annotations[1]).toEqual({ ...b, propertyValue: 21, yMm: -4 });
    expect(s1.annotations[0]).toBe(a);
    expect(s0.annotations[1]).toEqual(b);
  });

  it('removes by id and returns the same state when nothing matched', () => {
    const s0 = { annotations: [a, b] };
    expect(stagingReducer(s0, { type: 'remove', localIds: ['a'] }).annotations).toEqual([b]);
    expect(stagingReducer(s0, { type: 'remove', localIds: ['zzz'] })).toBe(s0);
    expect(stagingReducer(s0, { type: 'update', localId: 'zzz', changes: {} })).toBe(s0);
  });

  it('clears and replaces', () => {
    const s0 = { annotations: [a, b] };
    expect(stagingReducer(s0, { type: 'clear' }).annotations).toEqual([]);
    expect(stagingReducer(EMPTY_STAGING, { type: 'clear' })).toBe(EMPTY_STAGING);
    expect(stagingReducer(s0, { type: 'replace', annotations: [b] }).annotations).toEqual([b]);
  });
});
