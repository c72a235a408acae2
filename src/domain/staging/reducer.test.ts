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
    // An update to the values it already has changes nothing.
    expect(stagingReducer(s0, { type: 'update', localId: 'a', changes: {} })).toBe(s0);
    expect(
      stagingReducer(s0, { type: 'update', localId: 'a', changes: { xMm: 1, propertyValue: 10 } }),
    ).toBe(s0);
  });

  it('clears and replaces', () => {
    const s0 = { annotations: [a, b] };
    expect(stagingReducer(s0, { type: 'clear' }).annotations).toEqual([]);
    expect(stagingReducer(EMPTY_STAGING, { type: 'clear' })).toBe(EMPTY_STAGING);
    expect(stagingReducer(s0, { type: 'replace', annotations: [b] }).annotations).toEqual([b]);
  });

  it('moves the given annotations by a delta, and nothing for a zero delta', () => {
    const s0 = { annotations: [a, b] };
    const s1 = stagingReducer(s0, { type: 'move', localIds: ['b'], dxMm: 0.5, dyMm: -1 });
    expect(s1.annotations).toEqual([a, { ...b, xMm: 2.5, yMm: -1 }]);
    expect(stagingReducer(s0, { type: 'move', localIds: ['b'], dxMm: 0, dyMm: 0 })).toBe(s0);
    expect(stagingReducer(s0, { type: 'move', localIds: ['zz'], dxMm: 1, dyMm: 0 })).toBe(s0);
  });

  it('applies a batch in order as one change', () => {
    const s1 = stagingReducer(EMPTY_STAGING, {
      type: 'batch',
      actions: [
        { type: 'add', annotations: [a, b] },
        { type: 'update', localId: 'a', changes: { propertyValue: 11 } },
        { type: 'remove', localIds: ['b'] },
      ],
    });
    expect(s1.annotations).toEqual([{ ...a, propertyValue: 11 }]);
  });
});
