/**
 * The side panel's tab list: Entry (with the staged count) and Review (with the stored count),
 * switched by click or by the arrow keys (WAI-ARIA tabs pattern; the panels have ids
 * `tabpanel-entry` and `tabpanel-review`).
 */
import { formatCount } from '../../domain/values/plural';

export type WorkspaceTab = 'entry' | 'review';

interface SideTabsProps {
  tab: WorkspaceTab;
  onTab: (tab: WorkspaceTab) => void;
  stagedCount: number;
  storedCount: number;
}

/** The two tabs; `tab` is the open one. */
export function SideTabs({ tab, onTab, stagedCount, storedCount }: SideTabsProps) {
  return (
    <div className="tabs" role="tablist" aria-label="Side panel">
      {(['entry', 'review'] as const).map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`tab-${t}`}
          aria-selected={tab === t}
          aria-controls={`tabpanel-${t}`}
          tabIndex={tab === t ? 0 : -1}
          onClick={() => onTab(t)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
              onTab(t === 'entry' ? 'review' : 'entry');
            }
          }}
        >
          {t === 'entry'
            ? `Entry (${formatCount(stagedCount)} staged)`
            : `Review (${formatCount(storedCount)} stored)`}
        </button>
      ))}
    </div>
  );
}
