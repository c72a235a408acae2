/**
 * The samples overview's list (pure): search, natural sort by name, date or owner, and
 * selection (toggle, Shift ranges, everything that matches). The overview keeps the search and
 * the selection in the URL; the order is view state.
 */
import { naturalCompare } from '../../domain/values/naturalOrder';

/** The fields of a physical sample the list reads (PhysicalSample fits). */
export interface ListedSample {
  id: string;
  name: string | null;
  owner_name: string | null;
  /** ISO 8601 UTC. */
  created_datetime: string | null;
  projects: ReadonlyArray<{ id: string; name: string | null }>;
}

export type SampleSortKey = 'name' | 'date' | 'owner';

export interface SampleSort {
  key: SampleSortKey;
  direction: 'asc' | 'desc';
}

/** Newest first, as the sample picker lists them. */
export const DEFAULT_SAMPLE_SORT: SampleSort = { key: 'date', direction: 'desc' };

/** Natural order of names (domain/values/naturalOrder.ts): Slot1, Slot2, slot 3, Slot 07, Slot10. */
export { naturalCompare };

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The text a search looks in: name, owner, project names and the id. */
function searchText(s: ListedSample): string {
  return fold([s.name, s.owner_name, ...s.projects.map((p) => p.name), s.id].join('\n'));
}

/**
 * True when every word of `query` (split at whitespace, case and width folded) occurs in the
 * sample's name, owner, a project name or its id. A blank query matches every sample.
 */
export function matchesSearch(sample: ListedSample, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(sample);
  return words.every((w) => text.includes(w));
}

function sortValue(s: ListedSample, key: SampleSortKey): string | null {
  if (key === 'name') return s.name?.trim() || null;
  if (key === 'owner') return s.owner_name?.trim() || null;
  return s.created_datetime;
}

/**
 * The samples matching `query`, in `sort` order. Samples without the sorted field (no name, no
 * owner, no date) come last in either direction; ties are broken by name (natural), then id, so
 * the order never changes between renders.
 */
export function visibleSamples<T extends ListedSample>(
  samples: readonly T[],
  query: string,
  sort: SampleSort,
): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: T, b: T) =>
    naturalCompare(a.name ?? '', b.name ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return samples
    .filter((s) => matchesSearch(s, query))
    .sort((a, b) => {
      const va = sortValue(a, sort.key);
      const vb = sortValue(b, sort.key);
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1;
        return byName(a, b);
      }
      // ISO 8601 UTC timestamps sort chronologically as text.
      const c = sort.key === 'date' ? (va < vb ? -1 : va > vb ? 1 : 0) : naturalCompare(va, vb);
      return sign * c || byName(a, b);
    });
}

/** `selected` with `id` added, or removed when it is there. Order of selection is kept. */
export function toggleSelection(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

/**
 * Shift-click: every id of `order` from `anchorId` to `targetId` (inclusive, either direction)
 * selected when `select`, else unselected; ids outside the range keep their state. Without an
 * anchor in `order`, only `targetId` changes.
 */
export function selectRange(
  order: readonly string[],
  selected: readonly string[],
  anchorId: string | null,
  targetId: string,
  select: boolean,
): string[] {
  const to = order.indexOf(targetId);
  const from = anchorId === null ? -1 : order.indexOf(anchorId);
  const range =
    from < 0 || to < 0 ? [targetId] : order.slice(Math.min(from, to), Math.max(from, to) + 1);
  if (select) {
    const have = new Set(selected);
    return [...selected, ...range.filter((id) => !have.has(id))];
  }
  const drop = new Set(range);
  return selected.filter((id) => !drop.has(id));
}

/** `selected` plus every id of `ids` (order kept, no repeats). */
export function selectAll(selected: readonly string[], ids: readonly string[]): string[] {
  const have = new Set(selected);
  return [...selected, ...ids.filter((id) => !have.has(id))];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO 8601 timestamp as the local calendar date `YYYY-MM-DD`; '' for null or unreadable. */
export function isoDate(timestamp: string | null): string {
  if (!timestamp) return '';
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
