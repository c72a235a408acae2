/**
 * When the staging store writes drafts: at once, or `delayMs` after the first change of a burst
 * (one write for many changes). Which samples wait for a write is kept here; the write itself is
 * the store's.
 */
export class SaveScheduler {
  private readonly dirty = new Set<string>();
  /** Samples whose timed writes wait (count of holds); `flush` still writes them. */
  private readonly held = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `save` starts writing a sample's draft and resolves once written, or returns null when the
   * draft cannot be written yet (still loading); that sample then waits for the next flush.
   */
  constructor(
    private readonly delayMs: number,
    private readonly save: (sampleId: string) => Promise<void> | null,
  ) {}

  /** `sampleId` changed: write it now (no delay) or once the delay is over. */
  mark(sampleId: string): void {
    this.dirty.add(sampleId);
    if (this.held.has(sampleId)) return;
    if (this.delayMs <= 0) void this.write(false);
    else this.timer ??= setTimeout(() => void this.write(false), this.delayMs);
  }

  /**
   * Write `sampleId` only when flushed until the returned function is called (then as `mark`
   * would). A bulk submit holds its sample: it changes the draft many times a second, its
   * resubmit ledger covers the time until the draft is written, and it flushes at the end.
   */
  hold(sampleId: string): () => void {
    this.held.set(sampleId, (this.held.get(sampleId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(sampleId) ?? 1) - 1;
      if (left > 0) this.held.set(sampleId, left);
      else this.held.delete(sampleId);
      if (left <= 0 && this.dirty.has(sampleId)) this.mark(sampleId);
    };
  }

  /** True while `sampleId` waits for a write. */
  pending(sampleId: string): boolean {
    return this.dirty.has(sampleId);
  }

  /** Write every waiting draft now (held ones too); resolves once written. */
  flush(): Promise<void> {
    return this.write(true);
  }

  private async write(held: boolean): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const saves: Promise<void>[] = [];
    for (const sampleId of [...this.dirty]) {
      if (!held && this.held.has(sampleId)) continue;
      const saving = this.save(sampleId);
      if (!saving) continue;
      this.dirty.delete(sampleId);
      saves.push(saving);
    }
    await Promise.all(saves);
  }
}
