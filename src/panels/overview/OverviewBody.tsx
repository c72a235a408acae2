/**
 * The overview's main area: the samples grid, or what stands in its place (loading, the error
 * with Try again, no samples yet, nothing matching the search).
 */
import type { ReactNode } from 'react';
import { ErrorNotice } from '../ErrorNotice';

interface OverviewBodyProps {
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
  onOpenSettings: () => void;
  total: number;
  matching: number;
  search: string;
  onClearSearch: () => void;
  /** The grid. */
  children: ReactNode;
}

export function OverviewBody(p: OverviewBodyProps) {
  if (p.state === 'loading') {
    return (
      <p className="overview-state" role="status">
        Loading samples…
      </p>
    );
  }
  if (p.state === 'error') {
    return (
      <div className="overview-state">
        <ErrorNotice
          error={p.error}
          title="Could not list samples"
          onOpenSettings={p.onOpenSettings}
        />
        <button type="button" onClick={p.onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (p.total === 0) {
    return (
      <div className="overview-state empty-state">
        <h2>No physical samples yet</h2>
        <p>
          Create one with <strong>New sample</strong>, or bring a whole cassette in with{' '}
          <strong>Import cassette…</strong> (a KLA-F5x export, a table with a wafer column, several
          CompleteEASE maps, or an Excel workbook).
        </p>
      </div>
    );
  }
  if (p.matching === 0) {
    return (
      <div className="overview-state empty-state">
        <h2>No sample matches “{p.search.trim()}”</h2>
        <p>The search looks in names, owners, projects and ids; every word must occur.</p>
        <button type="button" onClick={p.onClearSearch}>
          Clear the search
        </button>
      </div>
    );
  }
  return <>{p.children}</>;
}
