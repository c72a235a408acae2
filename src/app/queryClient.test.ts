import { focusManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { createQueryClient, shouldRetryQuery } from './queryClient';

describe('createQueryClient', () => {
  afterEach(() => {
    focusManager.setFocused(undefined);
    vi.useRealTimers();
  });

  it('refetches stale annotations when the window regains focus, so others’ records appear', async () => {
    vi.useFakeTimers();
    const client = createQueryClient();
    client.mount();
    const queryFn = vi.fn(async () => ['record']);
    const observer = new QueryObserver(client, { queryKey: ['annotations', 's1', {}], queryFn });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(1));

    // Within the stale time a focus does not refetch; after it, it does.
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_001);
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(2));
    unsubscribe();
    client.unmount();
  });
});

describe('shouldRetryQuery', () => {
  it('retries reads after network trouble, 5xx and 503/507 storage conditions, at most twice', () => {
    const busy = new ApiError('unavailable', 'The local database cannot be read: busy.', {
      status: 503,
    });
    expect(shouldRetryQuery(0, busy)).toBe(true);
    expect(shouldRetryQuery(1, new ApiError('server', 'x', { status: 500 }))).toBe(true);
    expect(shouldRetryQuery(2, busy)).toBe(false);
    expect(shouldRetryQuery(0, new ApiError('validation', 'x', { status: 422 }))).toBe(false);
    expect(shouldRetryQuery(0, new Error('x'))).toBe(false);
  });
});
