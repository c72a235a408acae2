import { describe, expect, it } from 'vitest';
import type { StageCalibration } from '../../domain/frames/calibration';
import { standardWafer } from '../../domain/geometry/outline';
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import { aStagedAnnotation } from '../../testing/builders';
import {
  activeSiteOf,
  describeStaged,
  describeTarget,
  distinctPoints,
  enteredOf,
  pendingPoint,
  submitChoice,
  targetsOf,
} from './entryView';
import { entryMessages } from './messages';

const two: MeasurementPattern = {
  name: 'Two',
  sites: [
    { index: 1, xMm: 0, yMm: 0 },
    { index: 2, xMm: 10, yMm: -5 },
  ],
};
const fields = (x: string, y: string) => ({ x, y, source: '', properties: [] });

describe('targets and the active site', () => {
  it('marks the active site, the entered ones and the rest', () => {
    const staged = [aStagedAnnotation({ site: { pattern: 'Two', index: 2 } })];
    const active = activeSiteOf({ pattern: two, activeSite: 1 });
    const entered = enteredOf({ pattern: two, staged });
    expect([...entered]).toEqual([2]);
    expect(targetsOf(two, active, entered)).toEqual([
      { xMm: 0, yMm: 0, label: '1', state: 'active' },
      { xMm: 10, yMm: -5, label: '2', state: 'done' },
    ]);
    expect(targetsOf(null, null, new Set())).toEqual([]);
    expect(activeSiteOf({ pattern: null, activeSite: 1 })).toBeNull();
  });
});

describe('pendingPoint', () => {
  it('is the typed point in free entry only, and only when both are numbers', () => {
    expect(pendingPoint(fields('1.5', '-2'), null)).toEqual({ xMm: 1.5, yMm: -2 });
    expect(pendingPoint(fields('1.5', ''), null)).toBeNull();
    expect(pendingPoint(fields('1,5', '2'), null)).toBeNull();
    expect(pendingPoint(fields('1', '2'), { index: 1, xMm: 0, yMm: 0 })).toBeNull();
  });
});

describe('submitChoice', () => {
  const calibration = { offsetXMm: 1 } as unknown as StageCalibration;

  it('submits sample_relative always, stage_absolute only with a valid calibration', () => {
    expect(submitChoice({ frame: 'sample_relative', calibration: null }, ['angle'])).toEqual({
      frame: 'sample_relative',
    });
    expect(submitChoice({ frame: 'stage_absolute', calibration }, [])).toEqual({
      frame: 'stage_absolute',
      calibration,
    });
  });

  it('says what is missing in stage_absolute', () => {
    expect(submitChoice({ frame: 'stage_absolute', calibration: null }, [])).toEqual({
      frame: 'stage_absolute',
      problem: entryMessages.noCalibration(),
    });
    expect(submitChoice({ frame: 'stage_absolute', calibration }, ['angle'])).toEqual({
      frame: 'stage_absolute',
      problem:
        'The stage calibration\'s angle is not valid: fix it under "Coordinate frame" before submitting in stage_absolute.',
    });
    expect(
      submitChoice({ frame: 'stage_absolute', calibration }, ['angle', 'mark 1']),
    ).toMatchObject({
      problem: expect.stringContaining('angle and mark 1 are not valid: fix them'),
    });
  });
});

describe('distinctPoints', () => {
  it('keeps each place once, in staged order', () => {
    const staged = [
      aStagedAnnotation({ xMm: 1, yMm: 2, propertyName: 'thk' }),
      aStagedAnnotation({ xMm: 3, yMm: 4 }),
      aStagedAnnotation({ xMm: 1, yMm: 2, propertyName: 'n' }),
    ];
    expect(distinctPoints(staged)).toEqual([
      { xMm: 1, yMm: 2 },
      { xMm: 3, yMm: 4 },
    ]);
  });
});

describe('tooltips and the map label', () => {
  it('describe a staged marker by its place in the list, and a target by its site', () => {
    const staged = [
      aStagedAnnotation({ localId: 'a' }),
      aStagedAnnotation({ localId: 'b', propertyValue: 9.5, xMm: 1, yMm: 2 }),
    ];
    expect(describeStaged(staged, 'b')).toBe('Staged #2: thickness 9.5 nm at x 1.00 mm, y 2.00 mm');
    expect(describeStaged(staged, 'gone')).toBeNull();
    expect(describeTarget(two, 1)).toBe(
      'Site 2 at x 10.00 mm, y -5.00 mm: click to enter its value',
    );
    expect(describeTarget(two, 5)).toBeNull();
  });

  it('name the map with its counts and the shortcut key', () => {
    expect(entryMessages.mapLabel('W7', standardWafer(150), 3, 2)).toBe(
      'Map of W7 (150 mm wafer, flat 57.5 mm): 3 stored and 2 staged annotations. The tables list every point. Press ? for keyboard shortcuts.',
    );
  });
});
