/**
 * A labelled number field that may be left blank (blank = not set), committed on blur or Enter.
 * Invalid text is explained next to the field and not committed; the text stays for the user
 * to fix, so nothing typed is lost.
 */
import { useNumberText } from '../useNumberText';

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
  const field = useNumberText({ value: p.value, onCommit: p.onCommit, optional: true });
  return (
    <div className="optional-number">
      <label htmlFor={field.id}>{p.label}</label>
      <input {...field.inputProps} placeholder={p.placeholder} title={p.title} />
      {field.error && (
        <p id={field.errorId} className="field-error">
          {field.error}
        </p>
      )}
    </div>
  );
}
