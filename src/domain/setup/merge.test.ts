import { describe, expect, it } from 'vitest';
import { type SampleOutline, standardWafer } from '../geometry/outline';
import type { CustomPattern } from '../patterns/custom';
import { describeConflicts, describeTheirChanges, mergeSetup, nextStamp, sameSetup } from './merge';
import { emptySetup, type PropertyLimits, type SampleSetup } from './setup';

const T0 = '2026-04-01T00:00:00.000Z';
const T1 = '2026-04-01T00:01:00.000Z';
const T2 = '2026-04-01T00:02:00.000Z';

/** A setup stamped `at` with the given fields. */
const aSetup = (o: Partial<SampleSetup> = {}, at = T0): SampleSetup => ({
  ...emptySetup(new Date(at)),
  ...o,
});
const notch200 = (edgeMm: number): SampleOutline => ({
  ...standardWafer(200),
  edgeExclusionMm: edgeMm,
});
const limit = (property: string, unit: string, v: Omit<PropertyLimits, 'property' | 'unit'>) => ({
  property,
  unit,
  ...v,
});
const pattern = (id: string, name: string, sites = 1): CustomPattern => ({
  id,
  name,
  sites: Array.from({ length: sites }, (_, i) => ({ xMm: i, yMm: 0 })),
  createdAt: T0,
});
const names = (changes: { name: string }[]) => changes.map((c) => c.name);

