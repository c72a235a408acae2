/**
 * The submit's progress bar and its line of text. The only reader of the progress store
 * (submitProgress.ts), so a chunk sent re-renders this and nothing else.
 */
import { useSubmitProgress } from './submitProgress';

/** Nothing while no submit of the sample runs. */
export function SubmitProgressBar({ sampleId }: { sampleId: string }) {
  const { progress } = useSubmitProgress(sampleId);
  if (!progress) return null;
  return (
    <div className="submit-progress">
      <progress
        aria-label="Submit progress"
        max={Math.max(1, progress.total)}
        value={progress.phase === 'waiting' ? undefined : progress.sent}
      />
      <span>
        {progress.phase === 'waiting'
          ? 'Another tab is submitting this sample… This submit starts when it is done and sends only what is still unstored.'
          : progress.phase === 'reconciling'
            ? 'Checking what an earlier submit stored…'
            : `Sent ${progress.sent} / ${progress.total}`}
      </span>
    </div>
  );
}
