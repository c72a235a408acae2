/**
 * When a sample opens and the ledger says its last submit's answer never arrived (the tab was
 * closed or reloaded, the connection dropped), the server is asked first: the sample's records
 * are listed and matched by resubmit token. What was stored is reported (to be unstaged); what
 * was not stays in doubt, so the next submit checks it again rather than trusting it.
 */
import type { ApiClient } from './client';
import type { StoredRef } from './reconcile';
import { type SubmitLedger, tokenOf } from './submitLedger';

export interface InterruptedCheck {
  /** Staged annotations whose interrupted submit did store them. */
  stored: StoredRef[];
  /** Staged annotations in doubt that the server does not have. */
  notStored: string[];
}

/**
 * Check the staged annotations (`stagedIds`) whose submit is in doubt. Returns null when none
 * is; throws the ApiError of the listing. Found ones leave the ledger (their token goes to the
 * draft's stored mark); the caller saves the ledger once the draft holds those marks.
 */
export async function checkInterruptedSubmit(
  sampleId: string,
  stagedIds: ReadonlySet<string>,
  ledger: SubmitLedger,
  client: Pick<ApiClient, 'listAnnotations'>,
): Promise<InterruptedCheck | null> {
  const doubtful = Object.entries(ledger.inDoubt()).filter(([id]) => stagedIds.has(id));
  if (doubtful.length === 0) return null;
  const byToken = new Map<string, string>();
  for (const r of await client.listAnnotations(sampleId)) {
    const token = tokenOf(r.annotation_metadata);
    if (token) byToken.set(token, r.id);
  }
  const stored: StoredRef[] = [];
  const notStored: string[] = [];
  for (const [localId, e] of doubtful) {
    const recordId = byToken.get(`${e.batch}#${e.index}`);
    if (recordId) {
      stored.push({ localId, recordId, batch: e.batch, index: e.index, rev: e.rev ?? null });
    } else notStored.push(localId);
  }
  ledger.remove(stored.map((r) => r.localId));
  return { stored, notStored };
}

/** The notice after the check: what the interrupted submit did, in words. */
export function describeInterruptedCheck(check: InterruptedCheck, editedSince: number): string {
  const n = check.stored.length;
  const were = (k: number) => (k === 1 ? 'was' : 'were');
  const parts: string[] = [];
  if (n > 0) {
    const what = `${n} annotation${n === 1 ? '' : 's'} from the interrupted submit ${were(n)} already stored`;
    const left = n - editedSince;
    parts.push(
      editedSince === 0
        ? `${what}, so ${n === 1 ? 'it is' : 'they are'} no longer staged.`
        : `${what}: ${left > 0 ? `${left} left the staged list; ` : ''}${editedSince} edited since ${editedSince === 1 ? 'stays' : 'stay'} staged, and Submit corrects the stored record.`,
    );
  }
  const m = check.notStored.length;
  if (m > 0) {
    parts.push(
      `${m} from the interrupted submit ${were(m)} not stored and ${m === 1 ? 'stays' : 'stay'} staged.`,
    );
  }
  return parts.join(' ');
}
