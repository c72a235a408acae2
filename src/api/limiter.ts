/**
 * A concurrency limit for requests: at most `limit` tasks run at once, the others wait in the
 * order they were asked for. Browsers open about 6 connections per host; a page that lists 25
 * samples' annotations (or a scrolling overview) queues the rest instead of stalling the server
 * and every other request of the app behind them.
 */

/** Runs `task` when a place is free; a task whose `signal` aborts while waiting never runs. */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

/** Throws RangeError unless `limit` is a whole number ≥ 1. */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError('limit must be a whole number of at least 1');
  }
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        running++;
        task().then(resolve, reject).finally(next);
      };
      const onAbort = () => {
        const at = waiting.indexOf(start);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      if (running < limit) return start();
      waiting.push(start);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}
