/**
 * The difference's inputs: samples A and B (from the compared samples), the pairing tolerance
 * (mm) and an optional time for a rate. Typed numbers apply as the user types (after a pause of
 * LIVE_DELAY_MS), and at once on blur or Enter; text that does not read stays in the field with
 * the reason beside it, and the last valid value stays in force.
 */
import { useId } from 'react';
import { useNumberText } from '../useNumberText';

interface DifferenceControlsProps {
  samples: ReadonlyArray<{ id: string; name: string }>;
  a: string | null;
  b: string | null;
  onPair: (a: string, b: string) => void;
  toleranceMm: number;
  onTolerance: (mm: number) => void;
  rateMinutes: number | null;
  onRate: (minutes: number | null) => void;
}

/** Pause after the last keystroke before a typed number applies. */
export const LIVE_DELAY_MS = 400;

function NumberInput(props: {
  label: string;
  value: number | undefined;
  optional?: boolean;
  placeholder?: string;
  check: (v: number) => string | null;
  onCommit: (v: number | undefined) => void;
}) {
  const field = useNumberText({
    value: props.value,
    onCommit: props.onCommit,
    check: props.check,
    optional: props.optional,
    liveDelayMs: LIVE_DELAY_MS,
  });
  return (
    <div className="difference-number">
      <label htmlFor={field.id}>{props.label}</label>
      <input {...field.inputProps} placeholder={props.placeholder} />
      {field.error && (
        <p id={field.errorId} className="field-error">
          {field.error}
        </p>
      )}
    </div>
  );
}

/** The inputs (see the module comment). */
export function DifferenceControls(p: DifferenceControlsProps) {
  const id = useId();
  const select = (side: 'A' | 'B', value: string | null, change: (id: string) => void) => (
    <div className="difference-number">
      <label htmlFor={`${id}-${side}`}>{side}</label>
      <select id={`${id}-${side}`} value={value ?? ''} onChange={(e) => change(e.target.value)}>
        {p.samples.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="difference-controls">
      <legend className="visually-hidden">Difference inputs</legend>
      {select('A', p.a, (id) => p.onPair(id, p.b ?? id))}
      <span aria-hidden="true">−</span>
      {select('B', p.b, (id) => p.onPair(p.a ?? id, id))}
      <button
        type="button"
        onClick={() => p.a && p.b && p.onPair(p.b, p.a)}
        disabled={!p.a || !p.b}
      >
        Swap A and B
      </button>
      <NumberInput
        label="Tolerance (mm)"
        value={p.toleranceMm}
        check={(v) => (v < 0 ? 'Must be 0 mm or more.' : v > 100 ? 'At most 100 mm.' : null)}
        onCommit={(v) => v !== undefined && p.onTolerance(v)}
      />
      <NumberInput
        label="Rate: divide by (min)"
        value={p.rateMinutes ?? undefined}
        optional
        placeholder="no rate"
        check={(v) => (v > 0 ? null : 'The time must be more than 0 minutes.')}
        onCommit={(v) => p.onRate(v ?? null)}
      />
    </fieldset>
  );
}
