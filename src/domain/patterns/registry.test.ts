import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import type { CustomPattern } from './custom';
import type { PatternContext } from './descriptor';
import { buildPattern, choiceOf, PATTERN_KINDS, patternKind, specOfChoice } from './registry';

const wafer300 = standardWafer(300);
const piece = { kind: 'rectangle', widthMm: 40, heightMm: 30, edgeExclusionMm: 1 } as const;
const saved: CustomPattern = {
  id: 'c-1',
  name: 'Three',
  sites: [
    { xMm: 0, yMm: 0 },
    { xMm: 10, yMm: 0 },
    { xMm: 0, yMm: 10 },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
};
const context: PatternContext = { customs: [saved] };

describe('PATTERN_KINDS', () => {
  it('has unique kinds, none of them "none"', () => {
    const kinds = PATTERN_KINDS.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).not.toContain('none');
  });

  it.each(PATTERN_KINDS.map((k) => [k.kind, k] as const))(
    '%s: defaults, presets and fields agree with its parameter schema',
    (_, kind) => {
      expect(kind.params.safeParse(kind.defaults).success).toBe(true);
      for (const preset of kind.presets?.(context) ?? []) {
        expect(kind.params.safeParse(preset.params).success).toBe(true);
      }
      for (const field of kind.fields) expect(Object.keys(kind.defaults)).toContain(field.key);
    },
  );

  it.each(PATTERN_KINDS.filter((k) => k.fields.length > 0).map((k) => [k.kind] as const))(
    '%s: its defaults build a pattern on a 300 mm wafer and on a 40 × 30 mm piece',
    (kind) => {
      for (const outline of [wafer300, piece]) {
        const built = buildPattern(specOfChoice(kind, context), outline, context);
        expect(built.error).toBeNull();
        expect(built.pattern?.sites.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('buildPattern', () => {
  it('builds the 49-site polar preset out to R − EE', () => {
    const { pattern } = buildPattern(specOfChoice('polar:polar-49', context), wafer300, context);
    expect(pattern?.sites).toHaveLength(49);
    expect(Math.hypot(pattern?.sites[48]?.xMm ?? 0, pattern?.sites[48]?.yMm ?? 0)).toBeCloseTo(
      147,
      9,
    );
  });

  it('builds a saved pattern from the context', () => {
    const { pattern } = buildPattern({ kind: 'custom', id: 'c-1' }, wafer300, context);
    expect(pattern).toEqual({ name: 'Three', sites: expect.any(Array) });
    expect(pattern?.sites.map((s) => s.index)).toEqual([1, 2, 3]);
  });

  it('gives no pattern and no error for none', () => {
    expect(buildPattern({ kind: 'none' }, wafer300, context)).toEqual({
      pattern: null,
      error: null,
    });
  });

  it('says why instead of throwing: unknown kind, bad parameters, impossible geometry', () => {
    expect(buildPattern({ kind: 'spiral' }, wafer300, context).error).toMatch(/unknown/);
    expect(buildPattern({ kind: 'grid', pitchXMm: -1 }, wafer300, context).error).not.toBeNull();
    expect(
      buildPattern(
        { kind: 'grid', pitchXMm: 0.001, pitchYMm: 0.001, offsetXMm: 0, offsetYMm: 0 },
        wafer300,
        context,
      ),
    ).toMatchObject({ pattern: null, error: expect.stringMatching(/./) });
    expect(buildPattern({ kind: 'custom', id: 'gone' }, wafer300, context).error).toBe(
      'that custom pattern no longer exists',
    );
  });
});

describe('choiceOf and specOfChoice', () => {
  it('name a preset by <kind>:<id> and a kind’s own entry by <kind>', () => {
    expect(specOfChoice('polar:polar-5', context)).toEqual({ kind: 'polar', ringCounts: [4] });
    expect(choiceOf({ kind: 'polar', ringCounts: [4] }, context)).toBe('polar:polar-5');
    expect(choiceOf({ kind: 'polar', ringCounts: [3, 5] }, context)).toBe('polar');
    expect(specOfChoice('grid', context)).toEqual({
      kind: 'grid',
      pitchXMm: 10,
      pitchYMm: 10,
      offsetXMm: 0,
      offsetYMm: 0,
    });
    expect(specOfChoice('custom:c-1', context)).toEqual({ kind: 'custom', id: 'c-1' });
    expect(choiceOf({ kind: 'custom', id: 'c-1' }, context)).toBe('custom:c-1');
  });

  it('match parameters whatever their key order', () => {
    expect(choiceOf({ ringCounts: [8, 16, 24], kind: 'polar' }, context)).toBe('polar:polar-49');
  });

  it('fall back to none for unknown values and presets that no longer exist', () => {
    expect(specOfChoice('none', context)).toEqual({ kind: 'none' });
    expect(specOfChoice('spiral', context)).toEqual({ kind: 'none' });
    expect(specOfChoice('custom:gone', context)).toEqual({ kind: 'none' });
    expect(choiceOf({ kind: 'spiral' }, context)).toBe('none');
  });

  it('give a fresh copy of the defaults each time', () => {
    const a = specOfChoice('polar', context);
    (a.ringCounts as number[]).push(99);
    expect(specOfChoice('polar', context)).toEqual({ kind: 'polar', ringCounts: [6, 12] });
    expect(patternKind('polar')?.defaults).toEqual({ ringCounts: [6, 12] });
  });
});
