/**
 * A value that stops following its source while `hold` is true: it keeps the value of the last
 * render committed without the hold, and follows again once the hold ends.
 */
import { useEffect, useRef } from 'react';

/** `value`, or while `hold` is true the value of the last committed render without the hold. */
export function useHeldWhile<T>(value: T, hold: boolean): T {
  const kept = useRef(value);
  useEffect(() => {
    if (!hold) kept.current = value;
  });
  return hold ? kept.current : value;
}
