import { describe, expect, it } from 'vitest';
import { AUTO_MAP_MIN_SITES } from '../../domain/interpolation/field';
import { DEFAULT_REVIEW_SETTINGS, fieldVisibility, ReviewSettings } from './reviewSettings';

/** `n` distinct sites on a 10 mm raster, each measured `passes` times. */
const sites = (n: number, passes = 1) =>
  Array.from({ length: n * passes }, (_, i) => ({ xMm: (i % n) * 10, yMm: 0 }));

describe('fieldVisibility', () => {
  it('leaves the interpolated map off below 9 sites unless asked for, and says how many', () => {
    expect(AUTO_MAP_MIN_SITES).toBe(9);
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, sites(5))).toEqual({
      showField: false,
      showContours: false,
      autoOffSites: 5,
    });
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, sites(8)).autoOffSites).toBe(8);
  });

  it('shows it from 9 sites', () => {
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, sites(9))).toEqual({
      showField: true,
      showContours: true,
      autoOffSites: null,
    });
  });

  it('follows the user: on with 5 sites, off with 49', () => {
    const on = { ...DEFAULT_REVIEW_SETTINGS, showField: true };
    expect(fieldVisibility(on, sites(5))).toEqual({
      showField: true,
      showContours: false,
      autoOffSites: null,
    });
    const off = { ...DEFAULT_REVIEW_SETTINGS, showField: false, showContours: false };
    expect(fieldVisibility(off, sites(49))).toEqual({
      showField: false,
      showContours: false,
      autoOffSites: null,
    });
  });

  it('counts distinct sites, not records: 18 records at 5 sites stay off, and say 5', () => {
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, sites(5, 3)).autoOffSites).toBe(5);
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, sites(5, 4)).showField).toBe(false);
    // Positions 0.5 µm apart are one site (DEFAULT_MERGE_TOLERANCE_MM is 1 µm); 1 mm apart two.
    const jitter = sites(9).map((p, i) => ({ ...p, yMm: i * 0.0005 }));
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, [...sites(5), ...jitter]).showField).toBe(true);
    const near = sites(4, 3).map((p, i) => ({ ...p, yMm: i < 4 ? 0 : 0.0005 }));
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, near).autoOffSites).toBe(4);
  });

  it('reads settings stored before the automatic default (plain booleans)', () => {
    const stored = ReviewSettings.parse({
      ...DEFAULT_REVIEW_SETTINGS,
      showField: true,
      showContours: true,
    });
    expect(fieldVisibility(stored, sites(3)).showField).toBe(true);
  });
});
