import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ComparisonRow } from '../../domain/lot/comparisonTable';
import { sampleStatistics } from '../../domain/lot/lotStatistics';
import { ComparisonTable } from './ComparisonTable';

const rows: ComparisonRow[] = sampleStatistics([
  { sampleId: 'a', name: 'Slot01', values: [9.5002, 10.6835, 9.78] },
  { sampleId: 'b', name: 'Slot02', values: [9.9, 10.1] },
]).map((r, i) => ({ ...r, slot: i + 1, date: '2026-04-03T10:00:00.000Z' }));

function renderTable(onSort = vi.fn(), onOpen = vi.fn()) {
  render(
    <ComparisonTable
      rows={rows}
      sort={{ key: 'mean', direction: 'desc' }}
      onSort={onSort}
      unit="nm"
      nonUniformityFormula="(max − min) / (2 · mean) · 100 %"
      onOpen={onOpen}
      onExportCsv={vi.fn()}
    />,
  );
  return { onSort, onOpen };
}

describe('ComparisonTable', () => {
  it('is named "Comparison", shows each column with one number of decimals and the unit', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Comparison' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toContain('Mean (nm) ▼');
    expect(headers).toContain('σ (n−1) (nm)');
    const first = within(table).getAllByRole('row')[1];
    if (!first) throw new Error('no row');
    const cells = within(first)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // The display rule: values, min, max and range with the data's 4 decimals (not 9.50020,
    // 1.18330); mean and σ with one more (9.98790, not 9.9879 beside a 9.98 of Slot02).
    expect(cells.slice(3, 8)).toEqual(['9.98790', '0.61844', '9.5002', '10.6835', '1.1833']);
    expect(cells).toContain('2026-04-03');
  });

  it('marks the sorted column and asks for a sort on a header click, an open on a name', async () => {
    const { onSort, onOpen } = renderTable();
    const mean = screen.getByRole('columnheader', { name: /^Mean/ });
    expect(mean.getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(
      within(screen.getByRole('columnheader', { name: /^n$/ })).getByRole('button'),
    );
    expect(onSort).toHaveBeenCalledWith('n');
    await userEvent.click(screen.getByRole('button', { name: 'Slot02' }));
    expect(onOpen).toHaveBeenCalledWith('b');
  });
});
