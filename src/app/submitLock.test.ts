import { describe, expect, it, vi } from 'vitest';
import { FakeLocks } from '../testing/fakeLocks';
import { MemoryStorage } from '../testing/memoryStorage';
import { submitLockName, withSubmitLock } from './submitLock';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('withSubmitLock (Web Locks)', () => {
  it('runs submits of one sample one after another; the second is told it waits', async () => {
    const locks = new FakeLocks();
    const order: string[] = [];
    const gate = deferred();
    const waitA = vi.fn();
    const waitB = vi.fn();
    const a = withSubmitLock('s1', { locks, lease: null }, waitA, async () => {
      order.push('A start');
      await gate.promise;
      order.push('A end');
      return 'a';
    });
    const b = withSubmitLock('s1', { locks, lease: null }, waitB, async () => {
      order.push('B start');
      return 'b';
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['A start']);
    expect(waitB).toHaveBeenCalledTimes(1);
    gate.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(order).toEqual(['A start', 'A end', 'B start']);
    expect(waitA).not.toHaveBeenCalled();
    expect(locks.requested[0]).toBe(submitLockName('s1'));
    expect(submitLockName('s1')).toBe('wafer-annotator:submit:s1');
  });

  it('does not hold other samples back, and releases the lock when the submit fails', async () => {
    const locks = new FakeLocks();
    const gate = deferred();
    const slow = withSubmitLock('s1', { locks, lease: null }, vi.fn(), () => gate.promise);
    const other = vi.fn();
    await withSubmitLock('s2', { locks, lease: null }, other, async () => undefined);
    expect(other).not.toHaveBeenCalled();
    gate.resolve();
    await slow;
    await expect(
      withSubmitLock('s1', { locks, lease: null }, vi.fn(), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = vi.fn();
    await withSubmitLock('s1', { locks, lease: null }, after, async () => undefined);
    expect(after).not.toHaveBeenCalled();
  });

  it('a wait cancelled by its signal runs nothing and leaves the queue', async () => {
    const locks = new FakeLocks();
    const gate = deferred();
    const first = withSubmitLock('s1', { locks, lease: null }, vi.fn(), () => gate.promise);
    const controller = new AbortController();
    const ran = vi.fn(async () => undefined);
    const second = withSubmitLock('s1', { locks, lease: null }, vi.fn(), ran, controller.signal);
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(second).rejects.toThrow('aborted');
    gate.resolve();
    await first;
    const third = vi.fn();
    await withSubmitLock('s1', { locks, lease: null }, third, async () => undefined);
    expect(ran).not.toHaveBeenCalled();
    expect(third).not.toHaveBeenCalled();
  });

  it('runs at once where neither Web Locks nor storage exist', async () => {
    expect(await withSubmitLock('s1', { locks: null, lease: null }, vi.fn(), async () => 7)).toBe(
      7,
    );
  });
});

describe('withSubmitLock (localStorage lease, where Web Locks are missing)', () => {
  const lease = (storage: Storage, owner: string) => ({
    storage,
    owner,
    settleMs: 2,
    pollMs: 2,
    leaseMs: 1000,
  });

  it('lets one tab in at a time and frees the lease afterwards', async () => {
    const storage = new MemoryStorage();
    const order: string[] = [];
    const gate = deferred();
    const waitB = vi.fn();
    const a = withSubmitLock(
      's1',
      { locks: null, lease: lease(storage, 'A') },
      vi.fn(),
      async () => {
        order.push('A');
        await gate.promise;
      },
    );
    await new Promise((r) => setTimeout(r, 10));
    const b = withSubmitLock('s1', { locks: null, lease: lease(storage, 'B') }, waitB, async () => {
      order.push('B');
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['A']);
    expect(waitB).toHaveBeenCalledTimes(1);
    gate.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['A', 'B']);
    expect(storage.getItem(submitLockName('s1'))).toBeNull();
  });

  it('a wait for the lease can be cancelled', async () => {
    const storage = new MemoryStorage();
    const gate = deferred();
    const first = withSubmitLock(
      's1',
      { locks: null, lease: lease(storage, 'A') },
      vi.fn(),
      () => gate.promise,
    );
    await new Promise((r) => setTimeout(r, 10));
    const controller = new AbortController();
    const ran = vi.fn(async () => undefined);
    const second = withSubmitLock(
      's1',
      { locks: null, lease: lease(storage, 'B') },
      vi.fn(),
      ran,
      controller.signal,
    );
    controller.abort();
    await expect(second).rejects.toThrow();
    gate.resolve();
    await first;
    expect(ran).not.toHaveBeenCalled();
  });

  it('takes over the lease of a tab that died (expired)', async () => {
    const storage = new MemoryStorage();
    storage.setItem(submitLockName('s1'), JSON.stringify({ owner: 'dead', until: Date.now() - 1 }));
    const wait = vi.fn();
    await withSubmitLock('s1', { locks: null, lease: lease(storage, 'A') }, wait, async () => 1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('goes ahead when storage refuses the lease', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const ran = await withSubmitLock(
      's1',
      { locks: null, lease: lease(storage, 'A') },
      vi.fn(),
      async () => 'sent',
    );
    expect(ran).toBe('sent');
  });
});
