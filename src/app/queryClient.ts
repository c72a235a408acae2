/** The app's one QueryClient and its defaults. */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** Retry a failed read only when retrying can help: network trouble or a 5xx, at most twice. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiError(error) && (error.kind === 'network' || error.kind === 'server');
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, staleTime: 10_000, refetchOnWindowFocus: true },
      // A POST is not idempotent: never resend one on our own.
      mutations: { retry: false },
    },
  });
}
