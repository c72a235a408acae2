import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateValidationDetail } from './errors';
import type { ValidationErrorItem } from './schemas';

const RUNS = { numRuns: 300 };

/** Field names and prefixes FastAPI puts in `loc`, plus random text. */
const word = fc.oneof(
  fc.constantFrom('body', 'payload', 'query', 'path', 'property_value', 'coord_x', 'metadata'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const part = fc.oneof(word, fc.nat({ max: 50 }));
const prefix = fc.array(fc.oneof(word, fc.nat({ max: 5 })), { maxLength: 3 });
const noAnnotations = (parts: (string | number)[]) => !parts.includes('annotations');

const item = (loc: (string | number)[]): ValidationErrorItem => ({ loc, msg: 'bad', type: 't' });

describe('locateValidationDetail properties', () => {
  it('takes the row from the integer after "annotations" and the field from the next string', () => {
    const rest = fc.array(part, { maxLength: 4 }).filter(noAnnotations);
    fc.assert(
      fc.property(prefix.filter(noAnnotations), fc.nat(), rest, (before, row, after) => {
        const loc = [...before, 'annotations', row, ...after];
        const field = after.find((p) => typeof p === 'string') ?? null;
        expect(locateValidationDetail(item(loc))).toEqual({ row, field, message: 'bad' });
      }),
      RUNS,
    );
  });

  it('gives row null and the last string other than "body" when no index follows', () => {
    const loc = fc.array(part, { maxLength: 6 }).filter(noAnnotations);
    fc.assert(
      fc.property(loc, fc.boolean(), (parts, withAnnotations) => {
        // "annotations" at the very end has no index after it either.
        const full = withAnnotations ? [...parts, 'annotations'] : parts;
        const strings = full.filter((p) => typeof p === 'string' && p !== 'body');
        expect(locateValidationDetail(item(full))).toEqual({
          row: null,
          field: strings.at(-1) ?? null,
          message: 'bad',
        });
      }),
      RUNS,
    );
  });

  it('is not changed by extra keys such as input, ctx and url', () => {
    const loc = fc.array(fc.oneof(part, fc.constant('annotations')), { maxLength: 7 });
    const extras = fc.record(
      { input: fc.anything(), ctx: fc.dictionary(fc.string(), fc.anything()), url: fc.webUrl() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(loc, extras, (parts, extra) => {
        const plain = locateValidationDetail(item(parts));
        expect(locateValidationDetail({ ...item(parts), ...extra })).toEqual(plain);
      }),
      RUNS,
    );
  });

  it('finds the first "annotations" that is followed by an index, wherever it sits', () => {
    const expected = (loc: (string | number)[]) => {
      for (let i = 0; i < loc.length - 1; i++) {
        const next = loc[i + 1];
        if (loc[i] === 'annotations' && typeof next === 'number') {
          const field = loc.slice(i + 2).find((p) => typeof p === 'string');
          return { row: next, field: field ?? null };
        }
      }
      const strings = loc.filter((p) => typeof p === 'string' && p !== 'body');
      return { row: null, field: strings.at(-1) ?? null };
    };
    const loc = fc.array(fc.oneof(part, fc.constant('annotations')), { maxLength: 7 });
    fc.assert(
      fc.property(loc, (parts) => {
        expect(locateValidationDetail(item(parts))).toEqual({ ...expected(parts), message: 'bad' });
      }),
      { numRuns: 300 },
    );
  });
});
