import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeColorScale } from '../domain/color/colorScale';
import { makeDeviationColorScale } from '../domain/color/divergingScale';
import { ColorBar, formatValue } from './ColorBar';

describe('ColorBar', () => {
  it('labels the property, the unit, min, max and round ticks between them', () => {
    const scale = makeColorScale([9.5002, 10.6835]);
    if (!scale) throw new Error('no scale');
    render(<ColorBar scale={scale} propertyName="thickness" unit="nm" />);
    const bar = screen.getByRole('figure', { name: 'Colour bar for thickness' });
    expect(bar).toHaveTextContent('thickness (nm)');
    expect(screen.getByTestId('color-bar-max')).toHaveTextContent('max 10.6835 nm');
    expect(screen.getByTestId('color-bar-min')).toHaveTextContent('min 9.5002 nm');
    const ticks = [...bar.querySelectorAll('.color-bar-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['9.6', '9.8', '10', '10.2', '10.4', '10.6']);
    expect(bar).toHaveTextContent('range of the data');
  });

  it('marks the spec limits inside the range and notes values outside a fixed range', () => {
    const scale = makeColorScale([1, 5, 9], { range: { minValue: 2, maxValue: 8 } });
    if (!scale) throw new Error('no scale');
    render(<ColorBar scale={scale} propertyName="Rs" unit="ohm/sq" limits={{ lsl: 3, usl: 20 }} />);
    const marks = [...document.querySelectorAll('.color-bar-mark')].map((m) => m.textContent);
    expect(marks).toEqual(['LSL']);
    expect(screen.getByText('LSL')).toHaveStyle({ bottom: `${(1 / 6) * 100}%` });
    expect(screen.getByRole('figure')).toHaveTextContent(
      'fixed range; 2 outside, drawn in the end colours',
    );
  });

  it('marks the mean of the deviation map', () => {
    const scale = makeDeviationColorScale([1, 2, 6]);
    if (!scale) throw new Error('no scale');
    render(<ColorBar scale={scale} propertyName="GOF" unit={null} />);
    expect(screen.getByText('mean')).toHaveStyle({ bottom: '50%' });
    expect(screen.getByRole('figure')).toHaveTextContent(/^GOF/);
    // Its ends are mean ± the largest deviation (3 ± 3), not the data's min and max (1 and 6).
    expect(screen.getByTestId('color-bar-max')).toHaveTextContent(/^mean \+ 3 = 6$/);
    expect(screen.getByTestId('color-bar-min')).toHaveTextContent(/^mean − 3 = 0$/);
    expect(screen.getByRole('figure')).toHaveTextContent('symmetric about the mean');
  });

  it('writes very large and very small values in exponent form', () => {
    expect(formatValue(340000000000000000)).toBe('3.4e+17');
    expect(formatValue(-0.000025)).toBe('−2.5e−5');
    expect(formatValue(1234567.891)).toBe('1234570');
    expect(formatValue(0.000123456789)).toBe('0.000123457');
    expect(formatValue(0)).toBe('0');
  });
});
