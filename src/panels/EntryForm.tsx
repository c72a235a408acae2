/**
 * Entry of one measurement point: x/y (filled by a click on the map, or typed), one or more
 * property rows (property, value, unit) and the source. Enter in any field stages one annotation
 * per property row at the point; names, units and source carry over to the next point.
 *
 * In guided entry the point is the active pattern site (x/y are read-only), Enter stages and
 * moves on, Shift+Enter or ↑ goes back one site, ↓ skips a site; a site off the outline (a custom
 * pattern) is skipped with a message. A refused Enter leaves the typed text selected.
 *
 * Values are text fields with `inputmode="decimal"` so that anything typed can be checked and
 * explained (a `type=number` field silently turns "1,5" or "25 nm" into an empty value).
 */
import {
  type FormEvent,
  Fragment,
  type KeyboardEvent,
  type RefObject,
  useId,
  useRef,
  useState,
} from 'react';
import { isInsideOutline, type SampleOutline } from '../domain/geometry/outline';
import type { PatternSite } from '../domain/patterns';
import {
  conversionKey,
  type EntryFieldKey,
  type EntryFields,
  type NewStaged,
  type PropertyEntry,
  type UnitConversion,
  validateEntry,
} from '../domain/staging/entry';
import { formatMm } from '../domain/values/formatMm';
import type { KnownProperty } from '../io/vocabulary';
import { UnitConvertOffer } from './UnitConvertOffer';

export interface GuidedEntry {
  site: PatternSite;
  siteCount: number;
  enteredCount: number;
  onBack: () => void;
  onSkip: () => void;
  /** Enter at a site off the outline: move on to the next reachable site, keeping the text. */
  onUnreachable: () => void;
}

interface EntryFormProps {
  outline: SampleOutline;
  fields: EntryFields;
  onChange: (fields: EntryFields) => void;
  /** Stages the point; false when it was refused (the fields then keep what was typed). */
  onStage: (annotations: NewStaged[]) => boolean;
  guided: GuidedEntry | null;
  propertySuggestions: string[];
  /** Property names with the units the sample (first) and the lab store them in. */
  knownProperties?: readonly KnownProperty[];
  valueInputRef: RefObject<HTMLInputElement | null>;
}

type Errors = Partial<Record<EntryFieldKey, string>>;

const rowLabel = (base: string, i: number) => (i === 0 ? base : `${base} ${i + 1}`);

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

