/** Listeners registered per sample, told with arguments `T` (the staging store's events). */
export class SampleListeners<T extends unknown[] = []> {
  private readonly bySample = new Map<string, Set<(...args: T) => void>>();

  /** Add `listener` for `sampleId`; returns the function that removes it. */
  add(sampleId: string, listener: (...args: T) => void): () => void {
    const set = this.bySample.get(sampleId) ?? new Set();
    set.add(listener);
    this.bySample.set(sampleId, set);
    return () => set.delete(listener);
  }

  /** Tell every listener of `sampleId`. */
  emit(sampleId: string, ...args: T): void {
    for (const listener of this.bySample.get(sampleId) ?? []) listener(...args);
  }
}
