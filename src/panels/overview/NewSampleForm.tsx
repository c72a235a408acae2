/** The overview's "New sample" form: a name, Create, and what went wrong if it failed. */
import { type FormEvent, useId, useState } from 'react';
import { shortTextProblem } from '../../domain/values/textLimits';
import { ErrorNotice } from '../ErrorNotice';

interface NewSampleFormProps {
  onCreate: (name: string) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  onOpenSettings: () => void;
}

export function NewSampleForm(p: NewSampleFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  // Refused where it is typed: the browser would send a broken character as U+FFFD.
  const nameProblem = shortTextProblem('The sample name', name.trim());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && !nameProblem && !p.pending) p.onCreate(name.trim());
  };
  return (
    <form className="inline-form overview-new" onSubmit={submit} aria-label="Create a sample">
      <label htmlFor={`${id}-name`}>Sample name</label>
      <input
        id={`${id}-name`}
        value={name}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this form by clicking New sample.
        autoFocus
        required
        maxLength={255}
        aria-invalid={nameProblem !== null}
        aria-describedby={nameProblem ? `${id}-name-problem` : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {nameProblem && (
        <p id={`${id}-name-problem`} className="field-error" role="alert">
          {nameProblem}
        </p>
      )}
      <button
        type="submit"
        className="primary"
        disabled={p.pending || !name.trim() || nameProblem !== null}
      >
        {p.pending ? 'Creating…' : 'Create and open'}
      </button>
      <button type="button" onClick={p.onCancel}>
        Cancel
      </button>
      {p.error !== null && p.error !== undefined && (
        <ErrorNotice
          error={p.error}
          title="Could not create the sample"
          onOpenSettings={p.onOpenSettings}
        />
      )}
    </form>
  );
}
