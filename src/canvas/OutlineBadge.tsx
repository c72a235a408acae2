/** The label over a map whose outline nobody has set (see SampleMap's `outlineState`). */
import type { OutlineState } from './sampleMapProps';

/** "suggested outline" / "guessed outline" over the map, for an outline nobody has set. */
export function OutlineBadge({ state }: { state: Exclude<OutlineState, 'set'> }) {
  const why =
    state === 'suggested'
      ? 'Suggested outline: the sample name gives no size and no outline is set.'
      : 'Outline guessed from the sample name, not confirmed.';
  return (
    <p className={`map-outline-badge is-${state}`} title={`${why} Set it in the Outline panel.`}>
      {state} outline
    </p>
  );
}
