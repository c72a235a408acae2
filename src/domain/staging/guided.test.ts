import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../../testing/builders';
import type { NewStaged } from './entry';
import { enterAtSite, enteredSites, firstOpenSite, nextOpenSite } from './guided';
import { stagingReducer } from './reducer';
import { EMPTY_STAGING } from './staged';

const site = { index: 3, xMm: -34.648232, yMm: 34.648232 };
const entry = (propertyName: string, propertyValue: number): NewStaged => ({
  xMm: 0,
  yMm: 0,
  propertyName,
  propertyValue,
  propertyUnit: 'nm',
  charSourceType: null,
  metadata: null,
  site: null,
});
let n = 0;
const newId = () => `id${++n}`;

describe('enterAtSite', () => {
  it('stages every property at the exact site coordinates, tagged with the site', () => {
    const s = stagingReducer(
      EMPTY_STAGING,
      enterAtSite(
        EMPTY_STAGING,
        'P49',
        site,
        [entry('thickness', 9.55), entry('GOF', 0.99)],
        newId,
      ),
    );
    expect(s.annotations.map((a) => [a.propertyName, a.xMm, a.yMm, a.site])).toEqual([
      ['thickness', -34.648232, 34.648232, { pattern: 'P49', index: 3 }],
      ['GOF', -34.648232, 34.648232, { pattern: 'P49', index: 3 }],
    ]);
  });

  it('replaces the value when the site is entered again, never duplicating it', () => {
    const s1 = stagingReducer(
      EMPTY_STAGING,
      enterAtSite(EMPTY_STAGING, 'P49', site, [entry('thickness', 9.55)], newId),
    );
    const s2 = stagingReducer(
      s1,
      enterAtSite(s1, 'P49', site, [entry('thickness', 9.75), entry('GOF', 1)], newId),
    );
    expect(s2.annotations).toHaveLength(2);
    expect(s2.annotations[0]?.propertyValue).toBe(9.75);
    expect(s2.annotations[0]?.localId).toBe(s1.annotations[0]?.localId);
    // The same site number of another pattern is a different site.
    const s3 = stagingReducer(s2, enterAtSite(s2, 'Grid', site, [entry('thickness', 1)], newId));
    expect(s3.annotations).toHaveLength(3);
  });
});

describe('enteredSites and nextOpenSite', () => {
  const state = {
    annotations: [
      aStagedAnnotation({ site: { pattern: 'P', index: 1 } }),
      aStagedAnnotation({ site: { pattern: 'P', index: 2 } }),
      aStagedAnnotation({ site: { pattern: 'Q', index: 4 } }),
      aStagedAnnotation(),
    ],
  };

  it('lists the entered sites of one pattern', () => {
    expect([...enteredSites(state, 'P')].sort()).toEqual([1, 2]);
  });

  it('moves to the next open site, wrapping, and stays when all are done', () => {
    expect(nextOpenSite(5, 1, new Set([1, 2]))).toBe(3);
    expect(nextOpenSite(5, 5, new Set([1, 5]))).toBe(2);
    expect(nextOpenSite(3, 2, new Set([1, 2, 3]))).toBe(2);
  });
});

describe('firstOpenSite', () => {
  it('starts a new pass at site 1, or at the first site with nothing staged', () => {
    expect(firstOpenSite(5, new Set())).toBe(1);
    expect(firstOpenSite(5, new Set([1, 2, 4]))).toBe(3);
    expect(firstOpenSite(5, new Set([1, 2, 3, 4, 5]))).toBe(1);
    expect(firstOpenSite(0, new Set())).toBe(1);
  });
});
