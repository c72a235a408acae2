import type { LockApi } from '../app/submitLock';

/** An in-memory LockManager: exclusive locks by name, granted in request order. */
export class FakeLocks implements LockApi {
  private readonly queues = new Map<string, (() => void)[]>();
  private readonly held = new Set<string>();
  readonly requested: string[] = [];

  async request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T> {
    this.requested.push(name);
    if (this.held.has(name)) {
      if (options.ifAvailable) return callback(null);
      await new Promise<void>((resolve, reject) => {
        const q = this.queues.get(name) ?? [];
        const grant = () => {
          options.signal?.removeEventListener('abort', abort);
          resolve();
        };
        // As in browsers: an aborted request leaves the queue and rejects with an AbortError.
        const abort = () => {
          q.splice(q.indexOf(grant), 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        };
        options.signal?.addEventListener('abort', abort);
        q.push(grant);
        this.queues.set(name, q);
      });
    }
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      const next = this.queues.get(name)?.shift();
      if (next) next();
      else this.held.delete(name);
    }
  }
}
