import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { PhysicalSample, PhysicalSampleUpdate } from '../../api/schemas';
import { type SampleOutline, standardWafer } from '../../domain/geometry/outline';
import type { BrowserCopy } from '../../domain/setup/migration';
import { readSetup, type SampleSetup, SETUP_KEY, withLimits } from '../../domain/setup/setup';
import { SetupSession } from './setupSession';
import type { SetupServer } from './setupSync';

const ID = '9a8b7c6d-5e4f-4321-8fed-cba987654321';
const notch200 = (edgeMm: number): SampleOutline => ({
  ...standardWafer(200),
  edgeExclusionMm: edgeMm,
});

/** One sample on a server shared by every session made with `session()` (two browsers). */
function aServer(metadata: Record<string, unknown> | null = null) {
  const state = { metadata, refuse: false, hold: null as Promise<void> | null };
  const sample = (): PhysicalSample => ({
    id: ID,
    name: 'Setup race 200mm',
    created_datetime: null,
    last_updated: null,
    projects: [],
    owner_name: null,
    physical_sample_metadata: structuredClone(state.metadata),
  });
  const patches: PhysicalSampleUpdate[] = [];
  const server: SetupServer = {
    getSample: vi.fn(async () => sample()),
    updateSample: vi.fn(async (_id: string, changes: PhysicalSampleUpdate) => {
      if (state.hold) await state.hold;
      if (state.refuse) throw new ApiError('http', 'Method Not Allowed', { status: 405 });
      patches.push(changes);
      if (changes.physical_sample_metadata !== undefined) {
        state.metadata = structuredClone(changes.physical_sample_metadata);
      }
      return sample();
    }),
  };
  let clock = Date.parse('2026-04-03T10:00:00.000Z');
  /** A session (a tab of its own browser) opened from the list as it is now. */
  const session = () => {
    const copies: BrowserCopy[] = [];
    const published: SampleSetup[] = [];
    const s = new SetupSession(
      {
        server,
        sampleId: ID,
        readCopy: () => copies.at(-1) ?? null,
        keepCopy: (copy) => void copies.push(copy),
        legacy: () => null,
        publish: (stored) => void published.push(stored),
        exclusive: (fn) => fn(),
        now: () => {
          clock += 1000;
          return new Date(clock);
        },
        saveDelayMs: 60_000,
      },
      sample().physical_sample_metadata,
    );
    s.start();
    return Object.assign(s, { copies, published });
  };
  const stored = () => {
    const read = readSetup(state.metadata);
    if (read.kind !== 'ok') throw new Error(`no setup stored: ${read.kind}`);
    return read.setup;
  };
  return { state, patches, server, session, stored };
}

const setUsl = (usl: number) => (s: SampleSetup) => withLimits(s, 'thickness', 'nm', { usl });

