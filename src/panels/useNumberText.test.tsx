import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OptionalNumberField } from './review/OptionalNumberField';

describe('useNumberText (through OptionalNumberField)', () => {
  it('follows a value changed elsewhere, but never replaces what is being typed', () => {
    const onCommit = vi.fn();
    const field = (value: number | undefined) => (
      <OptionalNumberField label="LSL (nm)" value={value} onCommit={onCommit} />
    );
    const { rerender } = render(field(90));
    const input = screen.getByLabelText('LSL (nm)') as HTMLInputElement;
    rerender(field(91));
    expect(input.value).toBe('91');

    // The user types; a colleague's value arrives before they commit.
    fireEvent.change(input, { target: { value: '95' } });
    rerender(field(92));
    expect(input.value).toBe('95');
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith(95);

    // Committed: the field follows the value again.
    rerender(field(96));
    expect(input.value).toBe('96');
  });

  it('keeps invalid text with its message when the value changes meanwhile', () => {
    const field = (value: number | undefined) => (
      <OptionalNumberField label="USL (nm)" value={value} onCommit={vi.fn()} />
    );
    const { rerender } = render(field(undefined));
    const input = screen.getByLabelText('USL (nm)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1,5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    rerender(field(107));
    expect(input.value).toBe('1,5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
