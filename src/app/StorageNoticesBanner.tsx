/** The banner at the top of the page for settings (or the ledger) the browser refused to save. */
import { storageNotices, useStorageNotices } from './storageNotices';

/** Every storage problem as a dismissible warning; nothing when there is none. */
export function StorageNoticesBanner() {
  const problems = useStorageNotices();
  if (problems.length === 0) return null;
  return (
    <div className="storage-notices" role="alert" aria-label="Storage problems">
      {problems.map((p) => (
        <p key={p.key} className="notice notice-warning">
          {p.message}{' '}
          <button type="button" className="link-button" onClick={() => storageNotices.clear(p.key)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
