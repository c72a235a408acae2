import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { galleryItems, tileNote } from './galleryItems';
import type { ComparedSample } from './useComparison';

const sample = (o: Partial<ComparedSample>): ComparedSample => ({
  id: 'a',
  name: 'A',
  listed: true,
  status: 'ready',
  error: null,
  records: [],
  setup: null,
  outline: standardWafer(300),
  outlineSource: 'setup',
  stageToSample: null,
  createdAt: null,
  drawOutline: standardWafer(300),
  sites: {
    sites: [{ xMm: 0, yMm: 0, value: 1, site: 1 }],
    otherUnit: 0,
    unplaced: 0,
    converted: 0,
  },
  limits: {},
  slot: null,
  ...o,
});

describe('tileNote', () => {
  it('says what the user must know under a small map, or nothing', () => {
    expect(tileNote(sample({}))).toBeNull();
    expect(tileNote(sample({ status: 'loading' }))).toBe('loading…');
    expect(tileNote(sample({ status: 'error', error: 'HTTP 500' }))).toBe('not loaded: HTTP 500');
    expect(
      tileNote(
        sample({
          outlineSource: null,
          sites: { sites: [], otherUnit: 2, unplaced: 1, converted: 0 },
        }),
      ),
    ).toBe('no outline set: drawn around the sites; 2 in other units left out; 1 not placed');
    expect(tileNote(sample({ outlineSource: 'name', listed: false }))).toBe(
      'not on this server; outline guessed from the name',
    );
  });
});

describe('galleryItems', () => {
  it('follows the table’s order and carries each row’s figures', () => {
    const a = sample({ id: 'a', name: 'A' });
    const b = sample({ id: 'b', name: 'B' });
    const row = (sampleId: string, mean: number) =>
      ({ sampleId, name: sampleId, n: 1, mean, nonUniformity: 2 }) as never;
    const items = galleryItems({ samples: [a, b], rows: [row('b', 5), row('a', 4)] }, new Map());
    expect(items.map((i) => [i.id, i.mean, i.field])).toEqual([
      ['b', 5, null],
      ['a', 4, null],
    ]);
  });
});
