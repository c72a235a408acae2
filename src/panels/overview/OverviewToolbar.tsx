/**
 * The overview's toolbar: search, how many samples match and are selected, select all matching,
 * clear, Compare, and the entries that add samples (New sample, Import cassette…).
 */
import { useId } from 'react';

export interface OverviewToolbarProps {
  search: string;
  onSearchChange: (search: string) => void;
  /** Samples matching the search, and in all. */
  matching: number;
  total: number;
  selectedCount: number;
  /** Selected samples the search hides. */
  hiddenSelected: number;
  /** Matching samples not selected yet (0 hides "Select all"). */
  unselectedMatching: number;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onCompare: () => void;
  onNewSample: () => void;
  newSampleOpen: boolean;
  onImportCassette: () => void;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function OverviewToolbar(p: OverviewToolbarProps) {
  const id = useId();
  const canCompare = p.selectedCount >= 2;
  return (
    <div className="overview-toolbar">
      <div className="overview-search">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search samples
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={p.search}
          placeholder="Search: name, owner, project"
          onChange={(e) => p.onSearchChange(e.target.value)}
        />
        <span className="muted" role="status" aria-live="polite">
          {p.search.trim()
            ? `${p.matching.toLocaleString('en')} of ${plural(p.total, 'sample', 'samples')}`
            : plural(p.total, 'sample', 'samples')}
        </span>
      </div>
      <div className="overview-selection">
        <span aria-live="polite">
          {plural(p.selectedCount, 'selected', 'selected')}
          {p.hiddenSelected > 0 && (
            <span className="muted"> ({p.hiddenSelected} not shown by the search)</span>
          )}
        </span>
        {p.unselectedMatching > 0 && (
          <button type="button" onClick={p.onSelectAll}>
            Select all {p.matching.toLocaleString('en')} {p.search.trim() ? 'matching' : ''}
          </button>
        )}
        {p.selectedCount > 0 && (
          <button type="button" onClick={p.onClearSelection}>
            Clear selection
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!canCompare}
          title={canCompare ? undefined : 'Select two or more samples to compare them'}
          onClick={p.onCompare}
        >
          Compare{canCompare ? ` ${p.selectedCount} samples` : ''}
        </button>
      </div>
      <div className="overview-add">
        <button type="button" onClick={p.onNewSample} aria-expanded={p.newSampleOpen}>
          New sample
        </button>
        <button type="button" onClick={p.onImportCassette}>
          Import cassette…
        </button>
      </div>
    </div>
  );
}
