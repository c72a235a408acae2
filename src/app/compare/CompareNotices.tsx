/** What the user must know about the comparison: progress, missing samples, units, errors. */
import { ErrorNotice } from '../../panels/ErrorNotice';
import type { Comparison } from './useComparison';

interface CompareNoticesProps {
  comparison: Comparison;
  listError: Error | null;
  converting: boolean;
  onOpenSettings: () => void;
}

export function CompareNotices(props: CompareNoticesProps) {
  const { comparison: c, listError, converting, onOpenSettings } = props;
  const loading = c.samples.filter((s) => s.status === 'loading').length;
  const failed = c.samples.filter((s) => s.status === 'error');
  const unlisted = c.samples.filter((s) => !s.listed && s.status !== 'loading');
  const otherUnit = c.samples.reduce((n, s) => n + s.sites.otherUnit, 0);
  const converted = c.samples.reduce((n, s) => n + s.sites.converted, 0);
  return (
    <div className="compare-notices">
      {listError && (
        <ErrorNotice
          error={listError}
          title="Could not list the samples"
          onOpenSettings={onOpenSettings}
        />
      )}
      {loading > 0 && (
        <p className="notice notice-info" role="status">
          Loading the annotations of {loading} of {c.samples.length} samples (6 at a time)…
        </p>
      )}
      {failed.length > 0 && (
        <p className="notice notice-error" role="alert">
          Could not load {failed.map((s) => s.name).join(', ')}: {failed[0]?.error}
        </p>
      )}
      {unlisted.length > 0 && (
        <p className="notice notice-warning">
          This server lists no sample with the id {unlisted.map((s) => s.id).join(', ')}.
        </p>
      )}
      {loading === 0 && c.choiceNotice && (
        <p className="notice notice-warning" data-testid="choice-notice">
          {c.choiceNotice}
        </p>
      )}
      {loading === 0 && c.properties.length === 0 && (
        <p className="notice notice-warning">These samples have no stored annotations yet.</p>
      )}
      {otherUnit > 0 && (
        <p className="notice notice-warning">
          {otherUnit} records of {c.property} are in another unit than {c.unit || 'no unit'} and are
          left out.
          {c.convertible.length > 0 && ' Choose “all in …” under Unit to show them converted.'}
        </p>
      )}
      {converting && converted > 0 && (
        <p className="notice notice-info">
          {converted} records are shown converted into {c.unit} for display only; the stored values
          are unchanged.
        </p>
      )}
      {c.converterLoading && (
        <p className="notice notice-info" role="status">
          Loading the unit converter…
        </p>
      )}
    </div>
  );
}
