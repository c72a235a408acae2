import { describe, expect, it } from 'vitest';
import { nudgeStepMm, SNAP_STEPS_MM, snapMm, snapPoint } from './snap';

describe('snapMm', () => {
  it('offers off, 0.1, 0.5, 1 and 5 mm', () => {
    expect(SNAP_STEPS_MM).toEqual([0, 0.1, 0.5, 1, 5]);
  });

  it('rounds to the nearest multiple of the step', () => {
    expect(snapMm(12.34, 0.1)).toBe(12.3);
    expect(snapMm(12.36, 0.1)).toBe(12.4);
    expect(snapMm(12.74, 0.5)).toBe(12.5);
    expect(snapMm(12.76, 0.5)).toBe(13);
    expect(snapMm(12.49, 1)).toBe(12);
    expect(snapMm(17.4, 5)).toBe(15);
    expect(snapMm(17.6, 5)).toBe(20);
  });

  it('rounds negative values symmetrically and halfway values away from zero', () => {
    expect(snapMm(-12.34, 0.1)).toBe(-12.3);
    expect(snapMm(-12.36, 0.1)).toBe(-12.4);
    expect(snapMm(-17.6, 5)).toBe(-20);
    expect(snapMm(2.5, 1)).toBe(3);
    expect(snapMm(-2.5, 1)).toBe(-3);
    expect(snapMm(7.5, 5)).toBe(10);
    // 0.25 and 0.35 are just below the halfway point in binary; the decimal value decides.
    expect(snapMm(0.25, 0.1)).toBe(0.3);
    expect(snapMm(-0.35, 0.1)).toBe(-0.4);
  });

  it('returns values free of binary noise and never −0', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(snapMm(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(snapMm(0.30000000000000004, 0.1)).toBe(0.3);
    expect(snapMm(0.7, 0.1)).toBe(0.7);
    expect(snapMm(-102.93, 0.1)).toBe(-102.9);
    expect(Object.is(snapMm(-0.04, 0.1), 0)).toBe(true);
    expect(Object.is(snapMm(-0.2, 1), 0)).toBe(true);
  });

  it('leaves the value alone when snap is off and rejects a bad step', () => {
    expect(snapMm(0.30000000000000004, 0)).toBe(0.30000000000000004);
    expect(() => snapMm(1, -0.1)).toThrow(RangeError);
    expect(() => snapMm(1, Number.NaN)).toThrow(RangeError);
  });

  it('snaps both coordinates of a point', () => {
    expect(snapPoint({ xMm: 12.26, yMm: -3.74 }, 0.5)).toEqual({ xMm: 12.5, yMm: -3.5 });
    expect(snapPoint({ xMm: 12.26, yMm: -3.74 }, 0)).toEqual({ xMm: 12.26, yMm: -3.74 });
  });
});

describe('nudgeStepMm', () => {
  it('moves by the snap step, or 0.1 mm with snap off; Shift is 10×', () => {
    expect(SNAP_STEPS_MM.map((s) => nudgeStepMm(s, false))).toEqual([0.1, 0.1, 0.5, 1, 5]);
    expect(SNAP_STEPS_MM.map((s) => nudgeStepMm(s, true))).toEqual([1, 1, 5, 10, 50]);
  });

  it('keeps a nudged snapped point on the grid', () => {
    let x = snapMm(3.12345, 0.1);
    for (let i = 0; i < 3; i++) x = snapMm(x + nudgeStepMm(0.1, false), 0.1);
    expect(x).toBe(3.4);
  });
});
