/**
 * Two people saving the same sample's setup at the same moment: both read the server's copy
 * before either writes, so the second write carries the first's field as it was before. The
 * first session must notice on its next read (focus, poll) and write its change again.
 */
import { describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { withLimits } from '../../domain/setup/setup';
import { aServer } from './setupSessionTesting';

const edge = (edgeExclusionMm: number) => ({ ...standardWafer(200), edgeExclusionMm });

type Server = ReturnType<typeof aServer>;

/** Hold every write from now on; the function returned lets them through, and later ones too. */
function holdWrites(server: Server): () => void {
  let release = () => {};
  server.state.hold = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    server.state.hold = null;
    release();
  };
}

/** A and B save at once: both read the server's copy, then A's write lands, then B's. */
async function saveTogether(
  server: Server,
  a: { save(): Promise<void> },
  b: { save(): Promise<void> },
) {
  const release = holdWrites(server);
  const reads = vi.mocked(server.server.getSample).mock.calls.length;
  const saves = [a.save(), b.save()];
  await vi.waitFor(() => expect(server.server.getSample).toHaveBeenCalledTimes(reads + 2));
  release();
  await Promise.all(saves);
}

describe('SetupSession, two saves at once', () => {
  it.each([
    ['a field both knew', true],
    ['a field set for the first time', false],
  ])('puts back A’s change that B’s write undid without knowing it (%s)', async (_, initial) => {
    const server = aServer();
    const a = server.session();
    const b = server.session();
    if (initial) {
      a.update((s) => ({ ...s, outline: edge(3) }));
      await a.save();
      await b.refresh();
    }
    a.update((s) => ({ ...s, outline: edge(5) }));
    b.update((s) => withLimits(s, 'thickness', 'nm', { usl: 107 }));

    // Both read the server's copy, then A's write lands, then B's (merged from the older copy).
    await saveTogether(server, a, b);
    expect(server.stored().outline).toEqual(initial ? edge(3) : null);

    await a.refresh();
    await a.save();
    expect(server.stored()).toMatchObject({
      outline: edge(5),
      limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
    });
    expect(a.get().setup).toEqual(server.stored());
    expect(a.get().status).toMatchObject({ home: 'server', state: 'saved' });

    // B follows A's change as a colleague's, and nobody writes again.
    const patches = server.patches.length;
    await b.refresh();
    await a.refresh();
    expect(b.get().setup).toEqual(server.stored());
    expect(b.get().status.notice).toBe(
      initial
        ? 'Setup updated by another session: edge exclusion 5 mm.'
        : 'Setup updated by another session: outline 200 mm wafer, notch; edge exclusion 5 mm.',
    );
    expect(server.patches.length).toBe(patches);
  });

  it('puts it back on its own, by reading the server a little after each write', async () => {
    const server = aServer();
    const a = server.session({ verifyDelayMs: 20 });
    const b = server.session();
    a.update((s) => ({ ...s, outline: edge(5) }));
    b.update((s) => withLimits(s, 'thickness', 'nm', { usl: 107 }));
    await saveTogether(server, a, b);
    expect(server.stored().outline).toBeNull();
    // No focus, no poll: A's own read after its write finds the loss and writes again.
    await vi.waitFor(() => expect(server.stored().outline).toEqual(edge(5)));
    expect(server.stored().limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 107 }]);
  });

  it('puts back B’s change that A’s slower write, stamped earlier, undid', async () => {
    // A starts saving first but its write is slow and lands after B's: its stamp is the older.
    const server = aServer();
    const a = server.session();
    const b = server.session();
    a.update((s) => ({ ...s, outline: edge(3) }));
    await a.save();
    await b.refresh();
    const flat150 = { ...standardWafer(150), edgeExclusionMm: 3 };
    a.update((s) => ({ ...s, outline: flat150 }));
    b.update((s) => ({ ...s, outline: edge(6) }));
    const release = holdWrites(server);
    const patches = vi.mocked(server.server.updateSample).mock.calls.length;
    const aSaving = a.save();
    await vi.waitFor(() => expect(server.server.updateSample).toHaveBeenCalledTimes(patches + 1));
    // B's write goes through at once; A's stays held until B's has landed.
    server.state.hold = null;
    await b.save();
    release();
    await aSaving;
    expect(server.stored().outline).toEqual(flat150);
    expect(Date.parse(server.stored().updatedAt)).toBeLessThan(Date.parse(b.get().setup.updatedAt));

    await b.refresh();
    await b.save();
    expect(server.stored().outline).toEqual({ ...flat150, edgeExclusionMm: 6 });
    expect(b.get().setup).toEqual(server.stored());
    await a.refresh();
    expect(a.get().setup).toEqual(server.stored());
  });

  it('follows the colleague’s write that put back what ours undid, without a focus or poll', async () => {
    const server = aServer();
    const a = server.session({ verifyDelayMs: 20 });
    const b = server.session({ verifyDelayMs: 200 });
    a.update((s) => ({ ...s, outline: edge(5) }));
    b.update((s) => withLimits(s, 'thickness', 'nm', { usl: 107 }));
    await saveTogether(server, a, b);
    // B's write undid A's outline. A's restore is held until B's first read after its write
    // has found nothing new; B must still learn of it by its second read.
    const releaseRestore = holdWrites(server);
    await vi.waitFor(() => expect(server.server.getSample).toHaveBeenCalledTimes(5), {
      interval: 5,
    });
    expect(b.get().setup.outline).toBeNull();
    releaseRestore();
    await vi.waitFor(() => expect(server.stored().outline).toEqual(edge(5)));
    await vi.waitFor(() => expect(b.get().setup).toEqual(server.stored()), { timeout: 2000 });
    expect(b.get().setup.limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 107 }]);
  });
});
