import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import {
  emptySetup,
  limitsOf,
  readSetup,
  type SampleSetup,
  SETUP_KEY,
  withLimits,
  withSetup,
} from './setup';

const NOW = new Date('2026-04-03T10:00:00.000Z');

const full: SampleSetup = {
  version: 1,
  outline: { ...standardWafer(200), edgeExclusionMm: 5 },
  frame: 'stage_absolute',
  calibration: { offsetXMm: 100, offsetYMm: -20, rotationDeg: 90, flipY: true },
  limits: [{ property: 'thickness', unit: 'nm', lsl: 95, usl: 105 }],
  customPatterns: [
    {
      id: 'p1',
      name: '5 sites',
      sites: [{ xMm: 0, yMm: 0 }],
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  updatedAt: '2026-04-03T09:00:00.000Z',
};

describe('readSetup', () => {
  it('tells unknown (no metadata sent) from absent (none stored)', () => {
    expect(readSetup(undefined)).toEqual({ kind: 'unknown' });
    expect(readSetup(null)).toEqual({ kind: 'absent' });
    expect(readSetup({ other: 1 })).toEqual({ kind: 'absent' });
  });

  it('reads a valid setup, dropping keys the schema does not know', () => {
    const read = readSetup({ [SETUP_KEY]: { ...full, somethingLater: true }, other: 1 });
    expect(read).toEqual({ kind: 'ok', setup: full });
  });

  it('reports a newer version without parsing it', () => {
    expect(readSetup({ [SETUP_KEY]: { version: 2, outline: 'a circle' } })).toEqual({
      kind: 'newer',
      version: 2,
    });
  });

  it.each([
    [[1, 2], 'wafer_map is not an object'],
    ['text', 'wafer_map is not an object'],
    [null, 'wafer_map is not an object'],
    [{ ...full, version: 0 }, 'version: Invalid input: expected 1'],
    [{ ...full, outline: { kind: 'wafer', diameterMm: -1 } }, 'outline.diameterMm'],
    [{ ...full, limits: [{ property: '', unit: 'nm' }] }, 'limits.0.property'],
    [{ ...full, updatedAt: 'yesterday' }, 'updatedAt'],
  ])('calls %j invalid, naming where', (value, message) => {
    const read = readSetup({ [SETUP_KEY]: value });
    expect(read.kind).toBe('invalid');
    expect(read.kind === 'invalid' && read.message).toContain(message);
  });
});

describe('withSetup', () => {
  it('sets only our key, keeping every other key and value exactly, in order', () => {
    const theirs = { a: { deep: [1, null, 'é'] }, [SETUP_KEY]: { version: 1 }, z: false };
    const merged = withSetup(theirs, full);
    expect(Object.keys(merged)).toEqual(['a', SETUP_KEY, 'z']);
    expect(merged.a).toBe(theirs.a);
    expect(merged.z).toBe(false);
    expect(merged[SETUP_KEY]).toEqual(full);
    // The input object is not changed.
    expect(theirs[SETUP_KEY]).toEqual({ version: 1 });
  });

  it('keeps keys of our object that this version does not know (a later minor change)', () => {
    const later = { ...full, version: 1, heatmapStyle: { smooth: true }, outline: null };
    const merged = withSetup({ [SETUP_KEY]: later }, full);
    expect(merged[SETUP_KEY]).toEqual({ heatmapStyle: { smooth: true }, ...full });
    // A value that is not an object gives nothing to keep.
    expect(withSetup({ [SETUP_KEY]: 'text' }, full)[SETUP_KEY]).toEqual(full);
  });

  it('starts an object when there is no metadata', () => {
    expect(withSetup(null, full)).toEqual({ [SETUP_KEY]: full });
    expect(withSetup(undefined, full)).toEqual({ [SETUP_KEY]: full });
  });

  it('round-trips through readSetup', () => {
    expect(readSetup(withSetup({ x: 1 }, full))).toEqual({ kind: 'ok', setup: full });
  });

  it('refuses an invalid setup instead of writing it', () => {
    const bad = { ...full, outline: { ...standardWafer(150), edgeExclusionMm: Number.NaN } };
    expect(() => withSetup({}, bad)).toThrow();
  });
});

describe('limits', () => {
  it('sets, replaces in place and removes the limits of a property and unit', () => {
    let s = emptySetup(NOW);
    s = withLimits(s, 'thickness', 'nm', { lsl: 1 });
    s = withLimits(s, 'gof', '', { min: 0.9 });
    s = withLimits(s, 'thickness', 'nm', { lsl: 2, usl: undefined });
    expect(s.limits).toEqual([
      { property: 'thickness', unit: 'nm', lsl: 2 },
      { property: 'gof', unit: '', min: 0.9 },
    ]);
    expect(limitsOf(s, 'thickness', 'nm')).toEqual({ property: 'thickness', unit: 'nm', lsl: 2 });
    expect(limitsOf(s, 'thickness', 'Å')).toBeUndefined();
    s = withLimits(s, 'thickness', 'nm', {});
    expect(s.limits).toEqual([{ property: 'gof', unit: '', min: 0.9 }]);
  });
});
