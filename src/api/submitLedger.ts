/**
 * The submit ledger: which staged annotations have been given a resubmit token
 * (`metadata.client_batch`, `metadata.client_index`) and whether the outcome of sending them is
 * in doubt (the request was sent but no answer arrived: timeout, connection reset, tab closed).
 * Kept per sample in localStorage so it survives the tab closing mid-request.
 */
import { z } from 'zod';

export const LedgerEntry = z.object({
  batch: z.string(),
  index: z.number().int().nonnegative(),
  inDoubt: z.boolean(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const LedgerSchema = z.record(z.string(), LedgerEntry);
type Ledger = Record<string, LedgerEntry>;

const PREFIX = 'wafer-annotator:ledger:';

/**
 * A sample's ledger, read once from storage. Changes stay in memory until `save()`, so a submit
 * writes it twice (before the first request and at the end) rather than once per chunk; what is
 * in storage is always safe to act on (entries it still calls "in doubt" are only checked).
 */
/** Tokens of annotations this page stored, by sample: kept in memory for as long as undo can
 * bring those annotations back into the staged list (undo history lives for the page only). */
const PAGE_MEMORY = new Map<string, Map<string, LedgerEntry>>();

export class SubmitLedger {
  private cache: Ledger | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly sampleId: string,
    private readonly memory: Map<string, Map<string, LedgerEntry>> = PAGE_MEMORY,
  ) {}

  /**
   * Move entries of stored annotations from the ledger to the page's memory: if undo stages
   * them again, the next submit finds their tokens on the server instead of storing them twice.
   */
  rememberStored(localIds: readonly string[]): void {
    const ledger = this.current();
    let stored = this.memory.get(this.sampleId);
    if (!stored) {
      stored = new Map();
      this.memory.set(this.sampleId, stored);
    }
    for (const id of localIds) {
      const entry = ledger[id];
      if (entry) stored.set(id, { ...entry, inDoubt: false });
      delete ledger[id];
    }
  }

  /** The token of an annotation this page stored, if any. */
  storedEntry(localId: string): LedgerEntry | undefined {
    return this.memory.get(this.sampleId)?.get(localId);
  }

  /** All entries by staged localId (a copy); an unreadable ledger reads as empty. */
  read(): Ledger {
    return { ...this.current() };
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

  /** Write the ledger to storage. A full storage loses only the safety net, never data. */
  save(): void {
    const ledger = this.current();
    try {
      if (Object.keys(ledger).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(ledger));
    } catch {
      // See above: staged points are kept by the staging store, not here.
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
    return PREFIX + this.sampleId;
  }
}

/** The resubmit token of a stored record's metadata, if it carries one. */
export function tokenOf(metadata: Record<string, unknown> | null): string | null {
  const batch = metadata?.client_batch;
  const index = metadata?.client_index;
  return typeof batch === 'string' && typeof index === 'number' ? `${batch}#${index}` : null;
}
