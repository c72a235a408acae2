/**
 * The text of a number field committed on blur or Enter, and with `liveDelayMs` also as the
 * user types (once they pause that long): invalid text is explained and not committed, and it
 * stays in the field for the user to fix (nothing typed is lost). Shared by NumberField (a value
 * in a range), OptionalNumberField (blank means "not set") and the difference's inputs.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { parseTypedNumber } from '../domain/values/parseNumber';

interface NumberTextOptions {
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** A message when a parsed number is not acceptable (e.g. out of range), else null. */
  check?: (value: number) => string | null;
  /** Blank text commits `undefined` instead of being an error. */
  optional?: boolean;
  /** Also commit valid text (and explain invalid text) this many ms after the last keystroke. */
  liveDelayMs?: number;
}

export function useNumberText({
  value,
  onCommit,
  check,
  optional = false,
  liveDelayMs,
}: NumberTextOptions) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // Typed and not yet committed: a value changed meanwhile (e.g. by a colleague's setup
  // arriving) does not replace what the user is typing; their commit decides.
  const typing = useRef(false);
  useEffect(() => {
    if (typing.current) return;
    setText(value === undefined ? '' : String(value));
    setError(null);
  }, [value]);

  /** `final`: blur or Enter (the field follows its value again); else a live commit while typing, which leaves the text as typed ("2.0" stays, so "2.05" can follow). */
  const commit = (final = true) => {
    if (optional && text.trim() === '') {
      setError(null);
      if (final) typing.current = false;
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const parsed = parseTypedNumber(text);
    if (!parsed.ok) return setError(parsed.message);
    const problem = check?.(parsed.value) ?? null;
    if (problem) return setError(problem);
    setError(null);
    if (final) typing.current = false;
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const live = useRef(commit);
  live.current = commit;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a pause after each change of the text commits it.
  useEffect(() => {
    if (liveDelayMs === undefined || !typing.current) return;
    const timer = setTimeout(() => live.current(false), liveDelayMs);
    return () => clearTimeout(timer);
  }, [text, liveDelayMs]);

  const errorId = `${id}-error`;
  return {
    id,
    error,
    errorId,
    inputProps: {
      id,
      inputMode: 'decimal' as const,
      value: text,
      onChange: (e: { target: { value: string } }) => {
        typing.current = true;
        setText(e.target.value);
      },
      onBlur: () => commit(),
      onKeyDown: (e: { key: string; preventDefault: () => void }) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      },
      'aria-invalid': error !== null,
      'aria-describedby': error ? errorId : undefined,
    },
  };
}
