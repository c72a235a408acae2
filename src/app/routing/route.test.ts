import { describe, expect, it } from 'vitest';
import { OVERVIEW, parseRoute, type Route, routeToSearch } from './route';

describe('parseRoute', () => {
  it('reads the overview with its search and selection, dropping blanks and repeats', () => {
    expect(parseRoute('')).toEqual(OVERVIEW);
    expect(parseRoute('?q=Slot&sel=a,,b,a')).toEqual({
      view: 'overview',
      search: 'Slot',
      selected: ['a', 'b'],
    });
  });

  it('reads a sample, which wins over compare', () => {
    expect(parseRoute('?sample=s1&compare=a,b')).toEqual({ view: 'sample', sampleId: 's1' });
  });

  it('reads a comparison with its property, unit and other options', () => {
    expect(parseRoute('compare=a,b&property=thickness&unit=nm&diff=a,b&tol=1.5')).toEqual({
      view: 'compare',
      sampleIds: ['a', 'b'],
      property: 'thickness',
      unit: 'nm',
      options: { diff: 'a,b', tol: '1.5' },
    });
  });

  it('treats a compare without ids as the overview', () => {
    expect(parseRoute('?compare=,')).toEqual(OVERVIEW);
  });
});

describe('routeToSearch', () => {
  const routes: Route[] = [
    OVERVIEW,
    { view: 'overview', search: 'wafer 7 & co', selected: ['x', 'y'] },
    { view: 'sample', sampleId: '0b7e…' },
    {
      view: 'compare',
      sampleIds: ['a', 'b', 'c'],
      property: 'sheet_resistance',
      unit: 'Ω/sq',
      options: { diff: 'a,b' },
    },
    { view: 'compare', sampleIds: ['a'], property: null, unit: null, options: {} },
  ];

  it.each(routes)('round-trips %j', (route) => {
    expect(parseRoute(routeToSearch(route))).toEqual(route);
  });

  it('writes nothing for the plain overview', () => {
    expect(routeToSearch(OVERVIEW)).toBe('');
  });
});
