/**
 * The "Physical sample" picker: lists samples by name, owner and date; creates new ones. The list
 * has a bounded width (app.css), so a long name never makes the header wrap: the chosen sample's
 * label is cut with an ellipsis and shown whole in the list's tooltip; the options stay whole.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useSamples } from '../api/queries';
import { useCreateSample } from '../api/sampleMutations';
import type { PhysicalSample } from '../api/schemas';
import { ErrorNotice } from './ErrorNotice';
import { SampleNameField, sampleNameProblem } from './SampleNameField';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "name — owner — date" for one sample. */
export function sampleLabel(s: PhysicalSample): string {
  const parts = [s.name?.trim() || '(unnamed sample)'];
  if (s.owner_name) parts.push(s.owner_name);
  if (s.created_datetime) parts.push(dateFormat.format(new Date(s.created_datetime)));
  return parts.join(' — ');
}

interface SamplePickerProps {
  sampleId: string | null;
  onSelect: (sampleId: string | null) => void;
  onOpenSettings: () => void;
  /** Offer "New sample" here (false where the page has its own, e.g. the samples overview). */
  canCreate?: boolean;
}

export function SamplePicker({
  sampleId,
  onSelect,
  onOpenSettings,
  canCreate = true,
}: SamplePickerProps) {
  const samples = useSamples();
  const id = useId();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const [name, setName] = useState('');
  // Refused where it is typed: the browser would send a broken character as U+FFFD.
  const nameProblem = sampleNameProblem(name);
  const create = useCreateSample();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || nameProblem || create.isPending) return;
    create.mutate(name.trim(), {
      onSuccess: (sample) => {
        setCreating(false);
        setName('');
        onSelect(sample.id);
      },
    });
  };

  const list = [...(samples.data ?? [])].sort((a, b) =>
    (b.created_datetime ?? '').localeCompare(a.created_datetime ?? ''),
  );
  const unknown = sampleId !== null && samples.isSuccess && !list.some((s) => s.id === sampleId);
  const chosen = list.find((s) => s.id === sampleId);

  return (
    <div className="sample-picker">
      <div className="sample-picker-row">
        <label htmlFor={`${id}-select`}>Physical sample</label>
        <select
          id={`${id}-select`}
          value={unknown ? '' : (sampleId ?? '')}
          disabled={samples.isPending}
          title={chosen ? sampleLabel(chosen) : undefined}
          onChange={(e) => onSelect(e.target.value || null)}
        >
          <option value="">{samples.isPending ? 'Loading samples…' : 'Choose a sample…'}</option>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {sampleLabel(s)}
            </option>
          ))}
        </select>
        {canCreate && (
          <button
            ref={newButton}
            type="button"
            onClick={() => setCreating((v) => !v)}
            aria-expanded={creating}
          >
            New sample
          </button>
        )}
        {canCreate && creating && (
          // A popover under the button: opening it must not make the header wrap.
          <form
            className="inline-form new-sample-form"
            onSubmit={submit}
            aria-label="New physical sample"
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              setCreating(false);
              newButton.current?.focus();
            }}
          >
            <SampleNameField id={id} name={name} onChange={setName} />
            <button
              type="submit"
              className="primary"
              disabled={create.isPending || !name.trim() || nameProblem !== null}
            >
              Create
            </button>
          </form>
        )}
      </div>
      {create.isError && (
        <ErrorNotice
          error={create.error}
          title="Could not create the sample"
          onOpenSettings={onOpenSettings}
        />
      )}
      {samples.isError && (
        <ErrorNotice
          error={samples.error}
          title="Could not list samples"
          onOpenSettings={onOpenSettings}
        />
      )}
      {unknown && (
        <p className="notice notice-error" role="alert">
          Sample not found: the link names a sample ({sampleId}) that this server does not list.
        </p>
      )}
    </div>
  );
}
