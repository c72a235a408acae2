/** Review of what is stored for the open sample: the "Annotations" table. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { SpatialAnnotation } from '../api/schemas';
import { ErrorNotice } from '../panels/ErrorNotice';
import { RecordsTable } from '../panels/RecordsTable';

interface ReviewTabProps {
  records: UseQueryResult<SpatialAnnotation[]>;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenSettings: () => void;
}

export function ReviewTab({ records, highlightedId, onHighlight, onOpenSettings }: ReviewTabProps) {
  const stored = records.data ?? [];
  return (
    <section className="panel" aria-labelledby="records-heading">
      <h2 id="records-heading">Stored annotations ({stored.length})</h2>
      {records.isError && (
        <ErrorNotice
          error={records.error}
          title="Could not load annotations"
          onOpenSettings={onOpenSettings}
        />
      )}
      {records.isPending ? (
        <p className="muted">Loading…</p>
      ) : (
        <RecordsTable records={stored} highlightedId={highlightedId} onHighlight={onHighlight} />
      )}
    </section>
  );
}
