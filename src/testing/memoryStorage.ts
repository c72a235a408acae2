/**
 * An in-memory `Storage` for tests; `failWrites` (every write) and `maxValueLength` (long values)
 * simulate a full or blocked localStorage.
 */
export class MemoryStorage implements Storage {
  private readonly data = new Map<string, string>();
  failWrites = false;
  /** Writes of longer values fail like a full localStorage. */
  maxValueLength = Number.POSITIVE_INFINITY;

  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites || String(value).length > this.maxValueLength) {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    }
    this.data.set(key, String(value));
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
}
