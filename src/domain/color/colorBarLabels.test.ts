import { describe, expect, it } from 'vitest';
import { colorBarEndLabel } from './colorBarLabels';
import { makeColorScale } from './colorScale';

describe('colorBarEndLabel (the display rule)', () => {
  it('a sequential bar’s ends are the data’s values as stored, not rounded to 6 digits', () => {
    const scale = makeColorScale([9.5002, 12347.678]);
    if (!scale) throw new Error('no scale');
    expect(colorBarEndLabel(scale, 'max', 12347.678)).toBe('max 12347.678');
    expect(colorBarEndLabel(scale, 'min', 9.5002)).toBe('min 9.5002');
    // A difference's end, computed in floating point, without its noise and with U+2212.
    expect(colorBarEndLabel(scale, 'min', 9.7878 - 9.8813)).toBe('min −0.0935');
  });
});