export function EntryForm(props: EntryFormProps) {
  const { fields, onChange, valueInputRef, guided } = props;
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const xRef = useRef<HTMLInputElement>(null);
  // Ticked "Convert Å to nm" offers, by name and unit: a changed name or unit is asked again.
  const [conversions, setConversions] = useState<ReadonlyMap<string, UnitConversion>>(new Map());
  const setConversion = (key: string, c: UnitConversion | null) =>
    setConversions((m) => {
      const next = new Map(m);
      if (c) next.set(key, c);
      else next.delete(key);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (guided && !isInsideOutline(props.outline, guided.site)) {
      guided.onUnreachable();
      return;
    }
    const result = validateEntry(fields, props.outline, guided?.site ?? null, conversions);
    if (!result.ok) {
      setErrors(result.errors);
      // Refused: the text stays, selected, so what is typed next replaces it, never appends.
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement && event.currentTarget.contains(focused)) {
        focused.select();
      }
      return;
    }
    setErrors({});
    if (guided) {
      // The workspace moves to the next site and fills in what is staged there.
      props.onStage(result.annotations);
      valueInputRef.current?.focus();
      return;
    }
    if (!props.onStage(result.annotations)) return;
    const cleared = fields.properties.map((p) => ({ ...p, value: '' }));
    onChange({ ...fields, x: '', y: '', properties: cleared });
    xRef.current?.focus();
  };

  const setField = (key: 'x' | 'y' | 'source', value: string) => {
    onChange({ ...fields, [key]: value });
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const setRow = (i: number, key: keyof PropertyEntry, value: string) => {
    onChange({
      ...fields,
      properties: fields.properties.map((p, k) => (k === i ? { ...p, [key]: value } : p)),
    });
    const errorKey: EntryFieldKey = `${key}:${i}`;
    if (errors[errorKey]) setErrors(({ [errorKey]: _, ...rest }) => rest);
  };
  const guidedKeys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!guided) return;
    if ((e.key === 'Enter' && e.shiftKey) || e.key === 'ArrowUp') {
      e.preventDefault();
      guided.onBack();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      guided.onSkip();
    }
  };
  const input = (key: EntryFieldKey) => ({
    id: `${id}-${key}`,
    autoComplete: 'off',
    spellCheck: false,
    'aria-invalid': errors[key] !== undefined,
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });

  return (
    <form className="entry-form" aria-label="Measurement entry" onSubmit={submit} noValidate>
      {guided && (
        <p className="guided-status">
          <strong>
            Site {guided.site.index} of {guided.siteCount}
          </strong>{' '}
          at ({formatMm(guided.site.xMm)}, {formatMm(guided.site.yMm)}) mm
          {!isInsideOutline(props.outline, guided.site) && (
            <strong> (outside the outline: Enter skips it)</strong>
          )}{' '}
          ·{' '}
          <output aria-label="Progress">
            {guided.enteredCount} / {guided.siteCount}
          </output>{' '}
          entered
          {guided.enteredCount === guided.siteCount && (
            <>
              . <strong>All sites entered:</strong> submit with Ctrl+Enter, or enter a site again to
              replace its value
            </>
          )}
        </p>
      )}
      <div className="entry-grid">
        {(['x', 'y'] as const).map((key) => (
          <div key={key} className="entry-field">
            <label htmlFor={`${id}-${key}`}>{key} (mm)</label>
            <input
              {...input(key)}
              ref={key === 'x' ? xRef : undefined}
              inputMode="decimal"
              placeholder={guided ? '' : 'click the map'}
              readOnly={guided !== null}
              value={
                guided ? formatMm(key === 'x' ? guided.site.xMm : guided.site.yMm, 3) : fields[key]
              }
              onChange={(e) => setField(key, e.target.value)}
            />
            <FieldError id={`${id}-${key}-error`} message={errors[key]} />
          </div>
        ))}
        <div className="entry-field">
          <label htmlFor={`${id}-source`}>Source</label>
          <input
            {...input('source')}
            placeholder="optional"
            value={fields.source}
            onChange={(e) => setField('source', e.target.value)}
          />
          <FieldError id={`${id}-source-error`} message={errors.source} />
        </div>
      </div>
      {fields.properties.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position.
        <Fragment key={i}>
          <div className="entry-grid property-row">
            {(['value', 'property', 'unit'] as const).map((key) => {
              const label = rowLabel(
                key === 'value' ? 'Value' : key === 'property' ? 'Property' : 'Unit',
                i,
              );
              const errorKey: EntryFieldKey = `${key}:${i}`;
              return (
                <div key={key} className={`entry-field entry-${key}`}>
                  <label htmlFor={`${id}-${errorKey}`}>{label}</label>
                  <input
                    {...input(errorKey)}
                    ref={key === 'value' && i === 0 ? valueInputRef : undefined}
                    inputMode={key === 'value' ? 'decimal' : undefined}
                    placeholder={
                      key === 'property' ? 'e.g. thickness' : key === 'unit' ? 'e.g. nm' : ''
                    }
                    list={key === 'property' ? `${id}-properties` : undefined}
                    value={row[key]}
                    onChange={(e) => setRow(i, key, e.target.value)}
                    onKeyDown={key === 'value' ? guidedKeys : undefined}
                  />
                  <FieldError id={`${id}-${errorKey}-error`} message={errors[errorKey]} />
                </div>
              );
            })}
            {i > 0 && (
              <button
                type="button"
                className="remove-row"
                aria-label={`Remove property ${i + 1}`}
                onClick={() =>
                  onChange({ ...fields, properties: fields.properties.filter((_, k) => k !== i) })
                }
              >
                ×
              </button>
            )}
          </div>
          <UnitConvertOffer
            name={row.property}
            unit={row.unit}
            known={props.knownProperties ?? []}
            conversion={conversions.get(conversionKey(row.property, row.unit)) ?? null}
            onChange={(c) => setConversion(conversionKey(row.property, row.unit), c)}
          />
        </Fragment>
      ))}
      <datalist id={`${id}-properties`}>
        {props.propertySuggestions.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="entry-actions">
        <button type="submit" className="primary">
          {guided ? 'Stage and next' : 'Stage point'}
        </button>
        <button
          type="button"
          onClick={() =>
            onChange({
              ...fields,
              properties: [...fields.properties, { property: '', value: '', unit: '' }],
            })
          }
        >
          Add property
        </button>
        {guided && (
          <>
            <button type="button" onClick={guided.onBack}>
              Previous site
            </button>
            <button type="button" onClick={guided.onSkip}>
              Skip site
            </button>
          </>
        )}
        <span className="hint">
          {guided
            ? 'Enter: stage and next · Shift+Enter or ↑: back · ↓: skip'
            : 'Enter stages the point.'}
        </span>
      </div>
    </form>
  );
}
