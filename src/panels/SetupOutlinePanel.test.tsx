import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { browserOnlyText, SetupOutlinePanel } from './SetupOutlinePanel';

describe('browserOnlyText', () => {
  it.each([
    [null, 'Saved in this browser only.'],
    ['the server cannot be reached', 'Saved in this browser only: the server cannot be reached.'],
    ['it is left untouched.', 'Saved in this browser only: it is left untouched.'],
    ['left untouched. . ', 'Saved in this browser only: left untouched.'],
  ])('ends %j with one period', (reason, text) => {
    expect(browserOnlyText(reason)).toBe(text);
  });
});

describe('SetupOutlinePanel', () => {
  const props = {
    outline: standardWafer(200),
    outlineStatus: 'set' as const,
    guessText: null,
    onChange: vi.fn(),
    onConfirm: vi.fn(),
    onRetry: vi.fn(),
  };

  it('says once, with one period, why the setup is in this browser only', () => {
    render(
      <SetupOutlinePanel
        {...props}
        status={{
          home: 'browser',
          state: 'browser',
          reason: 'the sample’s setup on the server is not valid (x) and is left untouched.',
          notice: null,
        }}
      />,
    );
    const line = screen.getAllByRole('status', { hidden: true })[0];
    expect(line?.textContent).toContain(
      'Saved in this browser only: the sample’s setup on the server is not valid (x) and is left untouched. Colleagues',
    );
    expect(line?.textContent).not.toMatch(/\.\./);
  });

  it('shows what a colleague changed, also while the setup is in this browser only', () => {
    const notice = 'Setup updated by another session: edge exclusion 5 mm.';
    const { rerender } = render(
      <SetupOutlinePanel
        {...props}
        status={{ home: 'server', state: 'saved', reason: null, notice }}
      />,
    );
    expect(screen.getByText(notice, { ignore: 'summary' })).toBeTruthy();
    rerender(
      <SetupOutlinePanel
        {...props}
        status={{ home: 'browser', state: 'browser', reason: 'refused', notice }}
      />,
    );
    expect(screen.getByText(notice)).toBeTruthy();
  });
});
