import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SpatialAnnotation } from '../api/schemas';
import { anAnnotation } from '../testing/builders';
import { RecordsTable } from './RecordsTable';

beforeAll(() => {
  // jsdom has no layout: the table's scroll area gets a size (about 15 rows), other elements none.
  const sized = (px: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('records-scroll') ? px : 0;
    };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: sized(420),
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: sized(500),
  });
});

const records = [
  anAnnotation({ property_value: 9.75, coord_x: 1 }),
  anAnnotation({ property_value: 10.5, coord_x: 2 }),
  anAnnotation({ property_value: 9.5, coord_x: 3 }),
];

function setup(
  list: SpatialAnnotation[] = records,
  scrollTo: { id: string; nonce: number } | null = null,
) {
  const props = {
    records: list,
    highlightedId: null,
    onHighlight: vi.fn(),
    selectedIds: new Set<string>(),
    onSelect: vi.fn(),
    onShowOnMap: vi.fn(),
    scrollTo,
    savingId: null,
    onSave: vi.fn(),
    onDelete: vi.fn(),
    reopen: null,
  };
  const view = render(<RecordsTable {...props} />);
  return { props, view };
}
const values = () =>
  within(screen.getByRole('table', { name: 'Annotations' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('td')[6]?.textContent);

describe('RecordsTable', () => {
  it('sorts by a column header, flipping on a second click, and filters', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(values()).toEqual(['9.5', '9.75', '10.5']);
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /Value/ }));
    expect(values()).toEqual(['10.5', '9.75', '9.5']);
    await user.type(screen.getByLabelText('Filter annotations'), '>9.6');
    expect(values()).toEqual(['10.5', '9.75']);
    expect(screen.getByText('2 of 3 rows')).toBeInTheDocument();
  });

  it('shows a clicked row on the map and saves an inline edit with only what changed', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByText('10.5'));
    expect(props.onShowOnMap).toHaveBeenCalledWith(records[1]?.id);
    await user.click(screen.getByRole('button', { name: 'Edit annotation 2' }));
    const value = screen.getByLabelText('Value of annotation 2');
    await user.clear(value);
    await user.type(value, '10.25{Enter}');
    expect(props.onSave).toHaveBeenCalledWith(records[1], { property_value: 10.25 }, []);
  });

  it("an open editor sends only what was typed; a colleague's change to another field is kept", async () => {
    const user = userEvent.setup();
    const { props, view } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit annotation 2' }));
    // The list is fetched again while the editor is open: someone set value and unit.
    const theirs = { ...records[1], property_value: 1.11, property_unit: 'Å' } as SpatialAnnotation;
    view.rerender(
      <RecordsTable {...props} records={[records[0], theirs, records[2]] as SpatialAnnotation[]} />,
    );
    expect(screen.getByLabelText('Unit of annotation 2')).toHaveValue('Å');
    const value = screen.getByLabelText('Value of annotation 2');
    await user.clear(value);
    await user.type(value, '2.22{Enter}');
    expect(props.onSave).toHaveBeenCalledWith(theirs, { property_value: 2.22 }, []);
  });

  it('tells which value saved elsewhere an edit replaced', async () => {
    const user = userEvent.setup();
    const { props, view } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit annotation 2' }));
    const value = screen.getByLabelText('Value of annotation 2');
    await user.clear(value);
    await user.type(value, '2.22');
    const theirs = { ...records[1], property_value: 1.11 } as SpatialAnnotation;
    view.rerender(
      <RecordsTable {...props} records={[records[0], theirs, records[2]] as SpatialAnnotation[]} />,
    );
    expect(value).toHaveValue('2.22');
    await user.type(value, '{Enter}');
    expect(props.onSave).toHaveBeenCalledWith(theirs, { property_value: 2.22 }, [
      { key: 'value', theirs: '1.11', yours: '2.22' },
    ]);
  });

  it('keeps a refused value in the editor with the reason', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit annotation 1' }));
    const value = screen.getByLabelText('Value of annotation 1');
    await user.clear(value);
    await user.type(value, '9,8{Enter}');
    expect(props.onSave).not.toHaveBeenCalled();
    expect(value).toHaveValue('9,8');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Use a decimal point/)).toBeInTheDocument();
    // The reason is read out with the field (it sits in a full-width row under the edit row).
    expect(value).toHaveAccessibleDescription(/Use a decimal point/);
  });

  it('asks to delete the selected rows, or one row', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete annotation 3' }));
    expect(props.onDelete).toHaveBeenCalledWith([records[2]]);
    await user.click(screen.getByLabelText('Select annotation 1'));
    expect(props.onSelect).toHaveBeenCalledWith([records[0]?.id], 'toggle');
  });

  it('renders only the rows in view of a long list, and scrolls to a record picked on the map', () => {
    const scrolledTo: number[] = [];
    Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) scrolledTo.push(options.top);
    } as Element['scrollTo'];
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('records-scroll') ? 5000 * 27 + 28 : 0;
      },
    });
    const many = Array.from({ length: 5000 }, (_, i) => anAnnotation({ property_value: i }));
    const target = many[4321];
    if (!target) throw new Error('no record');
    setup(many, { id: target.id, nonce: 1 });
    const rows = within(screen.getByRole('table', { name: 'Annotations' }))
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-record-id'));
    // The rows in view (420 px of 27-px rows) and a few beyond, not 5,000.
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByText('5000 rows')).toBeInTheDocument();
    // Row 4,322 starts 4,321 rows down: the table scrolls there (row bottom at the view's bottom).
    expect(scrolledTo.length).toBeGreaterThan(0);
    const top = scrolledTo[scrolledTo.length - 1] ?? 0;
    expect(top).toBeGreaterThan(4321 * 27 - 420);
    expect(top).toBeLessThan(4322 * 27 + 28);
  });

  it('renders a short list whole', () => {
    setup(Array.from({ length: 150 }, (_, i) => anAnnotation({ property_value: i })));
    const rows = within(screen.getByRole('table', { name: 'Annotations' }))
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-record-id'));
    expect(rows).toHaveLength(150);
  });
});
