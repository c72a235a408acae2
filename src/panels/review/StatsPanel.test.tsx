import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import type { NonUniformityDefinitionId, SiteValue } from '../../domain/stats/uniformity';
import { klaWafer } from '../../testing/klaFixture';
import { StatsPanel } from './StatsPanel';

const noop = () => {};

function renderStats(
  values: number[],
  o: {
    definition?: NonUniformityDefinitionId;
    sites?: SiteValue[];
    insideOnly?: boolean;
    perRing?: boolean;
    limits?: { lsl?: number; usl?: number };
  } = {},
) {
  render(
    <StatsPanel
      unit="nm"
      values={values}
      sites={o.sites ?? values.map((value, i) => ({ xMm: i, yMm: 0, value }))}
      outline={standardWafer(300)}
      definition={o.definition ?? 'half-range-over-mean'}
      onDefinition={noop}
      insideOnly={o.insideOnly ?? false}
      onInsideOnly={noop}
      perRing={o.perRing ?? false}
      onPerRing={noop}
      limits={o.limits ?? {}}
    />,
  );
}

/** The value cell of a statistics row. */
const cell = (name: string) => {
  const header = within(screen.getByRole('table', { name: 'Statistics' })).getByRole('rowheader', {
    name,
  });
  return header.nextElementSibling?.textContent;
};

describe('StatsPanel', () => {
  it('shows the KLA Slot01 figures by the display rule (4 decimals, 5 for mean and σ) and the formula in use', () => {
    renderStats(klaWafer('Slot01').sites.map((s) => s.thicknessNm));
    expect(cell('n')).toBe('49');
    expect(cell('Mean')).toBe('9.78776 nm');
    expect(cell('σ (n − 1)')).toBe('0.24417 nm');
    expect(cell('Range')).toBe('1.1833 nm');
    expect(cell('Min')).toBe('9.5002 nm');
    expect(cell('%σ')).toBe('2.495 %');
    expect(cell('3σ')).toBe('0.73250 nm');
    expect(cell('Non-uniformity')).toBe('6.045 %');
    expect(screen.getByLabelText('Non-uniformity definition')).toHaveDisplayValue(
      '(max − min) / (2 · mean) · 100 %',
    );
  });

  it('shows the 13-site synthetic set exactly', () => {
    renderStats([
      663.1, 664.2, 665.7, 646.8, 648.1, 643.3, 638.6, 633.8, 629.1, 624.3, 619.6, 614.8, 610.1,
    ]);
    expect(cell('Mean')).toBe('638.58 nm');
    expect(cell('Range')).toBe('55.6 nm');
    expect(cell('3σ')).toBe('56.31 nm');
    expect(cell('Non-uniformity')).toBe('4.353 %');
  });

  it('shows "—" for σ and its ratios with one value', () => {
    renderStats([5], { definition: 'sd-over-mean' });
    expect(cell('n')).toBe('1');
    expect(cell('Mean')).toBe('5.0 nm');
    expect(cell('σ (n − 1)')).toBe('—');
    expect(cell('%σ')).toBe('—');
    expect(cell('3σ')).toBe('—');
    expect(cell('Non-uniformity')).toBe('—');
  });

  it('shows "—" for ratios over a mean of 0', () => {
    renderStats([-1, 1]);
    expect(cell('Mean')).toBe('0.0 nm');
    expect(cell('σ (n − 1)')).toBe('1.4 nm');
    expect(cell('%σ')).toBe('—');
    expect(cell('Non-uniformity')).toBe('—');
  });

  it('says so when there are no values', () => {
    renderStats([]);
    expect(screen.getByText('No values to summarise.')).toBeInTheDocument();
    expect(cell('n')).toBe('0');
    expect(cell('Mean')).toBe('—');
  });

  it('leaves out the sites in the edge exclusion and says how many', () => {
    const sites = [
      { xMm: 0, yMm: 0, value: 10 },
      { xMm: 100, yMm: 0, value: 12 },
      { xMm: 148.5, yMm: 0, value: 99 },
    ];
    renderStats(
      sites.map((s) => s.value),
      { sites, insideOnly: true },
    );
    expect(cell('n')).toBe('2');
    expect(cell('Max')).toBe('12 nm');
    expect(
      screen.getByText(/2 sites inside the edge exclusion; 1 in the exclusion zone/),
    ).toBeInTheDocument();
  });

  it('leaves sites in the edge exclusion out of the rings and the out-of-spec count too', () => {
    // 300 mm wafer, 3 mm edge exclusion: r = 148 mm lies in the exclusion zone.
    const sites = [
      { xMm: 0, yMm: 0, value: 1 },
      { xMm: 100, yMm: 0, value: 2 },
      { xMm: -100, yMm: 0, value: 3 },
      { xMm: 0, yMm: 148, value: 50 },
    ];
    const values = sites.map((s) => s.value);
    renderStats(values, { sites, insideOnly: true, perRing: true, limits: { usl: 10 } });
    expect(cell('n')).toBe('3');
    expect(screen.getByText(/Out of spec: 0 below LSL \(▼\), 0 above USL/)).toBeInTheDocument();
    const rings = screen.getByRole('table', { name: /ring/i });
    expect(within(rings).queryByText(/148/)).toBeNull();
    expect(within(rings).getByText(/100/)).toBeInTheDocument();
  });
});
