import { describe, expect, it, vi } from 'vitest';
import { type SampleSetup, SETUP_KEY, withLimits } from '../../domain/setup/setup';
import { aServer, notch200 } from './setupSessionTesting';

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
