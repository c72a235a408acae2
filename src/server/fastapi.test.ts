import { describe, expect, it } from 'vitest';
import { AnnotationCreate, AnnotationFilters, BulkAnnotationCreate } from '../api/schemas';
import { HttpProblem, jsonInvalid, validationDetail } from './fastapi';

function detailOf(schema: { safeParse(input: unknown): { error?: unknown } }, input: unknown) {
  const { error } = schema.safeParse(input);
  if (!error) throw new Error('expected the input to be invalid');
  return validationDetail(error as Parameters<typeof validationDetail>[0], 'body', input);
}

describe('validationDetail', () => {
  it('prefixes loc with the source and keeps array indexes as numbers', () => {
    const input = {
      annotations: [{ property_name: 'a', property_value: 1 }, { property_name: 'b' }],
    };
    expect(detailOf(BulkAnnotationCreate, input)).toEqual([
      {
        loc: ['body', 'annotations', 1, 'property_value'],
        msg: expect.stringContaining('expected number'),
        type: 'missing',
      },
    ]);
  });

  it('tells a wrong type from a missing field', () => {
    const types = detailOf(AnnotationCreate, { property_name: 3, property_value: null }).map(
      (item) => [item.loc.join('.'), item.type],
    );
    expect(types).toEqual([
      ['body.property_name', 'string_type'],
      ['body.property_value', 'float_type'],
    ]);
  });

  it('gives stable codes for enum, uuid, refine, record and array length problems', () => {
    const input = {
      property_name: '   ',
      property_value: 1,
      coord_ref_frame: 'wafer',
      data_id: 'not-a-uuid',
      metadata: [1],
    };
    expect(detailOf(AnnotationCreate, input).map((item) => [item.loc[1], item.type])).toEqual([
      ['property_name', 'value_error'],
      ['coord_ref_frame', 'enum'],
      ['data_id', 'uuid_parsing'],
      ['metadata', 'dict_type'],
    ]);
    expect(detailOf(BulkAnnotationCreate, { annotations: [] })).toEqual([
      {
        loc: ['body', 'annotations'],
        msg: 'at least one annotation is required',
        type: 'too_short',
      },
    ]);
  });

  it('reports a body that is not an object at loc ["body"]', () => {
    expect(detailOf(BulkAnnotationCreate, [1, 2])).toEqual([
      { loc: ['body'], msg: expect.any(String), type: 'dict_type' },
    ]);
  });

  it('marks unparsable or infinite query numbers under "query"', () => {
    const query = { x_min: 'abc', y_max: '1e999' };
    const { error } = AnnotationFilters.safeParse(query);
    if (!error) throw new Error('expected invalid');
    expect(validationDetail(error, 'query', query)).toEqual([
      { loc: ['query', 'x_min'], msg: expect.any(String), type: 'float_parsing' },
      { loc: ['query', 'y_max'], msg: expect.any(String), type: 'finite_number' },
    ]);
  });
});

describe('jsonInvalid', () => {
  it('is a 422 with loc ["body"] and type json_invalid', () => {
    const problem = jsonInvalid('Unexpected end of JSON input');
    expect(problem).toBeInstanceOf(HttpProblem);
    expect(problem.status).toBe(422);
    expect(problem.detail).toEqual([
      {
        loc: ['body'],
        msg: 'JSON decode error',
        type: 'json_invalid',
        ctx: { error: 'Unexpected end of JSON input' },
      },
    ]);
  });
});
