/**
 * A filtered listing starts from the records filtered locally, asks the server anyway, and keeps
 * the very same list when the server answers with the same records: at 100,000 records a new
 * list would recompute the statistics, colours and markers and redraw the map for nothing.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anAnnotation } from '../testing/builders';
import { createApiClient } from './client';
import { ConnectionContext, type ConnectionContextValue } from './connection';
import { useFilteredAnnotations } from './queries';
import type { SpatialAnnotation } from './schemas';

const SAMPLE = '9a8b7c6d-5e4f-4321-8fed-cba987654321';

afterEach(() => vi.unstubAllGlobals());

function serve(records: SpatialAnnotation[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string | URL | Request) => {
      urls.push(String(url));
      return new Response(JSON.stringify(records), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return urls;
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const settings = { baseUrl: '/api', apiKey: 'test-key', remember: false };
  // The stubbed global fetch is read at each request, after serve() installed it.
  const connection: ConnectionContextValue = {
    settings,
    client: createApiClient(settings, (...args) => fetch(...args)),
    update: () => undefined,
  };
  return (
    <QueryClientProvider client={client}>
      <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>
    </QueryClientProvider>
  );
}

describe('useFilteredAnnotations', () => {
  it('shows the local records at once, asks the server, and keeps the same list when equal', async () => {
    const local = [
      anAnnotation({ property_name: 'thickness', property_value: 1 }),
      anAnnotation({ property_name: 'thickness', property_value: 2 }),
    ];
    // The server's answer: equal records, new objects (as JSON parsing makes them).
    const urls = serve(JSON.parse(JSON.stringify(local)));
    const { result } = renderHook(
      () => useFilteredAnnotations(SAMPLE, { property_name: 'thickness' }, local),
      { wrapper },
    );
    expect(result.current.data).toBe(local);
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain('property_name=thickness');
    expect(result.current.data).toBe(local);
  });

  it('takes what the server says when it differs', async () => {
    const local = [anAnnotation({ property_name: 'thickness', property_value: 1 })];
    const stored = [{ ...local[0], property_value: 5 } as SpatialAnnotation];
    serve(stored);
    const { result } = renderHook(
      () => useFilteredAnnotations(SAMPLE, { property_name: 'thickness' }, local),
      { wrapper },
    );
    await waitFor(() => expect(result.current.data?.[0]?.property_value).toBe(5));
  });

  it('asks nothing while paused (a bulk submit writes the list), and asks once resumed', async () => {
    const local = [anAnnotation({ property_name: 'thickness', property_value: 1 })];
    const urls = serve(JSON.parse(JSON.stringify(local)));
    const { result, rerender } = renderHook(
      ({ paused }) => useFilteredAnnotations(SAMPLE, { property_name: 'thickness' }, local, paused),
      { wrapper, initialProps: { paused: true } },
    );
    expect(result.current.data).toBe(local);
    await new Promise((r) => setTimeout(r, 20));
    expect(urls).toHaveLength(0);
    rerender({ paused: false });
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(urls[0]).toContain('property_name=thickness');
  });
});
