import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  edgeExclusionDistanceMm,
  flatDistanceMm,
  isInsideEdgeExclusion,
  type SampleOutline,
  STANDARD_WAFERS,
  standardWafer,
} from '../geometry/outline';
import type { PatternContext, PatternDescriptor, PatternSpec } from './descriptor';
import { buildPattern, PATTERN_KINDS, specOfChoice } from './registry';

const context: PatternContext = { customs: [] };
// Custom patterns are the user's own site lists; guided entry skips their unreachable sites.
const GENERATED_KINDS = PATTERN_KINDS.filter((k) => k.kind !== 'custom');

/** Every standard diameter with its SEMI flat, and with a notch, and bare; any mark angle. */
const waferArb: fc.Arbitrary<SampleOutline> = fc
  .record({
    size: fc.constantFrom(...STANDARD_WAFERS),
    mark: fc.constantFrom('flat', 'notch', 'none'),
    markAngleDeg: fc.oneof(fc.constant(270), fc.integer({ min: 0, max: 359 })),
    edgeExclusionMm: fc.oneof(
      fc.constantFrom(0, 0.5, 1, 3, 5),
      fc.double({ min: 0, max: 10, noNaN: true }),
    ),
  })
  .map(({ size, mark, markAngleDeg, edgeExclusionMm }) => ({
    kind: 'wafer',
    diameterMm: size.diameterMm,
    mark: mark as 'flat' | 'notch' | 'none',
    // A notched size (200/300 mm) given a flat gets the 150 mm flat's proportion.
    flatLengthMm: size.flatLengthMm ?? size.diameterMm * (57.5 / 150),
    markAngleDeg,
    edgeExclusionMm,
  }));

const pieceArb: fc.Arbitrary<SampleOutline> = fc
  .record({
    widthMm: fc.double({ min: 5, max: 200, noNaN: true }),
    heightMm: fc.double({ min: 5, max: 200, noNaN: true }),
    eeFraction: fc.double({ min: 0, max: 0.45, noNaN: true }),
  })
  .map(({ widthMm, heightMm, eeFraction }) => ({
    kind: 'rectangle',
    widthMm,
    heightMm,
    edgeExclusionMm: eeFraction * Math.min(widthMm, heightMm),
  }));

/** Parameters for `kind` drawn from its own fields' ranges (any future kind is covered too). */
function specArb(kind: PatternDescriptor): fc.Arbitrary<PatternSpec> {
  const presets = (kind.presets?.(context) ?? []).map((p) => ({ kind: kind.kind, ...p.params }));
  const entries = kind.fields.map((field) =>
    field.kind === 'number'
      ? fc
          .double({ min: field.min, max: field.max, noNaN: true })
          .map((v) => [field.key, field.integer ? Math.round(v) : v] as const)
      : fc
          .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 })
          .map((v) => [field.key, v] as const),
  );
  const typed = fc
    .tuple(...entries)
    .map((kv) => ({ ...specOfChoice(kind.kind, context), ...Object.fromEntries(kv) }));
  return presets.length > 0 ? fc.oneof(fc.constantFrom(...presets), typed) : typed;
}

describe('every generated measurement pattern stays inside the measurable area', () => {
  it.each(GENERATED_KINDS.map((k) => [k.kind, k] as const))(
    '%s: on standard wafers (flat, notch, none) and rectangular pieces',
    (_, kind) => {
      fc.assert(
        fc.property(fc.oneof(waferArb, pieceArb), specArb(kind), (outline, spec) => {
          const { pattern } = buildPattern(spec, outline, context);
          for (const site of pattern?.sites ?? []) {
            if (!isInsideEdgeExclusion(outline, site)) {
              throw new Error(
                `site ${site.index} (${site.xMm}, ${site.yMm}) lies ${edgeExclusionDistanceMm(outline, site)} mm from the edge, EE ${outline.edgeExclusionMm}`,
              );
            }
          }
        }),
        // A fixed seed keeps CI reproducible; FC_SEED=<n> explores others while working here.
        { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261207) },
      );
    },
  );

  it.each(STANDARD_WAFERS.map((w) => [w.diameterMm] as const))(
    'every polar preset on the standard %s mm wafer (SEMI flat or notch, EE 3 mm)',
    (diameterMm) => {
      const outline = standardWafer(diameterMm);
      for (const preset of PATTERN_KINDS.find((k) => k.kind === 'polar')?.presets?.(context) ??
        []) {
        const { pattern } = buildPattern({ kind: 'polar', ...preset.params }, outline, context);
        expect(pattern?.sites.length).toBeGreaterThan(0);
        for (const site of pattern?.sites ?? []) {
          expect(isInsideEdgeExclusion(outline, site), `${preset.id} site ${site.index}`).toBe(
            true,
          );
        }
      }
    },
  );

  it('pulls the 5-site pattern’s flat-side site in to the flat on a 150 mm wafer', () => {
    const outline = standardWafer(150);
    const { pattern } = buildPattern(specOfChoice('polar:polar-5', context), outline, context);
    const insetFlatMm = flatDistanceMm(150, 57.5) - 3; // 69.270755… − 3
    expect(pattern?.sites.map((s) => [s.xMm, s.yMm])).toEqual([
      [0, 0],
      [0, 72],
      [-72, 0],
      [0, expect.closeTo(-insetFlatMm, 9)],
      [72, 0],
    ]);
    expect(pattern?.sites[3]?.yMm).toBeCloseTo(-66.270755, 6);
  });

  it('scales inner rings the same way, so the spacing towards the flat stays even', () => {
    const outline = standardWafer(150);
    const { pattern } = buildPattern(specOfChoice('polar:polar-49', context), outline, context);
    const insetFlatMm = flatDistanceMm(150, 57.5) - 3;
    // Straight down (270°) is site 1 + 8 + 4 on ring 1, + 16 + 8 on ring 2, + 24 + 12 on ring 3.
    const down = [5, 17, 37].map((i) => pattern?.sites[i]?.yMm ?? 0);
    expect(down[0]).toBeCloseTo(-insetFlatMm / 3, 9);
    expect(down[1]).toBeCloseTo((-2 * insetFlatMm) / 3, 9);
    expect(down[2]).toBeCloseTo(-insetFlatMm, 9);
    expect(pattern?.sites.every((s) => s.xMm !== 0 || s.yMm >= -insetFlatMm - 1e-9)).toBe(true);
  });

  it('keeps a ring site facing a notch out of the notch after rounding (fast-check counterexample)', () => {
    const outline: SampleOutline = {
      kind: 'wafer',
      diameterMm: 50.8,
      mark: 'notch',
      flatLengthMm: 15.88,
      markAngleDeg: 315,
      edgeExclusionMm: 0.5,
    };
    const { pattern } = buildPattern({ kind: 'polar', ringCounts: [4, 8] }, outline, context);
    expect(pattern?.sites.length).toBe(13);
    for (const s of pattern?.sites ?? []) {
      expect(isInsideEdgeExclusion(outline, s), `site ${s.index}`).toBe(true);
    }
  });
});
