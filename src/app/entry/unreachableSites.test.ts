import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import type { EntryFields, NewStaged } from '../../domain/staging/entry';
import { reachableSiteFrom, unreachableSites } from '../../domain/staging/guided';
import { type EntryState, goToSite, stage } from './entrySession';
import { skipUnreachable } from './skipUnreachable';

// A custom pattern made for a 300 mm wafer, used on a 100 mm one: sites 2 and 3 are off it.
const custom: MeasurementPattern = {
  name: 'Made for 300',
  sites: [
    { index: 1, xMm: 0, yMm: 0 },
    { index: 2, xMm: 120, yMm: 0 },
    { index: 3, xMm: 0, yMm: -120 },
    { index: 4, xMm: 10, yMm: 10 },
  ],
};
const wafer100 = standardWafer(100);
const fields = (value: string): EntryFields => ({
  x: '',
  y: '',
  source: '',
  properties: [{ property: 'thk', value, unit: 'nm' }],
});
const state = (o: Partial<EntryState> = {}): EntryState => ({
  staged: [],
  outline: wafer100,
  placementBlocked: null,
  pattern: custom,
  activeSite: 1,
  fields: fields(''),
  ...o,
});
const entry: NewStaged = {
  xMm: 0,
  yMm: 0,
  propertyName: 'thk',
  propertyValue: 5,
  propertyUnit: 'nm',
  charSourceType: null,
  metadata: null,
  site: null,
};
const ids = () => 'id-1';
const SKIPPED =
  'Sites 2, 3 lie outside the 100 mm wafer, flat 32.5 mm outline and cannot be entered: skipped to site 4.';

describe('unreachable pattern sites', () => {
  it('are the sites off the outline', () => {
    expect([...unreachableSites(wafer100, custom.sites)]).toEqual([2, 3]);
  });

  it('are passed over forward and back, wrapping, and none reachable gives null', () => {
    const off = new Set([2, 3]);
    expect(reachableSiteFrom(4, 2, 1, off)).toEqual({ site: 4, skipped: [2, 3] });
    expect(reachableSiteFrom(4, 3, -1, off)).toEqual({ site: 1, skipped: [3, 2] });
    expect(reachableSiteFrom(4, 9, 1, off)).toEqual({ site: 4, skipped: [] });
    expect(reachableSiteFrom(2, 1, 1, new Set([1, 2]))).toBeNull();
  });

  it('staging moves on past them and says which were skipped', () => {
    expect(stage(state(), [entry], ids)).toMatchObject({
      accepted: true,
      activeSite: 4,
      status: `Staged site 1. ${SKIPPED}`,
    });
  });

  it('after the last site the next open site skips them too', () => {
    const effect = stage(state({ activeSite: 4 }), [entry], ids);
    expect(effect.activeSite).toBe(1);
  });

  it('going to one (a target click, ↓ or ↑) lands on the next reachable site in that direction', () => {
    expect(goToSite(state(), 2)).toMatchObject({ activeSite: 4, status: SKIPPED });
    expect(goToSite(state({ activeSite: 4 }), 3, [], -1)).toMatchObject({ activeSite: 1 });
  });

  it('Enter at one stages nothing, keeps the typed value selected for the next site', () => {
    const effect = skipUnreachable(state({ activeSite: 2, fields: fields('104.5') }));
    expect(effect).toEqual({
      activeSite: 4,
      shownSiteValues: null,
      focusValue: 'select',
      status: `${SKIPPED} Your typed value is kept: press Enter to stage it at site 4.`,
    });
    expect(effect.fields).toBeUndefined();
  });

  it('says so when no site of the pattern lies on the outline', () => {
    const far: MeasurementPattern = { name: 'Far', sites: [{ index: 1, xMm: 200, yMm: 0 }] };
    expect(goToSite(state({ pattern: far }), 1)).toEqual({
      status:
        'No site of this pattern lies on the 100 mm wafer, flat 32.5 mm outline: choose another pattern or check the outline.',
    });
  });
});
