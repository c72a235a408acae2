import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RowEditActions } from './RowEditActions';

/** Three rows; the middle one can be edited, as in the staged and stored tables. */
function Table() {
  const [editing, setEditing] = useState(false);
  const row = (n: number) => (
    <tr key={n}>
      <td>Row {n}</td>
      <td>
        <button
          type="button"
          title="Edit"
          aria-label={`Edit row ${n}`}
          onClick={() => setEditing(n === 2)}
        >
          ✎
        </button>
      </td>
    </tr>
  );
  return (
    <>
      <table>
        <tbody>
          {row(1)}
          {editing ? (
            <tr key="edit">
              <td>
                <input
                  aria-label="Value"
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') setEditing(false);
                  }}
                />
              </td>
              <RowEditActions onSave={() => setEditing(false)} onCancel={() => setEditing(false)} />
            </tr>
          ) : (
            row(2)
          )}
          {row(3)}
        </tbody>
      </table>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('RowEditActions', () => {
  it.each(['Save', 'Cancel'])(
    'after %s, puts focus on the Edit button of the same row',
    async (name) => {
      render(<Table />);
      await userEvent.click(screen.getByLabelText('Edit row 2'));
      await userEvent.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(screen.getByLabelText('Edit row 2')).toHaveFocus());
    },
  );

  it('after Enter in a field of the row (the field leaves with the row), too', async () => {
    render(<Table />);
    await userEvent.click(screen.getByLabelText('Edit row 2'));
    await userEvent.type(screen.getByLabelText('Value'), '9.5{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Edit row 2')).toHaveFocus());
  });

  it('leaves focus alone when it was outside the row', async () => {
    render(<Table />);
    await userEvent.click(screen.getByLabelText('Edit row 2'));
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    // The row closes while focus is elsewhere (a click that does not take focus): nothing moves.
    screen.getByRole('button', { name: 'Cancel' }).click();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    expect(elsewhere).toHaveFocus();
  });
});

/** Stored rows: saving shows "Saving…" for a while, and the saved row moves to the top. */
function StoredTable() {
  const [state, setState] = useState<'view' | 'edit' | 'saving' | 'saved'>('view');
  const save = () => {
    setState('saving');
    setTimeout(() => setState('saved'), 50);
  };
  const row = (id: string) => (
    <tr key={id} data-record-id={id}>
      <td>
        {id === 'b' && state === 'saving' ? (
          'Saving…'
        ) : (
          <button
            type="button"
            title="Edit"
            aria-label={`Edit ${id}`}
            onClick={() => setState('edit')}
          >
            ✎
          </button>
        )}
      </td>
    </tr>
  );
  const editRow = (
    <tr key="b" data-record-id="b">
      <RowEditActions onSave={save} onCancel={() => setState('view')} />
    </tr>
  );
  const order = state === 'saved' ? ['b', 'a', 'c'] : ['a', 'b', 'c'];
  return (
    <table>
      <tbody>{order.map((id) => (id === 'b' && state === 'edit' ? editRow : row(id)))}</tbody>
    </table>
  );
}

describe('RowEditActions on a stored row', () => {
  it('waits for the Edit button to come back, and finds the row where it moved', async () => {
    render(<StoredTable />);
    await userEvent.click(screen.getByLabelText('Edit b'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Edit b')).toHaveFocus());
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Edit b',
      'Edit a',
      'Edit c',
    ]);
  });
});
