import { describe, expect, it } from 'vitest';
import { fieldErrorsByRow, locateValidationDetail } from './errors';

describe('locateValidationDetail (422 -> staged row)', () => {
  it.each([
    [['body', 'annotations', 3, 'property_value'], 3, 'property_value'],
    [['body', 'payload', 'annotations', 3, 'property_value'], 3, 'property_value'],
    [['annotations', 0, 'coord_x'], 0, 'coord_x'],
    [['body', 'annotations', 12], 12, null],
    [['body', 'annotations', 'annotations', 3, 'property_value'], 3, 'property_value'],
  ] as const)('%j -> row %s, field %s', (loc, row, field) => {
    expect(locateValidationDetail({ loc: [...loc], msg: 'bad', type: 'x' })).toEqual({
      row,
      field,
      message: 'bad',
    });
  });

  it('ignores extra keys such as input, ctx and url', () => {
    const detail = {
      loc: ['body', 'annotations', 1, 'property_value'],
      msg: 'Input should be a valid number',
      type: 'float_parsing',
      input: 'abc',
      ctx: { error: 'x' },
      url: 'https://errors.pydantic.dev/2.6/v/float_parsing',
    };
    expect(locateValidationDetail(detail)).toEqual({
      row: 1,
      field: 'property_value',
      message: 'Input should be a valid number',
    });
  });

  it('gives no row when there is no integer after "annotations"', () => {
    expect(
      locateValidationDetail({ loc: ['body', 'annotations'], msg: 'too many', type: 'x' }),
    ).toEqual({ row: null, field: 'annotations', message: 'too many' });
    expect(locateValidationDetail({ loc: ['query', 'x_min'], msg: 'nan', type: 'x' })).toEqual({
      row: null,
      field: 'x_min',
      message: 'nan',
    });
  });

  it('groups by row', () => {
    const grouped = fieldErrorsByRow([
      { row: 3, field: 'a', message: '1' },
      { row: null, field: null, message: '2' },
      { row: 3, field: 'b', message: '3' },
      { row: 0, field: 'c', message: '4' },
    ]);
    expect([...grouped.keys()]).toEqual([3, 0]);
    expect(grouped.get(3)?.map((e) => e.message)).toEqual(['1', '3']);
  });
});
