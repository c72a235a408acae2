import { describe, expect, it } from 'vitest';
import { AUTO_MAP_MIN_SITES } from '../../domain/interpolation/field';
import { DEFAULT_REVIEW_SETTINGS, fieldVisibility, ReviewSettings } from './reviewSettings';

describe('fieldVisibility', () => {
  it('leaves the interpolated map off below 9 sites unless asked for, and says how many', () => {
    expect(AUTO_MAP_MIN_SITES).toBe(9);
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, 5)).toEqual({
      showField: false,
      showContours: false,
      autoOffSites: 5,
    });
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, 8).autoOffSites).toBe(8);
  });

  it('shows it from 9 sites', () => {
    expect(fieldVisibility(DEFAULT_REVIEW_SETTINGS, 9)).toEqual({
      showField: true,
      showContours: true,
      autoOffSites: null,
    });
  });

  it('follows the user: on with 5 sites, off with 49', () => {
    const on = { ...DEFAULT_REVIEW_SETTINGS, showField: true };
    expect(fieldVisibility(on, 5)).toEqual({
      showField: true,
      showContours: false,
      autoOffSites: null,
    });
    const off = { ...DEFAULT_REVIEW_SETTINGS, showField: false, showContours: false };
    expect(fieldVisibility(off, 49)).toEqual({
      showField: false,
      showContours: false,
      autoOffSites: null,
    });
  });

  it('reads settings stored before the automatic default (plain booleans)', () => {
    const stored = ReviewSettings.parse({
      ...DEFAULT_REVIEW_SETTINGS,
      showField: true,
      showContours: true,
    });
    expect(fieldVisibility(stored, 3).showField).toBe(true);
  });
});
