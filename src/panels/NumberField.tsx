/**
 * A labelled text field for a number in a range, committed on blur or Enter. Invalid input is
 * explained next to the field and not committed; the text stays for the user to fix.
 */
import { useEffect } from 'react';
import { useNumberText } from './useNumberText';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Only whole numbers (a count): 2.5 is explained, never rounded silently. */
  integer?: boolean;
  /** Told whenever the field starts or stops showing an error (its text is not committed). */
  onInvalid?: (invalid: boolean) => void;
}

export function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  integer = false,
  onInvalid,
}: NumberFieldProps) {
  const field = useNumberText({
    value,
    onCommit: (v) => {
      if (v !== undefined) onCommit(v);
    },
    check: (v) =>
      integer && !Number.isInteger(v)
        ? 'Must be a whole number.'
        : v < min || v > max
          ? `Must be between ${min} and ${Number(max.toFixed(2))}.`
          : null,
  });
  const invalid = field.error !== null;
  useEffect(() => onInvalid?.(invalid), [invalid, onInvalid]);
  return (
    <>
      <label htmlFor={field.id}>{label}</label>
      <div>
        <input {...field.inputProps} />
        {field.error && (
          <p id={field.errorId} className="field-error">
            {field.error}
          </p>
        )}
      </div>
    </>
  );
}
