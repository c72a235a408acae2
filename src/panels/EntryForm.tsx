/**
 * Entry of one measurement: x/y (filled by a click on the map, or typed), property, value, unit
 * and source. Enter in any field stages the point; property, unit and source carry over.
 * Value is a text field with `inputmode="decimal"` so that anything typed can be checked and
 * explained (a `type=number` field silently turns "1,5" or "25 nm" into an empty value).
 */
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import type { SampleOutline } from '../domain/geometry/outline';
import { type EntryField, type EntryFields, validateEntry } from '../domain/staging/entry';
import type { StagedAnnotation } from '../domain/staging/staged';

interface EntryFormProps {
  outline: SampleOutline;
  fields: EntryFields;
  onChange: (fields: EntryFields) => void;
  onStage: (annotation: Omit<StagedAnnotation, 'localId'>) => void;
  propertySuggestions: string[];
  valueInputRef: RefObject<HTMLInputElement | null>;
}

// DOM order is the Tab order: after x and y comes the value, the field typed at every point.
const FIELDS: Array<{ key: EntryField; label: string; decimal?: boolean; placeholder?: string }> = [
  { key: 'x', label: 'x (mm)', decimal: true, placeholder: 'click the map' },
  { key: 'y', label: 'y (mm)', decimal: true, placeholder: 'click the map' },
  { key: 'value', label: 'Value', decimal: true },
  { key: 'property', label: 'Property', placeholder: 'e.g. thickness' },
  { key: 'unit', label: 'Unit', placeholder: 'e.g. nm' },
  { key: 'source', label: 'Source', placeholder: 'optional' },
];

export function EntryForm(props: EntryFormProps) {
  const { fields, onChange, valueInputRef } = props;
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const xRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateEntry(fields, props.outline);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    props.onStage(result.annotation);
    onChange({ ...fields, x: '', y: '', value: '' });
    xRef.current?.focus();
  };

  return (
    <form className="entry-form" aria-label="Measurement entry" onSubmit={submit} noValidate>
      <div className="entry-grid">
        {FIELDS.map(({ key, label, decimal, placeholder }) => {
          const error = errors[key];
          return (
            <div key={key} className={`entry-field entry-${key}`}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                ref={key === 'value' ? valueInputRef : key === 'x' ? xRef : undefined}
                value={fields[key]}
                inputMode={decimal ? 'decimal' : undefined}
                autoComplete="off"
                spellCheck={false}
                placeholder={placeholder}
                list={key === 'property' ? `${id}-properties` : undefined}
                aria-invalid={error !== undefined}
                aria-describedby={error ? `${id}-${key}-error` : undefined}
                onChange={(e) => {
                  onChange({ ...fields, [key]: e.target.value });
                  if (error) setErrors(({ [key]: _, ...rest }) => rest);
                }}
              />
              {error && (
                <p id={`${id}-${key}-error`} className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <datalist id={`${id}-properties`}>
        {props.propertySuggestions.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <button type="submit" className="primary">
        Stage point
      </button>
      <span className="hint">Enter stages the point.</span>
    </form>
  );
}
