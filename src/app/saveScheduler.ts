/**
 * When the staging store writes drafts: at once, or `delayMs` after the first change of a burst
 * (one write for many changes). Which samples wait for a write is kept here; the write itself is
 * the store's.
 */
export class SaveScheduler {
  private readonly dirty = new Set<string>();
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
    if (this.delayMs <= 0) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** True while `sampleId` waits for a write. */
  pending(sampleId: string): boolean {
    return this.dirty.has(sampleId);
  }

  /** Write every waiting draft now; resolves once written. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const saves: Promise<void>[] = [];
    for (const sampleId of [...this.dirty]) {
      const saving = this.save(sampleId);
      if (!saving) continue;
      this.dirty.delete(sampleId);
      saves.push(saving);
    }
    await Promise.all(saves);
  }
}
