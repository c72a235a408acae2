import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { SampleGrid } from './SampleGrid';
import { DEFAULT_SAMPLE_SORT, type SampleSort } from './sampleListModel';
import type { OverviewRow, SummaryState } from './types';

beforeAll(() => {
  // jsdom has no layout: the scroll area gets a size, and scrolling to a row does nothing.
  Element.prototype.scrollTo ??= () => undefined;
  const sized = (px: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('sample-grid-scroll') ? px : 0;
    };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: sized(640),
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: sized(1200),
  });
});

const rows = (n: number): OverviewRow[] =>
  Array.from({ length: n }, (_, i) => ({
    sample: {
      id: `id-${i}`,
      name: `Slot${i + 1}`,
      owner_name: 'lab',
      created_datetime: '2026-01-02T00:00:00.000Z',
      projects: [],
    },
    outline: null,
  }));

function Harness(p: {
  rows: OverviewRow[];
  onOpen?: (id: string) => void;
  onRowsInView?: (ids: string[]) => void;
  summaries?: Map<string, SummaryState>;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [sort, setSort] = useState<SampleSort>(DEFAULT_SAMPLE_SORT);
  return (
    <>
      <output aria-label="selection">{selected.join(',')}</output>
      <SampleGrid
        rows={p.rows}
        summaries={p.summaries ?? new Map()}
        selected={selected}
        onSelectionChange={setSelected}
        sort={sort}
        onSortChange={setSort}
        onOpen={p.onOpen ?? (() => undefined)}
        hrefOf={(id) => `?sample=${id}`}
        onRowsInView={p.onRowsInView ?? (() => undefined)}
      />
    </>
  );
}

const bodyRows = () => document.querySelectorAll('tbody tr.sample-row');

describe('SampleGrid', () => {
  it('puts only the rows in view (and a few more) in the DOM, and reports them', () => {
    const inView = vi.fn();
    render(<Harness rows={rows(1000)} onRowsInView={inView} />);
    const grid = screen.getByRole('grid', { name: 'Samples' });
    expect(grid).toHaveAttribute('aria-rowcount', '1001');
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(30);
    const reported = inView.mock.lastCall?.[0] as string[];
    expect(reported[0]).toBe('id-0');
    expect(reported).toHaveLength(bodyRows().length);
  });

  it('selects with the checkboxes, and a Shift-click selects the range from the last click', async () => {
    const user = userEvent.setup();
    render(<Harness rows={rows(10)} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select Slot2' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Slot5' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByLabelText('selection')).toHaveTextContent('id-1,id-2,id-3,id-4');
    expect(screen.getByRole('row', { name: /Slot3/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('moves with the arrows, toggles with Space, selects all with Ctrl+A and opens with Enter', async () => {
    const onOpen = vi.fn();
    render(<Harness rows={rows(10)} onOpen={onOpen} />);
    const first = bodyRows()[0] as HTMLElement;
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = bodyRows()[1] as HTMLElement;
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(second, { key: ' ' });
    expect(screen.getByLabelText('selection')).toHaveTextContent('id-1');
    fireEvent.keyDown(second, { key: 'ArrowDown', shiftKey: true });
    expect(screen.getByLabelText('selection')).toHaveTextContent('id-1,id-2');
    fireEvent.keyDown(bodyRows()[2] as HTMLElement, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('id-2');
    fireEvent.keyDown(bodyRows()[2] as HTMLElement, { key: 'a', ctrlKey: true });
    expect(screen.getByLabelText('selection').textContent?.split(',')).toHaveLength(10);
  });

  it('sorts from the column headers, reversing the sorted one', async () => {
    const user = userEvent.setup();
    render(<Harness rows={rows(3)} />);
    const name = screen.getByRole('columnheader', { name: /Name/ });
    expect(name).toHaveAttribute('aria-sort', 'none');
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(name).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a loaded summary: count, range and properties; no outline says so', () => {
    const summaries = new Map<string, SummaryState>([
      [
        'id-0',
        {
          status: 'ready',
          summary: {
            count: 3,
            properties: [{ name: 'thickness', unit: 'nm', count: 3 }],
            shown: { name: 'thickness', unit: 'nm', count: 3 },
            sites: [
              { xMm: 0, yMm: 0, value: 1 },
              { xMm: 1, yMm: 0, value: 2 },
              { xMm: 2, yMm: 0, value: 3 },
            ],
            unplaced: 0,
            range: { min: 1, max: 3, decimals: 0 },
          },
        },
      ],
      ['id-1', { status: 'error', message: 'HTTP 500' }],
    ]);
    render(<Harness rows={rows(2)} summaries={summaries} />);
    const [a, b] = [...bodyRows()] as HTMLElement[];
    expect(a).toHaveTextContent('1 – 3 nm');
    expect(a).toHaveTextContent('thickness [nm] 3');
    expect(a).toHaveTextContent('no outline set');
    expect(b).toHaveTextContent('not loaded');
    // The range cell names the property its small map and range show.
    expect(a?.querySelector('td.sample-range')).toHaveTextContent(/^thickness1 – 3 nm$/);
  });

  it('draws an outline guessed from the name, marked guessed', () => {
    const guessed: OverviewRow[] = rows(2).map((r, i) =>
      i === 0
        ? {
            ...r,
            outline: standardWafer(150),
            outlineSource: 'name',
          }
        : r,
    );
    const ready: SummaryState = {
      status: 'ready',
      summary: { count: 0, properties: [], shown: null, sites: [], unplaced: 0, range: null },
    };
    render(
      <Harness
        rows={guessed}
        summaries={
          new Map([
            ['id-0', ready],
            ['id-1', ready],
          ])
        }
      />,
    );
    const [a, b] = [...bodyRows()] as HTMLElement[];
    expect(a).not.toHaveTextContent('no outline set');
    expect(a).toHaveTextContent('guessed');
    expect(a?.querySelector('canvas')).toHaveAttribute(
      'aria-label',
      expect.stringContaining('outline guessed from the name'),
    );
    expect(b).toHaveTextContent('no outline set');
    expect(b).not.toHaveTextContent('guessed');
  });
});
