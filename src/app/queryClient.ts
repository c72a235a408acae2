/** The app's one QueryClient and its defaults. */
import { notifyManager, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** Retry a failed read only when retrying can help: network trouble or a 5xx, at most twice. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  const retryable = ['network', 'server', 'unavailable'];
  return isApiError(error) && retryable.includes(error.kind);
}

// Cache notifications flush in a microtask instead of the default setTimeout(0), so a cache
// write and a staging change made in the same tick render together, before the next frame
// (a chunked submit otherwise redraws the map twice per chunk).
notifyManager.setScheduler(queueMicrotask);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, staleTime: 10_000, refetchOnWindowFocus: true },
      // A POST is not idempotent: never resend one on our own.
      mutations: { retry: false },
    },
  });
}
