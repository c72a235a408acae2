import { describe, expect, it } from 'vitest';
import {
  isoDate,
  type ListedSample,
  matchesSearch,
  naturalCompare,
  selectAll,
  selectRange,
  toggleSelection,
  visibleSamples,
} from './sampleListModel';

const sample = (o: Partial<ListedSample> & { id: string }): ListedSample => ({
  name: null,
  owner_name: null,
  created_datetime: null,
  projects: [],
  ...o,
});

describe('naturalCompare', () => {
  it('orders digit runs as numbers and ignores case', () => {
    const names = ['Slot10', 'slot2', 'Slot1', 'Slot02b', 'W10', 'w9'];
    expect([...names].sort(naturalCompare)).toEqual([
      'Slot1',
      'slot2',
      'Slot02b',
      'Slot10',
      'w9',
      'W10',
    ]);
  });
});

describe('matchesSearch', () => {
  const s = sample({
    id: 'abc-123',
    name: 'Native oxide Slot07',
    owner_name: 'Chris V',
    projects: [{ id: '1', name: 'Gate stack' }],
  });

  it('needs every word somewhere in name, owner, project or id, in any case', () => {
    expect(matchesSearch(s, '')).toBe(true);
    expect(matchesSearch(s, '  ')).toBe(true);
    expect(matchesSearch(s, 'slot07 OXIDE')).toBe(true);
    expect(matchesSearch(s, 'chris gate')).toBe(true);
    expect(matchesSearch(s, 'abc-1')).toBe(true);
    expect(matchesSearch(s, 'slot08')).toBe(false);
    expect(matchesSearch(s, 'oxide nitride')).toBe(false);
  });

  it('folds full-width characters (NFKC)', () => {
    expect(matchesSearch(s, 'ＳＬＯＴ07')).toBe(true);
  });
});

describe('visibleSamples', () => {
  const list = [
    sample({
      id: 'a',
      name: 'Slot10',
      owner_name: 'bo',
      created_datetime: '2026-01-03T00:00:00.000Z',
    }),
    sample({
      id: 'b',
      name: 'Slot2',
      owner_name: 'Al',
      created_datetime: '2026-01-01T00:00:00.000Z',
    }),
    sample({ id: 'c', name: null, owner_name: null, created_datetime: null }),
    sample({
      id: 'd',
      name: 'Slot1',
      owner_name: 'al',
      created_datetime: '2026-01-02T00:00:00.000Z',
    }),
  ];
  const ids = (rows: ListedSample[]) => rows.map((r) => r.id);

  it('sorts names naturally, missing names last in both directions', () => {
    expect(ids(visibleSamples(list, '', { key: 'name', direction: 'asc' }))).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
    expect(ids(visibleSamples(list, '', { key: 'name', direction: 'desc' }))).toEqual([
      'a',
      'b',
      'd',
      'c',
    ]);
  });

  it('sorts by date and by owner, ties broken by name', () => {
    expect(ids(visibleSamples(list, '', { key: 'date', direction: 'desc' }))).toEqual([
      'a',
      'd',
      'b',
      'c',
    ]);
    // "Al" and "al" are one owner: Slot1 before Slot2 by name.
    expect(ids(visibleSamples(list, '', { key: 'owner', direction: 'asc' }))).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
  });

  it('keeps only the samples matching the search, and leaves the input alone', () => {
    const copy = [...list];
    expect(ids(visibleSamples(list, 'slot1', { key: 'name', direction: 'asc' }))).toEqual([
      'd',
      'a',
    ]);
    expect(list).toEqual(copy);
  });
});

describe('selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one id', () => {
    expect(toggleSelection(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleSelection(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('selects or clears a Shift range in the shown order, in either direction', () => {
    expect(selectRange(order, ['x'], 'b', 'd', true)).toEqual(['x', 'b', 'c', 'd']);
    expect(selectRange(order, [], 'd', 'b', true)).toEqual(['b', 'c', 'd']);
    expect(selectRange(order, ['a', 'b', 'c', 'd'], 'b', 'c', false)).toEqual(['a', 'd']);
  });

  it('changes only the target without an anchor in the list', () => {
    expect(selectRange(order, ['a'], null, 'c', true)).toEqual(['a', 'c']);
    expect(selectRange(order, ['a'], 'gone', 'c', true)).toEqual(['a', 'c']);
  });

  it('selects all the matching ids without repeats', () => {
    expect(selectAll(['c', 'z'], order)).toEqual(['c', 'z', 'a', 'b', 'd', 'e']);
  });
});

describe('isoDate', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    const d = new Date(2026, 0, 5, 12, 0, 0);
    expect(isoDate(d.toISOString())).toBe('2026-01-05');
    expect(isoDate(null)).toBe('');
    expect(isoDate('not a date')).toBe('');
  });
});
