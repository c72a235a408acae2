import { describe, expect, it } from 'vitest';
import { isoDate, isoDateOf, isoDateTime } from './isoDate';

describe('isoDate', () => {
  it('writes the local date and time with zero padding', () => {
    const d = new Date(2026, 0, 5, 7, 3);
    expect(isoDate(d)).toBe('2026-01-05');
    expect(isoDateTime(d)).toBe('2026-01-05 07:03');
  });

  it('reads a timestamp, or gives null', () => {
    const t = new Date(2025, 11, 31, 12).toISOString();
    expect(isoDateOf(t)).toBe('2025-12-31');
    expect(isoDateOf('yesterday')).toBeNull();
    expect(isoDateOf(null)).toBeNull();
  });
});
