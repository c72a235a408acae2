import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Field } from '../../domain/interpolation/field';
import { FieldControls } from './FieldControls';

const field = {
  method: 'thin-plate-spline',
  fallback: null,
  siteCount: 49,
  spec: { cols: 200, rows: 200 },
} as unknown as Field;

const base = {
  method: 'thin-plate-spline' as const,
  onMethod: vi.fn(),
  showField: true,
  showContours: true,
  showLabels: true,
  onToggle: vi.fn(),
  field,
  computing: false,
  message: null,
  elapsedMs: 80,
  autoOffSites: null,
  extrapolatedFraction: 0,
};

describe('FieldControls', () => {
  it('says why the map is off with too few sites, and how to show it anyway', () => {
    render(
      <FieldControls
        {...base}
        showField={false}
        showContours={false}
        field={null}
        autoOffSites={5}
      />,
    );
    expect(screen.getByRole('status', { name: 'Map status' })).toHaveTextContent(
      'The interpolated map is off: 5 distinct sites are too few to map the surface between them (it turns on by itself from 9 distinct sites; repeated measurements at one site count once). Tick "Heat map" or "Contours" to draw it anyway.',
    );
    expect(screen.getByLabelText('Heat map')).not.toBeChecked();
  });

  it('states the binning of a dense map in the method line', () => {
    const dense = {
      ...field,
      method: 'inverse-distance',
      siteCount: 100000,
      binning: { bins: 29567, neighbours: 8 },
    } as Field;
    render(<FieldControls {...base} method="inverse-distance" field={dense} elapsedMs={312} />);
    expect(screen.getByRole('status', { name: 'Map status' })).toHaveTextContent(
      'Inverse distance (power 2) over 100,000 sites binned to the grid (mean per cell; 29,567 cells hold sites; each cell weighted from the nearest 8 or more), 200 × 200 cells in 312 ms.',
    );
  });

  it('says how much of the drawn map is extrapolated (hatched)', () => {
    render(<FieldControls {...base} extrapolatedFraction={0.234} />);
    expect(screen.getByRole('status', { name: 'Map status' })).toHaveTextContent(
      /^Thin-plate spline over 49 sites, 200 × 200 cells in 80 ms\.$/,
    );
    expect(
      screen.getByText(
        /Hatched on the map: 23 % of the measurable area lies beyond the outermost sites/,
      ),
    ).toBeVisible();
  });

  it('says nothing about extrapolation when all of it is inside the sites or nothing is drawn', () => {
    const { rerender } = render(<FieldControls {...base} />);
    expect(screen.queryByText(/Hatched on the map/)).toBeNull();
    rerender(
      <FieldControls {...base} showField={false} showContours={false} extrapolatedFraction={0.5} />,
    );
    expect(screen.queryByText(/Hatched on the map/)).toBeNull();
  });
});