describe('SetupSession', () => {
  it('keeps A’s outline and edge exclusion when B, not reloaded, sets a limit (issue 13)', async () => {
    const server = aServer({ growth: { run: 7 } });
    const a = server.session();
    const b = server.session();
    a.update((s) => ({ ...s, outline: notch200(3) }));
    await a.save();
    a.update((s) => ({ ...s, outline: notch200(5) }));
    await a.save();
    b.update(setUsl(107));
    await b.save();

    expect(server.state.metadata?.growth).toEqual({ run: 7 });
    expect(server.stored()).toMatchObject({
      outline: notch200(5),
      limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
    });
    expect(b.get().setup).toEqual(server.stored());
    expect(b.get().status).toMatchObject({
      home: 'server',
      state: 'saved',
      notice: 'Setup updated by another session: outline 200 mm wafer, notch; edge exclusion 5 mm.',
    });
    expect(b.published).toEqual([server.stored()]);

    // A learns of B's limit when it reads the server again (focus, poll).
    await a.refresh();
    expect(a.get().setup).toEqual(server.stored());
    expect(a.get().status.notice).toBe(
      'Setup updated by another session: USL of thickness [nm] 107.',
    );
    expect(a.copies.at(-1)).toEqual({
      setup: server.stored(),
      synced: true,
      base: server.stored(),
    });
  });

  it('keeps an unsaved change when a colleague’s arrives, and sends only it later', async () => {
    const server = aServer();
    const a = server.session();
    const b = server.session();
    a.update(setUsl(107));
    b.update((s) => ({ ...s, outline: notch200(5) }));
    await b.save();
    await a.refresh();
    expect(a.get().setup.outline).toEqual(notch200(5));
    expect(a.get().setup.limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 107 }]);
    expect(a.get().status.state).toBe('pending');
    expect(a.copies.at(-1)?.synced).toBe(false);
    await a.save();
    expect(server.stored()).toMatchObject({ outline: notch200(5), limits: [{ usl: 107 }] });
    expect(a.get().status.state).toBe('saved');
  });

  it('says whose value a change replaced when both changed one field', async () => {
    const server = aServer();
    const a = server.session();
    a.update((s) => ({ ...s, outline: notch200(3) }));
    await a.save();
    const b = server.session();
    b.update((s) => ({ ...s, outline: notch200(5) }));
    await b.save();
    a.update((s) => ({ ...s, outline: notch200(4) }));
    await a.save();
    expect(server.stored().outline).toEqual(notch200(4));
    expect(a.get().status.notice).toBe(
      "Your change to the edge exclusion replaced a colleague's (was 5 mm).",
    );
  });

  it('ignores its own write coming back, and an older copy of the server', async () => {
    const server = aServer();
    const a = server.session();
    a.update((s) => ({ ...s, outline: notch200(5) }));
    await a.save();
    const mine = server.stored();
    await a.receive({ kind: 'ok', setup: mine });
    expect(a.get().status.notice).toBeNull();
    await a.receive({
      kind: 'ok',
      setup: { ...mine, outline: null, updatedAt: '2026-01-01T00:00:00.000Z' },
    });
    await a.receive({ kind: 'absent' });
    expect(a.get().setup).toEqual(mine);
    expect(a.get().status.notice).toBeNull();
  });

  it('follows another tab’s save at once (what it published)', async () => {
    const server = aServer();
    const a = server.session();
    const b = server.session();
    a.update(setUsl(99));
    await a.save();
    await b.receive({ kind: 'ok', setup: a.published[0] as SampleSetup });
    expect(b.get().setup.limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 99 }]);
    expect(b.get().status.notice).toBe(
      'Setup updated by another session: USL of thickness [nm] 99.',
    );
    expect(server.server.getSample).toHaveBeenCalledTimes(1); // a's save; b read nothing
  });

  it('puts a change made while a save is under way on top of what was saved', async () => {
    const server = aServer();
    const a = server.session();
    const b = server.session();
    b.update(setUsl(107));
    await b.save();
    let release = () => {};
    server.state.hold = new Promise<void>((r) => (release = r));
    a.update((s) => ({ ...s, outline: notch200(5) }));
    const saving = a.save();
    await vi.waitFor(() => expect(server.server.updateSample).toHaveBeenCalledTimes(2));
    a.update((s) => ({ ...s, frame: 'stage_absolute' }));
    server.state.hold = null;
    release();
    await saving;
    expect(a.get().setup).toMatchObject({
      outline: notch200(5),
      frame: 'stage_absolute',
      limits: [{ usl: 107 }],
    });
    expect(a.get().status.state).toBe('pending');
    await a.save();
    expect(server.stored()).toMatchObject({
      outline: notch200(5),
      frame: 'stage_absolute',
      limits: [{ usl: 107 }],
    });
  });

  it('keeps a refused change in this browser with its base, and says why', async () => {
    const server = aServer();
    const a = server.session();
    server.state.refuse = true;
    a.update(setUsl(1));
    await a.save();
    expect(a.get().status).toMatchObject({
      home: 'browser',
      state: 'browser',
      reason: 'the server does not accept changes to samples',
    });
    expect(a.copies.at(-1)).toMatchObject({
      synced: false,
      base: null,
      setup: { limits: [{ usl: 1 }] },
    });
    expect(server.state.metadata).toBeNull();
    server.state.refuse = false;
    await a.retry();
    expect(server.stored().limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 1 }]);
    expect(a.get().status.state).toBe('saved');
  });

  it('stops sharing when the server’s copy turns newer than this app', async () => {
    const server = aServer();
    const a = server.session();
    server.state.metadata = { [SETUP_KEY]: { version: 2 } };
    await a.refresh(true);
    expect(a.get().status).toMatchObject({ home: 'browser', state: 'browser' });
    expect(a.get().status.reason).toMatch(/newer version of this app \(version 2\)/);
  });
});
