/**
 * Paging for long tables: only one page of rows is rendered, so tables of tens of thousands of
 * annotations stay responsive (the map and the CSV export always cover every row).
 */
import { useEffect, useState } from 'react';
import { formatCount } from '../domain/values/plural';

export const PAGE_SIZE = 100;

/**
 * Current page over `count` rows. With `followEnd`, the pager moves to the last page when rows
 * are added while the user is on the last page (entry: the newest rows stay in view).
 */
export function usePager(count: number, { followEnd = false, pageSize = PAGE_SIZE } = {}) {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const [page, setPage] = useState(followEnd ? pages - 1 : 0);
  const [lastPages, setLastPages] = useState(pages);
  useEffect(() => {
    setLastPages(pages);
    setPage((p) => {
      if (followEnd && p === lastPages - 1) return pages - 1;
      return Math.min(p, pages - 1);
    });
  }, [pages, followEnd, lastPages]);
  const start = page * pageSize;
  return { page, pages, start, end: Math.min(count, start + pageSize), setPage };
}

interface PagerProps {
  label: string;
  count: number;
  pager: ReturnType<typeof usePager>;
}

/** Previous/next buttons and "Rows a–b of n"; nothing when everything fits on one page. */
export function Pager({ label, count, pager }: PagerProps) {
  if (pager.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        disabled={pager.page === 0}
        onClick={() => pager.setPage(pager.page - 1)}
      >
        Previous
      </button>
      <span>
        Rows {formatCount(pager.start + 1)}–{formatCount(pager.end)} of {formatCount(count)}
      </span>
      <button
        type="button"
        disabled={pager.page >= pager.pages - 1}
        onClick={() => pager.setPage(pager.page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
