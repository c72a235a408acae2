import { describe, expect, it } from 'vitest';
import {
  type CustomPattern,
  MAX_CUSTOM_SITES,
  parseImportedPatterns,
  patternFromCustom,
  toExportJson,
} from './custom';

const aPattern = (o: Partial<CustomPattern> = {}): CustomPattern => ({
  id: 'p-1',
  name: 'Five corners',
  sites: [
    { xMm: 0, yMm: 0 },
    { xMm: -12.5, yMm: 40 },
  ],
  createdAt: '2024-05-06T07:08:09.000Z',
  ...o,
});

describe('custom pattern files', () => {
  it('round-trips through export and import unchanged', () => {
    const patterns = [
      aPattern(),
      aPattern({ id: 'p-2', name: 'Line', sites: [{ xMm: 1, yMm: 2 }] }),
    ];
    const text = toExportJson(patterns);
    expect(JSON.parse(text)).toMatchObject({ format: 'wafer-annotator/patterns', version: 1 });
    expect(parseImportedPatterns(text)).toEqual({ ok: true, patterns });
  });

  it('accepts a bare array and a date-time with an offset, and trims the name', () => {
    const text = JSON.stringify([
      aPattern({ name: '  Edge  ', createdAt: '2024-05-06T09:08:09+02:00' }),
    ]);
    const result = parseImportedPatterns(text);
    expect(result.ok && result.patterns[0]?.name).toBe('Edge');
  });

  it('names the pattern, site and field of the first problem (1-based)', () => {
    const bad = [aPattern(), aPattern({ sites: [0, 1, 2, 3, 4].map((i) => ({ xMm: i, yMm: i })) })];
    const file = JSON.parse(toExportJson(bad));
    file.patterns[1].sites[4].xMm = 'abc';
    expect(parseImportedPatterns(JSON.stringify(file))).toEqual({
      ok: false,
      message: 'pattern 2: site 5: xMm must be a finite number',
    });
    // JSON writes Infinity as null, so a non-finite site arrives as null.
    expect(
      parseImportedPatterns(JSON.stringify([aPattern({ sites: [{ xMm: 1, yMm: Infinity }] })])),
    ).toEqual({ ok: false, message: 'pattern 1: site 1: yMm must be a finite number' });
    expect(
      parseImportedPatterns(
        '[{"id":"a","name":"x","sites":[{"xMm":1}],"createdAt":"2024-01-01T00:00:00Z"}]',
      ),
    ).toEqual({
      ok: false,
      message: 'pattern 1: site 1: yMm is missing',
    });
  });

  it('reports empty names, bad sizes, bad dates and broken JSON', () => {
    const one = (o: Partial<CustomPattern>) => parseImportedPatterns(JSON.stringify([aPattern(o)]));
    expect(one({ name: '   ' })).toEqual({
      ok: false,
      message: 'pattern 1: name must not be empty',
    });
    expect(one({ sites: [] })).toEqual({
      ok: false,
      message: 'pattern 1: sites must hold at least 1 site',
    });
    const tooMany = Array.from({ length: MAX_CUSTOM_SITES + 1 }, () => ({ xMm: 0, yMm: 0 }));
    expect(one({ sites: tooMany })).toEqual({
      ok: false,
      message: 'pattern 1: sites must hold at most 10000 sites',
    });
    expect(one({ sites: tooMany.slice(1) }).ok).toBe(true);
    expect(one({ createdAt: 'yesterday' })).toEqual({
      ok: false,
      message: 'pattern 1: createdAt must be an ISO 8601 date-time',
    });
    expect(parseImportedPatterns('[1]')).toEqual({
      ok: false,
      message: 'pattern 1: must be an object',
    });
    expect(parseImportedPatterns('{"patterns": 3}').ok).toBe(false);
    expect(parseImportedPatterns('[]')).toEqual({
      ok: false,
      message: 'the file holds no patterns',
    });
    const broken = parseImportedPatterns('{"patterns": [');
    expect(broken.ok === false && broken.message).toMatch(/^not valid JSON: /);
  });

  it('counts further problems after the first', () => {
    const result = parseImportedPatterns(
      JSON.stringify([aPattern({ name: '' }), aPattern({ id: 7 as never })]),
    );
    expect(result).toEqual({
      ok: false,
      message: 'pattern 1: name must not be empty (and 1 more problem)',
    });
  });
});

describe('patternFromCustom', () => {
  it('numbers the sites 1..n in stored order', () => {
    expect(patternFromCustom(aPattern())).toEqual({
      name: 'Five corners',
      sites: [
        { index: 1, xMm: 0, yMm: 0 },
        { index: 2, xMm: -12.5, yMm: 40 },
      ],
    });
  });
});
