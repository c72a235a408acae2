import { describe, expect, it } from 'vitest';
import { nextSort, readCompareOptions, writeCompareOptions } from './compareOptions';

describe('compare options in the URL', () => {
  it('reads defaults from nothing, and ignores what does not read', () => {
    const d = readCompareOptions({});
    expect(d).toEqual({
      convert: false,
      nonUniformity: 'half-range-over-mean',
      sort: null,
      map: 'viridis',
      showField: true,
      a: null,
      b: null,
      toleranceMm: 1,
      rateMinutes: null,
    });
    expect(
      readCompareOptions({ nu: 'nope', sort: 'colour:up', map: 'jet', tol: '-1', rate: '0' }),
    ).toEqual(d);
  });

  it('round-trips every setting, and keeps keys it does not own', () => {
    const written = writeCompareOptions(
      { other: 'x' },
      {
        convert: true,
        nonUniformity: 'sd-over-mean',
        sort: { key: 'mean', direction: 'desc' },
        map: 'magma',
        showField: false,
        a: 'id-a',
        b: 'id-b',
        toleranceMm: 2.5,
        rateMinutes: 3,
      },
    );
    expect(written).toEqual({
      other: 'x',
      convert: '1',
      nu: 'sd-over-mean',
      sort: 'mean:desc',
      map: 'magma',
      field: '0',
      a: 'id-a',
      b: 'id-b',
      tol: '2.5',
      rate: '3',
    });
    expect(readCompareOptions(written)).toMatchObject({ toleranceMm: 2.5, rateMinutes: 3 });
    expect(writeCompareOptions(written, { toleranceMm: 1, rateMinutes: null, a: null })).toEqual({
      other: 'x',
      convert: '1',
      nu: 'sd-over-mean',
      sort: 'mean:desc',
      map: 'magma',
      field: '0',
      b: 'id-b',
    });
  });

  it('accepts a tolerance of 0 mm (exact positions only)', () => {
    expect(readCompareOptions({ tol: '0' }).toleranceMm).toBe(0);
  });

  it('sorts a new column ascending, and flips the current one', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'mean')).toEqual({
      key: 'mean',
      direction: 'asc',
    });
    expect(nextSort({ key: 'mean', direction: 'asc' }, 'mean').direction).toBe('desc');
  });
});
