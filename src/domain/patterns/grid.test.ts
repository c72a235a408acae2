import { describe, expect, it } from 'vitest';
import { type SampleOutline, standardWafer } from '../geometry/outline';
import { gridPattern, MAX_GRID_SITES } from './grid';

/** Independent lattice count for a 150 mm wafer with its flat at the bottom, EE 5 mm. */
function bruteForce150(pitch: number, offset: number): Array<[number, number]> {
  const r = 75 - 5;
  const flatY = -(Math.sqrt(75 ** 2 - (57.5 / 2) ** 2) - 5);
  const out: Array<[number, number]> = [];
  for (let j = 100; j >= -100; j--) {
    for (let i = -100; i <= 100; i++) {
      const x = offset + i * pitch;
      const y = offset + j * pitch;
      if (x * x + y * y <= r * r && y >= flatY) out.push([x, y]);
    }
  }
  return out;
}

describe('gridPattern', () => {
  const wafer = standardWafer(150, 5);

  it('keeps the 10 mm lattice inside a 150 mm wafer minus 5 mm EE, in raster order', () => {
    const grid = gridPattern({ outline: wafer, pitchXMm: 10, pitchYMm: 10 });
    const expected = bruteForce150(10, 0);
    expect(grid.sites).toHaveLength(148);
    expect(grid.sites.map((s) => [s.xMm, s.yMm])).toEqual(expected);
    expect(grid.sites.map((s) => s.index)).toEqual(expected.map((_, i) => i + 1));
    // Top row is the single point (0, 70) on the EE circle; then y = 60 from x = −30 to 30.
    expect(grid.sites.slice(0, 3).map((s) => [s.xMm, s.yMm])).toEqual([
      [0, 70],
      [-30, 60],
      [-20, 60],
    ]);
    // The flat (inset to y = −64.27) removes the y = −70 row's (0, −70), which the circle keeps.
    expect(Math.min(...grid.sites.map((s) => s.yMm))).toBe(-60);
  });

  it('shifts the lattice by the offset', () => {
    const grid = gridPattern({
      outline: wafer,
      pitchXMm: 10,
      pitchYMm: 10,
      offsetXMm: 0.5,
      offsetYMm: 0.5,
    });
    expect(grid.sites).toHaveLength(146);
    expect(grid.sites.map((s) => [s.xMm, s.yMm])).toEqual(bruteForce150(10, 0.5));
    expect(grid.sites[0]).toEqual({ index: 1, xMm: -29.5, yMm: 60.5 });
  });

  it('counts a rectangle exactly, boundary included: 20 × 10 mm, EE 1, pitch 2 → 9 × 5', () => {
    const piece: SampleOutline = {
      kind: 'rectangle',
      widthMm: 20,
      heightMm: 10,
      edgeExclusionMm: 1,
    };
    const grid = gridPattern({ outline: piece, pitchXMm: 2, pitchYMm: 2 });
    expect(grid.sites).toHaveLength(45);
    expect(grid.sites[0]).toEqual({ index: 1, xMm: -8, yMm: 4 });
    expect(grid.sites.at(-1)).toEqual({ index: 45, xMm: 8, yMm: -4 });
  });

  it('gives coordinates free of binary noise at a 0.1 mm pitch', () => {
    const piece: SampleOutline = {
      kind: 'rectangle',
      widthMm: 1,
      heightMm: 0.2,
      edgeExclusionMm: 0,
    };
    const grid = gridPattern({ outline: piece, pitchXMm: 0.1, pitchYMm: 0.1 });
    expect(grid.sites.filter((s) => s.yMm === 0).map((s) => s.xMm)).toEqual([
      -0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5,
    ]);
    expect(grid.sites).toHaveLength(33);
  });

  it('throws RangeError for a pitch ≤ 0 or a grid over 100,000 sites', () => {
    for (const pitch of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => gridPattern({ outline: wafer, pitchXMm: pitch, pitchYMm: 1 })).toThrow(
        RangeError,
      );
      expect(() => gridPattern({ outline: wafer, pitchXMm: 1, pitchYMm: pitch })).toThrow(
        RangeError,
      );
    }
    const big = standardWafer(300, 3);
    // π·147²/9 ≈ 7,540 sites at 3 mm is allowed; ≈ 67,900 at 1 mm is not; 0.001 mm fails fast.
    expect(MAX_GRID_SITES).toBe(10_000);
    expect(gridPattern({ outline: big, pitchXMm: 3, pitchYMm: 3 }).sites.length).toBeLessThan(
      MAX_GRID_SITES,
    );
    expect(() => gridPattern({ outline: big, pitchXMm: 1, pitchYMm: 1 })).toThrow(
      /more than 10000 sites/,
    );
    expect(() => gridPattern({ outline: big, pitchXMm: 0.001, pitchYMm: 0.001 })).toThrow(
      RangeError,
    );
  });
});
