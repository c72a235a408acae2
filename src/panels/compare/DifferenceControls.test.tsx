import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DifferenceControls, LIVE_DELAY_MS } from './DifferenceControls';

const samples = [
  { id: 'a', name: 'Slot01' },
  { id: 'b', name: 'Slot02' },
];

/** The controls with their values held as the compare view holds them (in the URL). */
function Harness(p: { onTolerance: (mm: number) => void; onRate: (m: number | null) => void }) {
  const [toleranceMm, setTolerance] = useState(1);
  const [rateMinutes, setRate] = useState<number | null>(null);
  return (
    <DifferenceControls
      samples={samples}
      a="a"
      b="b"
      onPair={() => undefined}
      toleranceMm={toleranceMm}
      onTolerance={(mm) => {
        setTolerance(mm);
        p.onTolerance(mm);
      }}
      rateMinutes={rateMinutes}
      onRate={(m) => {
        setRate(m);
        p.onRate(m);
      }}
    />
  );
}

describe('DifferenceControls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const pause = () => act(() => vi.advanceTimersByTime(LIVE_DELAY_MS));

  it.each([
    ['Tolerance (mm)', '2.5', 2.5, 'onTolerance'],
    ['Rate: divide by (min)', '4', 4, 'onRate'],
  ] as const)(
    'applies %s as the user types, without blur or Enter',
    (label, text, value, which) => {
      const calls = { onTolerance: vi.fn(), onRate: vi.fn() };
      render(<Harness {...calls} />);
      const input = screen.getByLabelText(label) as HTMLInputElement;
      fireEvent.change(input, { target: { value: text } });
      expect(calls[which]).not.toHaveBeenCalled();
      pause();
      expect(calls[which]).toHaveBeenCalledWith(value);
      expect(input.value).toBe(text);
    },
  );

  it('keeps the text as typed while applying it, so "2.0" can become "2.05"', () => {
    const calls = { onTolerance: vi.fn(), onRate: vi.fn() };
    render(<Harness {...calls} />);
    const input = screen.getByLabelText('Tolerance (mm)') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2.0' } });
    pause();
    expect(calls.onTolerance).toHaveBeenLastCalledWith(2);
    expect(input.value).toBe('2.0');
    fireEvent.change(input, { target: { value: '2.05' } });
    pause();
    expect(calls.onTolerance).toHaveBeenLastCalledWith(2.05);
  });

  it.each([
    ['Tolerance (mm)', '-1', 'Must be 0 mm or more.'],
    ['Tolerance (mm)', 'abc', null],
    ['Rate: divide by (min)', '0', 'The time must be more than 0 minutes.'],
  ])(
    'explains invalid %s text %j at the field after the pause, and applies nothing',
    (label, text, message) => {
      const calls = { onTolerance: vi.fn(), onRate: vi.fn() };
      render(<Harness {...calls} />);
      const input = screen.getByLabelText(label) as HTMLInputElement;
      fireEvent.change(input, { target: { value: text } });
      pause();
      expect(calls.onTolerance).not.toHaveBeenCalled();
      expect(calls.onRate).not.toHaveBeenCalled();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      const error = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(error?.textContent).toBeTruthy();
      if (message) expect(error).toHaveTextContent(message);
      expect(input.value).toBe(text);
    },
  );
});
