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
  /** Downloads the listed records as CSV. */
  onExportCsv: () => void;
}

export function ReviewTab({
  records,
  highlightedId,
  onHighlight,
  onOpenSettings,
  onExportCsv,
}: ReviewTabProps) {
  const stored = records.data ?? [];
  return (
    <section className="panel" aria-labelledby="records-heading">
      <div className="section-heading">
        <h2 id="records-heading">Stored annotations ({stored.length})</h2>
        <button
          type="button"
          disabled={stored.length === 0}
          onClick={onExportCsv}
          title="Download the listed annotations as CSV (API field names)"
        >
          Export CSV
        </button>
      </div>
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
