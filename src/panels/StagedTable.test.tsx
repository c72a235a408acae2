import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { aStagedAnnotation } from '../testing/builders';
import { StagedTable } from './StagedTable';
import { siteLabels } from './staged/siteLabels';

const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    aStagedAnnotation({ localId: `s${i}`, xMm: i, propertyValue: i }),
  );

function renderTable(staged = many(250)) {
  const props = {
    staged,
    outline: standardWafer(300),
    rowErrors: new Map(),
    highlightedId: null,
    selectedIds: new Set<string>(),
    onHighlight: vi.fn(),
    onSelect: vi.fn(),
    onUpdate: vi.fn(),
    onRemove: vi.fn(),
  };
  return { props, ...render(<StagedTable {...props} />) };
}

describe('StagedTable', () => {
  it('renders one page of 100 rows, starting on the last page so the newest rows show', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Staged annotations' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(50);
    expect(rows[0]).toHaveTextContent('201');
    expect(screen.getByText('Rows 201–250 of 250')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText('Rows 101–200 of 250')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(101);
  });

  it('deletes and selects through its callbacks', () => {
    const { props } = renderTable(many(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all staged annotations' }));
    expect(props.onSelect).toHaveBeenCalledWith(['s0', 's1', 's2'], 'replace');
    fireEvent.click(screen.getByRole('button', { name: 'Delete staged annotation 2' }));
    expect(props.onRemove).toHaveBeenCalledWith(['s1']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select staged annotation 3' }));
    expect(props.onSelect).toHaveBeenCalledWith(['s2'], 'toggle');
  });

  it('edits a row and refuses an empty value', () => {
    const { props } = renderTable(many(1));
    fireEvent.click(screen.getByRole('button', { name: 'Edit staged annotation 1' }));
    const value = screen.getByLabelText('Value of staged annotation 1');
    fireEvent.change(value, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onUpdate).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    fireEvent.change(value, { target: { value: '\u22122.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onUpdate).toHaveBeenCalledWith(
      's0',
      expect.objectContaining({ propertyValue: -2.5 }),
    );
  });

  it('an open edit saves only what was typed; a field changed elsewhere meanwhile keeps that value', () => {
    const row = aStagedAnnotation({ localId: 'p1', propertyValue: 9.5, propertyUnit: 'nm' });
    const { props, rerender } = renderTable([row]);
    const onReplaced = vi.fn();
    const show = (a: typeof row) =>
      rerender(<StagedTable {...props} staged={[a]} onReplaced={onReplaced} />);
    show(row);
    fireEvent.click(screen.getByRole('button', { name: 'Edit staged annotation 1' }));
    // Another tab saves value 1.11 and unit Å while this form is open.
    show({ ...row, propertyValue: 1.11, propertyUnit: 'Å' });
    expect(screen.getByLabelText('Unit of staged annotation 1')).toHaveValue('Å');
    fireEvent.change(screen.getByLabelText('Value of staged annotation 1'), {
      target: { value: '2.22' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onUpdate).toHaveBeenCalledWith('p1', { propertyValue: 2.22 });
    expect(onReplaced).not.toHaveBeenCalled();
  });

  it('tells which value set elsewhere a save replaced', () => {
    const row = aStagedAnnotation({ localId: 'p1', propertyValue: 9.5 });
    const { props, rerender } = renderTable([row]);
    const onReplaced = vi.fn();
    const show = (a: typeof row) =>
      rerender(<StagedTable {...props} staged={[a]} onReplaced={onReplaced} />);
    show(row);
    fireEvent.click(screen.getByRole('button', { name: 'Edit staged annotation 1' }));
    fireEvent.change(screen.getByLabelText('Value of staged annotation 1'), {
      target: { value: '2.22' },
    });
    show({ ...row, propertyValue: 1.11, yMm: 4 });
    expect(screen.getByLabelText('Value of staged annotation 1')).toHaveValue('2.22');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onReplaced).toHaveBeenCalledWith('p1', 1, [
      { key: 'value', theirs: '1.11', yours: '2.22' },
    ]);
    expect(props.onUpdate).toHaveBeenCalledWith('p1', { propertyValue: 2.22 });
  });
});

describe('siteLabels', () => {
  const rows = [
    aStagedAnnotation({ xMm: 1, yMm: 1 }),
    aStagedAnnotation({ xMm: 1, yMm: 1, propertyName: 'GOF' }),
    aStagedAnnotation({ xMm: 2, yMm: 1 }),
    aStagedAnnotation({ site: { pattern: 'P', index: 7 } }),
    aStagedAnnotation({ site: { pattern: 'P', index: 7 }, propertyName: 'GOF' }),
    aStagedAnnotation({ site: { pattern: 'Q', index: 7 } }),
  ];

  it('labels the first row of each site: pattern site number, or P + row for a free point', () => {
    expect(siteLabels(rows)).toEqual(['P1', '', 'P3', '7', '', '7']);
  });

  it('labels a page the same way as the whole list', () => {
    expect(siteLabels(rows, 1, 5)).toEqual(['', 'P3', '7', '']);
  });

  it('edits a row in one cell from x on, every field labelled, focus in x, the site kept', () => {
    renderTable(many(3));
    fireEvent.click(screen.getByRole('button', { name: 'Edit staged annotation 2' }));
    const table = screen.getByRole('table', { name: 'Staged annotations' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const row = within(table).getAllByRole('row')[2];
    const cells = [...(row?.querySelectorAll('td') ?? [])];
    expect(cells[headers.indexOf('Site')]).toHaveTextContent('P2');
    // The fields share the cell under x (mm) … Unit, so each has room in a narrow panel.
    const fields = cells[headers.indexOf('x (mm)')];
    if (!fields) throw new Error('no cell under x (mm)');
    expect(fields).toHaveAttribute('colspan', '5');
    expect(
      within(fields)
        .getAllByRole('textbox')
        .map((t) => t.getAttribute('aria-label')),
    ).toEqual(
      ['x (mm)', 'y (mm)', 'Property', 'Value', 'Unit', 'Source'].map(
        (f) => `${f} of staged annotation 2`,
      ),
    );
    expect(screen.getByLabelText('x (mm) of staged annotation 2')).toHaveFocus();
  });
});
