import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhysicalSample } from '../../api/schemas';
import { standardWafer } from '../../domain/geometry/outline';
import { emptySetup, SETUP_KEY } from '../../domain/setup/setup';
import { ConnectionProvider } from '../connection';
import { useSampleSetup } from './useSampleSetup';

const ID = '9a8b7c6d-5e4f-4321-8fed-cba987654321';

/**
 * A fake server behind fetch: one sample whose metadata PATCH replaces; `listsMetadata: false`
 * behaves like Atomscale's list (no metadata field); `refusePatch` answers every PATCH 405.
 */
function fakeServer(o: {
  metadata: Record<string, unknown> | null;
  listsMetadata?: boolean;
  refusePatch?: boolean;
}) {
  const state = { metadata: o.metadata };
  const patches: unknown[] = [];
  const sample = () => ({
    id: ID,
    name: 'Wafer 150 mm',
    created_datetime: '2026-01-01T00:00:00Z',
    last_updated: '2026-01-01T00:00:00Z',
    owner_name: 'lab',
    projects: [],
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchFake = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    if (init?.method === 'PATCH') {
      if (o.refusePatch) return json({ detail: 'Method Not Allowed' }, 405);
      const body = JSON.parse(String(init.body)) as {
        physical_sample_metadata?: Record<string, unknown> | null;
      };
      patches.push(body);
      if (body.physical_sample_metadata !== undefined)
        state.metadata = body.physical_sample_metadata;
      return json({ ...sample(), physical_sample_metadata: state.metadata });
    }
    expect(String(url)).toContain(`physical_sample_id=${ID}`);
    return json([
      o.listsMetadata === false
        ? sample()
        : { ...sample(), physical_sample_metadata: state.metadata },
    ]);
  });
  vi.stubGlobal('fetch', fetchFake);
  return {
    state,
    patches,
    listed: (): PhysicalSample => ({
      ...sample(),
      ...(o.listsMetadata === false ? {} : { physical_sample_metadata: state.metadata }),
    }),
  };
}

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider>{children}</ConnectionProvider>
    </QueryClientProvider>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('useSampleSetup', () => {
  it('reads through an empty PATCH when the list has no metadata, and writes only its key', async () => {
    const server = fakeServer({ metadata: { theirs: { run: 7 } }, listsMetadata: false });
    const { result } = renderHook(() => useSampleSetup(server.listed()), { wrapper });
    expect(result.current.status.state).toBe('loading');
    await waitFor(() => expect(result.current.status.state).toBe('new'));
    expect(server.patches).toEqual([{}]);

    act(() => result.current.update((s) => ({ ...s, outline: standardWafer(200, 5) })));
    expect(result.current.status.state).toBe('pending');
    await waitFor(() => expect(result.current.status.state).toBe('saved'), { timeout: 3000 });
    // Read again (empty PATCH) right before the write; the write keeps the other key.
    expect(server.patches.slice(1, 2)).toEqual([{}]);
    expect(server.state.metadata).toEqual({
      theirs: { run: 7 },
      [SETUP_KEY]: result.current.setup,
    });
    expect(result.current.setup.outline).toEqual(standardWafer(200, 5));
  });

  it('keeps a refused setup in this browser, says why, and has it again after a reload', async () => {
    const server = fakeServer({ metadata: null, refusePatch: true });
    const first = renderHook(() => useSampleSetup(server.listed()), { wrapper });
    act(() => first.result.current.update((s) => ({ ...s, outline: standardWafer(100) })));
    await waitFor(() => expect(first.result.current.status.state).toBe('browser'), {
      timeout: 3000,
    });
    expect(first.result.current.status.reason).toBe(
      'the server does not accept changes to samples',
    );
    first.unmount();

    const again = renderHook(() => useSampleSetup(server.listed()), { wrapper });
    expect(again.result.current.setup.outline).toEqual(standardWafer(100));
    await waitFor(() => expect(again.result.current.status.state).toBe('browser'), {
      timeout: 3000,
    });
  });

  it('follows a newer setup a colleague saved when nothing here is unsaved', async () => {
    const mine = { ...emptySetup(new Date('2026-04-01T00:00:00Z')), outline: standardWafer(150) };
    const server = fakeServer({ metadata: { [SETUP_KEY]: mine } });
    const { result, rerender } = renderHook(({ sample }) => useSampleSetup(sample), {
      wrapper,
      initialProps: { sample: server.listed() },
    });
    expect(result.current.status.state).toBe('saved');
    expect(result.current.setup.outline).toEqual(standardWafer(150));
    const theirs = { ...mine, outline: standardWafer(300), updatedAt: '2026-04-02T00:00:00.000Z' };
    server.state.metadata = { [SETUP_KEY]: theirs };
    rerender({ sample: server.listed() });
    await waitFor(() => expect(result.current.setup.outline).toEqual(standardWafer(300)));
    expect(result.current.status.notice).toBe(
      'Setup updated by another session: outline 300 mm wafer, notch.',
    );
    expect(server.patches).toEqual([]);
  });

  it('reads the server again on window focus, keeping a change not yet saved', async () => {
    const start = { ...emptySetup(new Date('2026-04-01T00:00:00Z')), outline: standardWafer(150) };
    const server = fakeServer({ metadata: { [SETUP_KEY]: start } });
    const { result } = renderHook(() => useSampleSetup(server.listed()), { wrapper });
    act(() =>
      result.current.update((s) => ({
        ...s,
        limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
      })),
    );
    // A colleague in another browser sets a 5 mm edge exclusion.
    const theirs = {
      ...start,
      outline: standardWafer(150, 5),
      updatedAt: '2026-04-02T00:00:00.000Z',
    };
    server.state.metadata = { [SETUP_KEY]: theirs };
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(result.current.setup.outline).toEqual(standardWafer(150, 5)));
    expect(result.current.setup.limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 107 }]);
    expect(result.current.status.notice).toBe(
      'Setup updated by another session: edge exclusion 5 mm.',
    );
    await waitFor(() => expect(result.current.status.state).toBe('saved'), { timeout: 3000 });
    expect(server.state.metadata?.[SETUP_KEY]).toMatchObject({
      outline: standardWafer(150, 5),
      limits: [{ usl: 107 }],
    });
  });
});
