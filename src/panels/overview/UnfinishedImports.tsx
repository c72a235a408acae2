/**
 * Cassette imports that stopped before the end (failure, Cancel, reload): how far each got and
 * why it stopped, with Resume and Discard. Discarding keeps what was stored and what was staged.
 */
import { counted, formatCount } from '../../domain/values/plural';

export interface UnfinishedImport {
  id: string;
  title: string;
  waferCount: number;
  doneWafers: number;
  storedAnnotations: number;
  totalAnnotations: number;
  error: string | null;
}

interface UnfinishedImportsProps {
  imports: readonly UnfinishedImport[];
  onResume: (id: string) => void;
  onDiscard: (id: string) => void;
}

export function UnfinishedImports({ imports, onResume, onDiscard }: UnfinishedImportsProps) {
  if (imports.length === 0) return null;
  return (
    <section className="notice notice-warning unfinished-imports" aria-label="Unfinished imports">
      {imports.map((job) => (
        <div key={job.id} className="unfinished-import">
          <span>
            <strong>Import of {job.title} stopped</strong>: {job.doneWafers} of{' '}
            {counted(job.waferCount, 'wafer')} done ({formatCount(job.storedAnnotations)} of{' '}
            {counted(job.totalAnnotations, 'annotation')} stored).
            {job.error && <> Last error: {job.error}</>}
          </span>
          <button type="button" className="primary" onClick={() => onResume(job.id)}>
            Resume import
          </button>
          <button
            type="button"
            onClick={() => onDiscard(job.id)}
            title="Stops offering to resume. Stored annotations stay stored; points already staged stay staged in their samples."
          >
            Discard
          </button>
        </div>
      ))}
    </section>
  );
}
