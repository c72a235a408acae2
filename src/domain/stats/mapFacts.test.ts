import { describe, expect, it } from 'vitest';
import { methodLine, statLines } from './mapFacts';

describe('statLines', () => {
  it('lists n, mean, σ, min, max, range and the non-uniformity with its formula', () => {
    expect(statLines([9, 10, 11], 'nm', 'half-range-over-mean')).toEqual([
      { label: 'n', value: '3' },
      // Integers: mean and σ with one decimal more than the data (the display rule).
      { label: 'mean', value: '10.0 nm' },
      { label: 'σ (n − 1)', value: '1.0 nm' },
      { label: 'min', value: '9 nm' },
      { label: 'max', value: '11 nm' },
      { label: 'range', value: '2 nm' },
      { label: 'NU (max − min) / (2 · mean)', value: '10.000 %' },
    ]);
  });

  it('counts the values outside the limits when limits are set', () => {
    const lines = statLines([9, 10, 11, 12], '', 'sd-over-mean', { lsl: 9.5, usl: 11 });
    expect(lines.at(-1)).toEqual({ label: 'below LSL ▼ / above USL ▲', value: '1 / 1' });
    expect(lines[1]).toEqual({ label: 'mean', value: '10.5' });
  });

  it('writes dashes for undefined figures', () => {
    expect(statLines([], 'nm', 'half-range-over-mean').map((l) => l.value)).toEqual([
      '0',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
  });
});

describe('methodLine', () => {
  it('names the interpolation and the edge exclusion', () => {
    expect(methodLine({ interpolation: 'thin-plate-spline', edgeExclusionMm: 3 })).toBe(
      'Method: thin-plate spline map between the sites, clipped to the edge exclusion; edge exclusion 3 mm; x, y in mm from the sample centre, +y up',
    );
    expect(methodLine({ interpolation: null, edgeExclusionMm: 0 })).toBe(
      'Method: measured sites only (no interpolation); edge exclusion 0 mm; x, y in mm from the sample centre, +y up',
    );
  });
});
