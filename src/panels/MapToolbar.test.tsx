import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { colorByText, MapToolbar } from './MapToolbar';

describe('MapToolbar colour-by list', () => {
  it('shows name and unit only, so the fixed-width list is not cut ("thickness (100000,")', () => {
    expect(colorByText({ name: 'thickness', units: ['nm'] })).toBe('thickness (nm)');
    expect(colorByText({ name: 'sheet_resistance', units: [null] })).toBe('sheet_resistance');
    expect(colorByText({ name: 'n', units: ['nm', 'Å'] })).toBe('n (nm / Å)');
  });

  it('puts the record count in the tooltip', () => {
    const props = {
      title: 'W1',
      outlineText: '300 mm wafer',
      properties: [{ name: 'thickness', count: 100_000, units: ['nm'] }],
      colorProperty: 'thickness',
      onColorProperty: vi.fn(),
    } as unknown as Parameters<typeof MapToolbar>[0];
    render(<MapToolbar {...props} />);
    const list = screen.getByLabelText('Colour by');
    expect(list).toHaveAttribute('title', 'thickness: 100,000 records, in nm');
    expect(screen.getByRole('option', { name: 'thickness (nm)' })).toBeInTheDocument();
  });
});
