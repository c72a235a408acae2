import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { aStagedAnnotation } from '../testing/builders';
import { usePersistentState } from './persistent';
import { StorageNoticesBanner } from './StorageNoticesBanner';
import { SubmitNotices } from './SubmitNotices';
import { describeStoredKey, storageNotices } from './storageNotices';

function SnapSetting() {
  const [value, setValue] = usePersistentState('wafer-annotator:snap-mm', z.number(), () => 0);
  return (
    <button type="button" onClick={() => setValue(value + 1)}>
      snap {value}
    </button>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const p of storageNotices.list()) storageNotices.clear(p.key);
});

describe('storage failures are shown, not swallowed', () => {
  it('a setting the browser refuses to save is reported at the top of the page, until it saves', async () => {
    render(
      <>
        <StorageNoticesBanner />
        <SnapSetting />
      </>,
    );
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'snap 0' })));
    expect(screen.getByRole('alert', { name: 'Storage problems' })).toHaveTextContent(
      'Could not save the snap step in this browser (storage full or blocked): the change applies to this page only',
    );
    // The value still applies on this page.
    expect(screen.getByRole('button', { name: 'snap 1' })).toBeInTheDocument();
    setItem.mockRestore();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'snap 1' })));
    expect(screen.queryByRole('alert', { name: 'Storage problems' })).toBeNull();
    expect(localStorage.getItem('wafer-annotator:snap-mm')).toBe('2');
  });

  it('names what could not be saved', () => {
    expect(describeStoredKey('wafer-annotator:outline:s1')).toBe('the sample outline');
    expect(describeStoredKey('wafer-annotator:patterns')).toBe('the saved custom patterns');
    expect(describeStoredKey('wafer-annotator:something-new')).toBe('a setting');
  });

  it('a ledger that cannot be saved blocks the submit and offers to send without the check', () => {
    const onSubmitWithoutLedger = vi.fn();
    render(
      <SubmitNotices
        staged={[]}
        storedEdited={new Map()}
        interrupted={{ phase: 'idle' }}
        onDismissInterrupted={vi.fn()}
        ledgerBlocked="The resubmit ledger could not be saved. Nothing was sent."
        onSubmitWithoutLedger={onSubmitWithoutLedger}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was sent. Free some browser storage',
    );
    fireEvent.click(screen.getByRole('button', { name: 'submit without the duplicate check' }));
    expect(onSubmitWithoutLedger).toHaveBeenCalledTimes(1);
  });
});

describe('SubmitNotices', () => {
  const staged = ['a', 'b', 'c'].map((id) => aStagedAnnotation({ localId: id }));
  const mark = {
    rev: [1, 't'] as [number, string],
    by: 't',
    recordId: 'r',
    batch: null,
    index: null,
  };

  it('names the rows already stored and edited since', () => {
    render(
      <SubmitNotices
        staged={staged}
        storedEdited={new Map([['c', mark]])}
        interrupted={{ phase: 'checking' }}
        onDismissInterrupted={vi.fn()}
        ledgerBlocked={null}
        onSubmitWithoutLedger={vi.fn()}
      />,
    );
    expect(screen.getByRole('status', { name: 'Stored and edited since' })).toHaveTextContent(
      'Row 3 is already stored by a submit and was edited since (here or in another tab): Submit corrects the stored record instead of storing it again.',
    );
    expect(screen.getByText(/Checking the interrupted submit…/)).toBeInTheDocument();
  });

  it('shows what the interrupted submit stored, until dismissed', () => {
    const onDismiss = vi.fn();
    render(
      <SubmitNotices
        staged={staged}
        storedEdited={new Map()}
        interrupted={{
          phase: 'done',
          message: '3 annotations from the interrupted submit were already stored.',
        }}
        onDismissInterrupted={onDismiss}
        ledgerBlocked={null}
        onSubmitWithoutLedger={vi.fn()}
      />,
    );
    expect(screen.getByRole('status', { name: 'Interrupted submit' })).toHaveTextContent(
      '3 annotations from the interrupted submit were already stored.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
