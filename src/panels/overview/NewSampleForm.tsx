/** The overview's "New sample" form: a name, Create, and what went wrong if it failed. */
import { type FormEvent, useId, useState } from 'react';
import { ErrorNotice } from '../ErrorNotice';
import { SampleNameField, sampleNameProblem } from '../SampleNameField';

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
  const nameProblem = sampleNameProblem(name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && !nameProblem && !p.pending) p.onCreate(name.trim());
  };
  return (
    <form className="inline-form overview-new" onSubmit={submit} aria-label="Create a sample">
      <SampleNameField id={id} name={name} onChange={setName} />
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