describe('mergeSetup', () => {
  it('keeps a colleague’s outline and edge exclusion under my limit (the issue’s race)', () => {
    // B opened the sample while it had no setup (outline guessed from the name); meanwhile A
    // confirmed the 200 mm notch outline with 5 mm edge exclusion; B now sets a USL.
    const base = null;
    const theirs = aSetup({ outline: notch200(5) }, T1);
    const mine = aSetup({ limits: [limit('thickness', 'nm', { usl: 107 })] }, T2);
    const merge = mergeSetup(base, mine, theirs);
    expect(merge.setup).toEqual({
      ...emptySetup(new Date(T2)),
      outline: notch200(5),
      limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
    });
    expect(merge.conflicts).toEqual([]);
    expect(merge.fromTheirs.map((c) => [c.name, c.before, c.after])).toEqual([
      ['outline', 'not set', '200 mm wafer, notch'],
      ['edge exclusion', 'none', '5 mm'],
    ]);
    expect(describeTheirChanges(merge.fromTheirs)).toBe(
      'Setup updated by another session: outline 200 mm wafer, notch; edge exclusion 5 mm.',
    );
  });

  it('keeps my later change to a field both changed, and says whose it replaced', () => {
    const base = aSetup({ outline: notch200(3) });
    const theirs = aSetup({ outline: notch200(5) }, T1);
    const mine = aSetup({ outline: notch200(4) }, T2);
    const merge = mergeSetup(base, mine, theirs);
    expect(merge.setup.outline).toEqual(notch200(4));
    expect(merge.fromTheirs).toEqual([]);
    expect(merge.conflicts).toEqual([
      { ref: { kind: 'edgeExclusion' }, name: 'edge exclusion', before: '5 mm', after: '4 mm' },
    ]);
    expect(describeConflicts(merge)).toEqual([
      "Your change to the edge exclusion replaced a colleague's (was 5 mm).",
    ]);
    expect(describeConflicts(merge, true)).toEqual([
      "Your unsaved change to the edge exclusion will replace a colleague's (5 mm).",
    ]);
  });

  it('calls the same change made by both no conflict', () => {
    const merge = mergeSetup(
      aSetup(),
      aSetup({ outline: notch200(5) }),
      aSetup({ outline: notch200(5) }),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.fromTheirs).toEqual([]);
    expect(merge.setup.outline).toEqual(notch200(5));
  });

  it('merges the shape and the edge exclusion of the outline apart', () => {
    const base = aSetup({ outline: notch200(3) });
    const theirs = aSetup({ outline: { ...standardWafer(300), edgeExclusionMm: 3 } });
    const mine = aSetup({ outline: notch200(5) });
    expect(mergeSetup(base, mine, theirs).setup.outline).toEqual({
      ...standardWafer(300),
      edgeExclusionMm: 5,
    });
  });

  describe('outline confirmed vs guessed (null: nobody confirmed the guess)', () => {
    const guessed = aSetup();
    const piece: SampleOutline = {
      kind: 'rectangle',
      widthMm: 20,
      heightMm: 15,
      edgeExclusionMm: 3,
    };

    it('takes a confirmed outline from whichever side confirmed it', () => {
      expect(mergeSetup(guessed, aSetup({ outline: piece }), guessed).setup.outline).toEqual(piece);
      const merge = mergeSetup(guessed, guessed, aSetup({ outline: piece }));
      expect(merge.setup.outline).toEqual(piece);
      expect(merge.conflicts).toEqual([]);
    });

    it('reports two different confirmations, keeping mine', () => {
      const merge = mergeSetup(
        guessed,
        aSetup({ outline: piece }),
        aSetup({ outline: notch200(5) }),
      );
      expect(merge.setup.outline).toEqual(piece);
      expect(merge.conflicts.map((c) => [c.name, c.before])).toEqual([
        ['outline', '200 mm wafer, notch'],
        ['edge exclusion', '5 mm'],
      ]);
    });
  });

  it('merges the frame and the calibration apart', () => {
    const calibration = { offsetXMm: 100, offsetYMm: -20, rotationDeg: 90, flipY: true };
    const merge = mergeSetup(
      aSetup(),
      aSetup({ calibration }),
      aSetup({ frame: 'stage_absolute' }),
    );
    expect(merge.setup.frame).toBe('stage_absolute');
    expect(merge.setup.calibration).toEqual(calibration);
    expect(describeTheirChanges(merge.fromTheirs)).toBe(
      'Setup updated by another session: coordinate frame stage_absolute.',
    );
  });

  it('merges limits per property and unit, and per bound within them', () => {
    const base = aSetup({ limits: [limit('thickness', 'nm', { lsl: 95, usl: 105 })] });
    const theirs = aSetup({
      limits: [
        limit('thickness', 'nm', { lsl: 95, usl: 106 }),
        limit('thickness', 'Å', { lsl: 950 }),
      ],
    });
    const mine = aSetup({
      limits: [
        limit('gof', '', { min: 0.9, max: 1 }),
        limit('thickness', 'nm', { lsl: 96, usl: 105 }),
      ],
    });
    const merge = mergeSetup(base, mine, theirs);
    expect(merge.setup.limits).toEqual([
      { property: 'thickness', unit: 'nm', lsl: 96, usl: 106 },
      { property: 'thickness', unit: 'Å', lsl: 950 },
      { property: 'gof', unit: '', min: 0.9, max: 1 },
    ]);
    expect(merge.conflicts).toEqual([]);
    expect(names(merge.fromTheirs)).toEqual(['USL of thickness [nm]', 'LSL of thickness [Å]']);
  });

  it('takes a colleague’s removal of a limit, and reports a clash on the colour range', () => {
    const base = aSetup({ limits: [limit('thickness', 'nm', { min: 90, max: 110, usl: 105 })] });
    const theirs = aSetup({ limits: [limit('thickness', 'nm', { min: 92, max: 108 })] });
    const mine = aSetup({ limits: [limit('thickness', 'nm', { min: 80, usl: 105 })] });
    const merge = mergeSetup(base, mine, theirs);
    expect(merge.setup.limits).toEqual([{ property: 'thickness', unit: 'nm', min: 80 }]);
    expect(describeTheirChanges(merge.fromTheirs)).toBe(
      'Setup updated by another session: USL of thickness [nm] removed.',
    );
    expect(describeConflicts(merge)).toEqual([
      "Your change to the colour range of thickness [nm] replaced a colleague's (was 92 to 108).",
    ]);
  });

  it('merges custom patterns by id: additions and deletions of both sides', () => {
    const [p1, p2, p3] = [pattern('p1', 'five', 5), pattern('p2', 'nine', 9), pattern('p3', 'one')];
    const merge = mergeSetup(
      aSetup({ customPatterns: [p1] }),
      aSetup({ customPatterns: [p3] }),
      aSetup({ customPatterns: [p1, p2] }),
    );
    expect(merge.setup.customPatterns).toEqual([p2, p3]);
    expect(describeTheirChanges(merge.fromTheirs)).toBe(
      'Setup updated by another session: custom pattern “nine” added (9 sites).',
    );
    const gone = mergeSetup(
      aSetup({ customPatterns: [p1] }),
      aSetup({ customPatterns: [p1] }),
      aSetup(),
    );
    expect(gone.setup.customPatterns).toEqual([]);
    expect(describeTheirChanges(gone.fromTheirs)).toBe(
      'Setup updated by another session: custom pattern “five” deleted.',
    );
  });

  it('keeps both of two patterns saved under one name, and says so', () => {
    const mineFive = pattern('a', 'five', 5);
    const theirFive = pattern('b', 'five', 4);
    const merge = mergeSetup(
      aSetup(),
      aSetup({ customPatterns: [mineFive] }),
      aSetup({ customPatterns: [theirFive] }),
    );
    expect(merge.setup.customPatterns).toEqual([theirFive, mineFive]);
    expect(merge.conflicts).toEqual([]);
    expect(describeConflicts(merge)).toEqual([
      'A colleague also saved a custom pattern named “five”; both are kept.',
    ]);
  });

  it('stamps the result with the later copy and changes nothing when only mine changed', () => {
    const mine = aSetup({ outline: notch200(5) }, T1);
    expect(mergeSetup(aSetup(), mine, aSetup({}, T2)).setup).toEqual({ ...mine, updatedAt: T2 });
    expect(mergeSetup(null, mine, null).setup).toEqual(mine);
  });

  it('lists at most four changes', () => {
    const limits = ['a', 'b', 'c', 'd', 'e', 'f'].map((p) => limit(p, '', { lsl: 1 }));
    const merge = mergeSetup(null, aSetup(), aSetup({ limits }));
    expect(describeTheirChanges(merge.fromTheirs)).toBe(
      'Setup updated by another session: LSL of a 1; LSL of b 1; LSL of c 1; LSL of d 1; and 2 more.',
    );
    expect(describeTheirChanges([])).toBeNull();
  });
});

