import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHeldWhile } from './useHeldWhile';

describe('useHeldWhile', () => {
  it('follows its value, keeps the last one shown while held, and follows again after', () => {
    const { result, rerender } = renderHook(({ value, hold }) => useHeldWhile(value, hold), {
      initialProps: { value: 'a', hold: false },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'b', hold: false });
    expect(result.current).toBe('b');
    // The hold starts with a new value in the same render: the last value shown stays.
    rerender({ value: 'c', hold: true });
    expect(result.current).toBe('b');
    rerender({ value: 'd', hold: true });
    expect(result.current).toBe('b');
    rerender({ value: 'e', hold: false });
    expect(result.current).toBe('e');
  });
});
