/**
 * A labelled number field that may be left blank (blank = not set), committed on blur or Enter.
 * Invalid text is explained next to the field and not committed; the text stays for the user
 * to fix, so nothing typed is lost.
 */
import { useEffect, useId, useState } from 'react';
import { parseTypedNumber } from '../../domain/values/parseNumber';

interface OptionalNumberFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** Shown inside the empty field, e.g. "auto". */
  placeholder?: string;
  title?: string;
}

/** A number field that may stay blank; see the module comment. */
export function OptionalNumberField(p: OptionalNumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(p.value === undefined ? '' : String(p.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(p.value === undefined ? '' : String(p.value));
    setError(null);
  }, [p.value]);

  const commit = () => {
    if (text.trim() === '') {
      setError(null);
      if (p.value !== undefined) p.onCommit(undefined);
      return;
    }
    const parsed = parseTypedNumber(text);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    if (parsed.value !== p.value) p.onCommit(parsed.value);
  };

  return (
    <div className="optional-number">
      <label htmlFor={id}>{p.label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder={p.placeholder}
        title={p.title}
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
  );
}
