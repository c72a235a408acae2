/**
 * The "Sample name" field of the New sample forms (header and overview): focused when the form
 * opens, its problem (too long for the server, a broken character: `sampleNameProblem`) said
 * under it and tied to it with aria-describedby.
 */
import { shortTextProblem } from '../domain/values/textLimits';

/** Why `name` cannot be a sample name, as a sentence; null when it can. */
export const sampleNameProblem = (name: string): string | null =>
  shortTextProblem('The sample name', name.trim());

export function SampleNameField(p: { id: string; name: string; onChange: (name: string) => void }) {
  const problem = sampleNameProblem(p.name);
  return (
    <>
      <label htmlFor={`${p.id}-name`}>Sample name</label>
      <input
        id={`${p.id}-name`}
        value={p.name}
        // biome-ignore lint/a11y/noAutofocus: the user just asked for this form by clicking New sample.
        autoFocus
        required
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${p.id}-name-problem` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {problem && (
        <p id={`${p.id}-name-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
