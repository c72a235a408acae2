/**
 * Notices about the staged list that other tabs and earlier submits cause: the check of an
 * interrupted submit, staged annotations that are already stored (edited while or after being
 * sent: the next submit corrects their record), and a resubmit ledger that cannot be saved.
 */
import type { StoredMark } from '../domain/staging/draftDoc';
import type { StagedAnnotation } from '../domain/staging/staged';
import type { InterruptedState } from './interruptedCheck';

interface SubmitNoticesProps {
  staged: StagedAnnotation[];
  storedEdited: ReadonlyMap<string, StoredMark>;
  interrupted: InterruptedState;
  onDismissInterrupted: () => void;
  /** Why the last submit sent nothing (the ledger cannot be saved), if so. */
  ledgerBlocked: string | null;
  onSubmitWithoutLedger: () => void;
}

/** Row numbers (1-based, as the staged table shows them) of the given ids, shortened. */
function rowList(staged: StagedAnnotation[], ids: ReadonlyMap<string, unknown>): string {
  const rows: number[] = [];
  staged.forEach((a, i) => {
    if (ids.has(a.localId)) rows.push(i + 1);
  });
  const shown = rows.slice(0, 8).join(', ');
  return rows.length > 8 ? `${shown} and ${rows.length - 8} more` : shown;
}

/** The notices above the staged table (see the module comment); each only when it applies. */
export function SubmitNotices(p: SubmitNoticesProps) {
  const n = p.storedEdited.size;
  return (
    <>
      {p.interrupted.phase === 'checking' && (
        <p className="notice notice-info" role="status">
          Checking the interrupted submit… (its answer never arrived; the server is asked what it
          stored before anything is sent again)
        </p>
      )}
      {(p.interrupted.phase === 'done' || p.interrupted.phase === 'failed') && (
        <div
          className={`notice ${p.interrupted.phase === 'done' ? 'notice-info' : 'notice-warning'}`}
          role="status"
          aria-label="Interrupted submit"
        >
          {p.interrupted.message}{' '}
          <button type="button" className="link-button" onClick={p.onDismissInterrupted}>
            Dismiss
          </button>
        </div>
      )}
      {n > 0 && (
        <p className="notice notice-info" role="status" aria-label="Stored and edited since">
          {n === 1 ? 'Row' : 'Rows'} {rowList(p.staged, p.storedEdited)} {n === 1 ? 'is' : 'are'}{' '}
          already stored by a submit and {n === 1 ? 'was' : 'were'} edited since (here or in another
          tab): Submit corrects the stored {n === 1 ? 'record' : 'records'} instead of storing{' '}
          {n === 1 ? 'it' : 'them'} again.
        </p>
      )}
      {p.ledgerBlocked && (
        <div className="notice notice-error" role="alert">
          {p.ledgerBlocked} Free some browser storage (e.g. clear other sites' data) and submit
          again, or{' '}
          <button type="button" className="link-button" onClick={p.onSubmitWithoutLedger}>
            submit without the duplicate check
          </button>
          .
        </div>
      )}
    </>
  );
}
