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

export class SubmitLedger {
  constructor(
    private readonly storage: Storage,
    private readonly sampleId: string,
  ) {}

  /** All entries by staged localId; an unreadable ledger reads as empty. */
  read(): Ledger {
    try {
      const parsed = LedgerSchema.safeParse(JSON.parse(this.storage.getItem(this.key) ?? '{}'));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  /** Merge entries in (by localId). */
  set(entries: Record<string, LedgerEntry>): void {
    this.write({ ...this.read(), ...entries });
  }

  /** Mark the given localIds' entries as in doubt or settled. */
  mark(localIds: string[], inDoubt: boolean): void {
    const ledger = this.read();
    for (const id of localIds) {
      const entry = ledger[id];
      if (entry) ledger[id] = { ...entry, inDoubt };
    }
    this.write(ledger);
  }

  remove(localIds: string[]): void {
    const ledger = this.read();
    for (const id of localIds) delete ledger[id];
    this.write(ledger);
  }

  private get key() {
    return PREFIX + this.sampleId;
  }

  private write(ledger: Ledger): void {
    try {
      if (Object.keys(ledger).length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(ledger));
    } catch {
      // A full storage loses only the resubmit safety net, never staged data.
    }
  }
}

/** The resubmit token of a stored record's metadata, if it carries one. */
export function tokenOf(metadata: Record<string, unknown> | null): string | null {
  const batch = metadata?.client_batch;
  const index = metadata?.client_index;
  return typeof batch === 'string' && typeof index === 'number' ? `${batch}#${index}` : null;
}
