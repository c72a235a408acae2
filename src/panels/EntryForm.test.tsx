import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import type { EntryFields } from '../domain/staging/entry';
import { EntryForm, type GuidedEntry } from './EntryForm';

const start: EntryFields = {
  x: '',
  y: '',
  source: '',
  properties: [{ property: 'thickness', value: '', unit: 'nm' }],
};

function Harness({ guided, onStage }: { guided: GuidedEntry | null; onStage: () => boolean }) {
  const [fields, setFields] = useState(start);
  return (
    <EntryForm
      outline={standardWafer(150)}
      fields={fields}
      onChange={setFields}
      onStage={onStage}
      guided={guided}
      propertySuggestions={[]}
      valueInputRef={createRef<HTMLInputElement>()}
    />
  );
}

describe('EntryForm: Enter never leaves typed digits to run together', () => {
  it('a refused Enter selects the text, so the next digits replace it', async () => {
    const user = userEvent.setup();
    const onStage = vi.fn(() => true);
    render(<Harness guided={null} onStage={onStage} />);
    const value = screen.getByLabelText('Value');
    await user.type(value, '104{Enter}');
    expect(onStage).not.toHaveBeenCalled(); // no x/y: refused
    await user.keyboard('98');
    expect(value).toHaveValue('98');
  });

  it('Enter at a guided site off the outline skips it instead of refusing', async () => {
    const user = userEvent.setup();
    const onStage = vi.fn(() => true);
    const guided: GuidedEntry = {
      site: { index: 4, xMm: 0, yMm: -72 },
      siteCount: 5,
      enteredCount: 3,
      onBack: vi.fn(),
      onSkip: vi.fn(),
      onUnreachable: vi.fn(),
    };
    render(<Harness guided={guided} onStage={onStage} />);
    expect(screen.getByText(/outside the outline: Enter skips it/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Value'), '104{Enter}');
    expect(guided.onUnreachable).toHaveBeenCalledTimes(1);
    expect(onStage).not.toHaveBeenCalled();
    expect(screen.queryByText(/lies outside the sample outline/)).toBeNull();
  });
});
