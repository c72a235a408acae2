/**
 * A labelled text field for a number in a range, committed on blur or Enter. Invalid input is
 * explained next to the field and not committed; the text stays for the user to fix.
 */
import { useEffect, useId, useState } from 'react';
import { parseTypedNumber } from '../domain/values/parseNumber';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, onCommit }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(String(value));
    setError(null);
  }, [value]);

  const commit = () => {
    const parsed = parseTypedNumber(text);
    if (!parsed.ok) return setError(parsed.message);
    if (parsed.value < min || parsed.value > max) {
      return setError(`Must be between ${min} and ${Number(max.toFixed(2))}.`);
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </>
  );
}