describe('sameSetup', () => {
  it('ignores the stamp and the order of object keys, not the order of lists', () => {
    const a = aSetup({ limits: [limit('t', 'nm', { lsl: 1, usl: 2 })] }, T0);
    const b = aSetup({ limits: [{ usl: 2, lsl: 1, unit: 'nm', property: 't' }] }, T1);
    expect(sameSetup(a, b)).toBe(true);
    expect(sameSetup(aSetup(), null)).toBe(true);
    expect(sameSetup(a, null)).toBe(false);
    const two = [pattern('p1', 'x'), pattern('p2', 'y')];
    expect(
      sameSetup(aSetup({ customPatterns: two }), aSetup({ customPatterns: two.toReversed() })),
    ).toBe(false);
  });
});

describe('nextStamp', () => {
  it('is now, or 1 ms after the previous stamp when this clock is behind', () => {
    const now = new Date('2026-04-01T00:00:00.000Z');
    expect(nextStamp(now)).toBe('2026-04-01T00:00:00.000Z');
    expect(nextStamp(now, '2026-03-31T23:00:00.000Z')).toBe('2026-04-01T00:00:00.000Z');
    expect(nextStamp(now, '2026-04-01T00:00:05.000Z')).toBe('2026-04-01T00:00:05.001Z');
    expect(nextStamp(now, '2026-04-01T00:00:00.000Z')).toBe('2026-04-01T00:00:00.001Z');
  });
});
