/** Grey records say why they are grey: other property, other unit or other source. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordStyle } from '../canvas/layers/RecordsLayer';
import { legendEntries, legendLabel } from '../canvas/legend';
import { MapLegend } from '../canvas/MapLegend';
import type { RecordMarker } from '../canvas/mapTypes';
import { MARKER_STYLES } from '../canvas/markerStyles';
import { greyReason } from './useRecordLayer';

const grey = (other?: RecordMarker['other']): RecordMarker => ({
  id: 'r',
  xMm: 0,
  yMm: 0,
  color: null,
  ...(other ? { other } : {}),
});
const legendOf = (...records: RecordMarker[]) =>
  legendEntries({ records, staged: [], targets: [] });

describe('grey records', () => {
  it('of the shown property in another unit are "stored, other unit", not "other property"', () => {
    const shown = { name: 'thickness', unit: 'nm' };
    expect(greyReason({ property_name: 'thickness', property_unit: 'Å' }, shown)).toBe('unit');
    expect(greyReason({ property_name: 'thickness', property_unit: null }, shown)).toBe('unit');
    expect(greyReason({ property_name: 'gof', property_unit: 'nm' }, shown)).toBe('property');
    expect(greyReason({ property_name: 'thickness', property_unit: 'nm' }, shown)).toBe('source');
    expect(greyReason({ property_name: 'thickness', property_unit: null }, null)).toBe('property');
    expect(
      greyReason({ property_name: 'gof', property_unit: null }, { name: 'gof', unit: '' }),
    ).toBe('source');
  });

  it('have one legend entry per reason, whose label and swatch are the marker the map draws', () => {
    expect(legendOf(grey('unit')).map(legendLabel)).toEqual(['stored, other unit']);
    expect(legendOf(grey()).map(legendLabel)).toEqual(['stored, other property']);
    expect(legendOf(grey('property'), grey('unit'), grey('source'))).toEqual([
      'storedOther',
      'storedOtherUnit',
      'storedOtherSource',
    ]);
    for (const other of ['property', 'unit', 'source'] as const) {
      const [entry] = legendOf(grey(other));
      if (!entry || entry === 'extrapolated') throw new Error(other);
      expect(recordStyle(grey(other))).toBe(MARKER_STYLES[entry]);
    }
  });

  it('the HTML legend names the other unit', () => {
    render(<MapLegend entries={legendOf(grey('unit'), grey('property'))} />);
    expect(screen.getByText('stored, other unit')).toBeTruthy();
    expect(screen.getByText('stored, other property')).toBeTruthy();
  });
});
