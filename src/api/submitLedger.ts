/**
 * The submit ledger: which staged annotations have been given a resubmit token
 * (`metadata.client_batch`, `metadata.client_index`) and whether the outcome of sending them is
 * in doubt (the request was sent but no answer arrived: timeout, connection reset, tab closed).
 * Kept per sample in localStorage, shared by every tab of the browser: a submit creates a fresh
 * ledger while it holds the sample's submit lock, so it reads what the last submit (in any tab)
 * left. Once an annotation is acknowledged as stored, its token moves to the shared draft (its
 * stored mark) and leaves the ledger.
 */
import { z } from 'zod';
import { Revision } from '../domain/staging/revision';

export const LedgerEntry = z.object({
  batch: z.string(),
  index: z.number().int().nonnegative(),
  inDoubt: z.boolean(),
  /** The draft revision of the version sent with this token (absent in older ledgers). */
  rev: Revision.optional(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const LedgerSchema = z.record(z.string(), LedgerEntry);
type Ledger = Record<string, LedgerEntry>;

export const LEDGER_PREFIX = 'wafer-annotator:ledger:';

/**
 * A sample's ledger, read from storage on first use. Changes stay in memory until `save()`, so a
 * submit writes it a few times (before the first request and at the end) rather than once per
 * chunk; what is in storage is always safe to act on (entries it calls "in doubt" are checked
 * against the server, never trusted).
 */
export class SubmitLedger {
  private cache: Ledger | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly sampleId: string,
  ) {}

  /** All entries by staged localId (a copy); an unreadable ledger reads as empty. */
  read(): Ledger {
    return { ...this.current() };
  }

  /** Entries whose outcome is in doubt, by localId. */
  inDoubt(): Ledger {
    return Object.fromEntries(Object.entries(this.current()).filter(([, e]) => e.inDoubt));
  }

  /** Merge entries in (by localId). */
  set(entries: Record<string, LedgerEntry>): void {
    Object.assign(this.current(), entries);
  }

  /** Mark the given localIds' entries as in doubt or settled. */
  mark(localIds: readonly string[], inDoubt: boolean): void {
    const ledger = this.current();
    for (const id of localIds) {
      const entry = ledger[id];
      if (entry) ledger[id] = { ...entry, inDoubt };
    }
  }

  remove(localIds: readonly string[]): void {
    const ledger = this.current();
    for (const id of localIds) delete ledger[id];
  }

  /**
   * Write the ledger to storage. False when the browser refused (storage full or blocked): the
   * caller must say so, since without it a lost answer can no longer be checked.
   */
  save(): boolean {
    const ledger = this.current();
    try {
      if (Object.keys(ledger).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(ledger));
      return true;
    } catch {
      return false;
    }
  }

  private current(): Ledger {
    if (!this.cache) {
      try {
        const parsed = LedgerSchema.safeParse(JSON.parse(this.storage.getItem(this.key) ?? '{}'));
        this.cache = parsed.success ? parsed.data : {};
      } catch {
        this.cache = {};
      }
    }
    return this.cache;
  }

  private get key() {
    return LEDGER_PREFIX + this.sampleId;
  }
}

export { tokenOf } from '../domain/staging/submitToken';
