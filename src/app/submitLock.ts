/**
 * One submit per sample at a time across every tab of the browser: the Web Locks API
 * (`navigator.locks`, released by the browser even when a tab crashes). Where it is missing
 * (plain http on a non-local host is not a secure context), a lease in localStorage stands in:
 * written, read back after a pause to see that no other tab wrote over it, renewed while held,
 * and left to expire if the tab dies. The lease narrows the race to a few milliseconds rather
 * than closing it; the resubmit tokens and reconciliation still guard what is left.
 */

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockApi {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** The lock's name for a sample (shared with every tab of the origin). */
export const submitLockName = (sampleId: string) => `wafer-annotator:submit:${sampleId}`;

export interface LeaseEnv {
  storage: Storage;
  /** This tab's id. */
  owner: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long a lease lasts without renewal (a dead tab's lease expires after this). */
  leaseMs?: number;
  /** How long to wait before reading the lease back. */
  settleMs?: number;
  pollMs?: number;
}

export interface SubmitLockEnv {
  locks: LockApi | null;
  lease: LeaseEnv | null;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Run `fn` while holding the sample's submit lock; `onWait` is called once if another tab holds
 * it first. Without Web Locks or storage, `fn` runs at once. Aborting `signal` while waiting
 * rejects with an AbortError and runs nothing; once `fn` runs it has no effect.
 */
export async function withSubmitLock<T>(
  sampleId: string,
  env: SubmitLockEnv,
  onWait: () => void,
  fn: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const name = submitLockName(sampleId);
  if (env.locks) {
    const locks = env.locks;
    const busy = Symbol('busy');
    const first = await locks.request(name, { ifAvailable: true }, async (lock) =>
      lock ? { value: await fn() } : busy,
    );
    if (first !== busy) return first.value;
    onWait();
    return locks.request(name, signal ? { signal } : {}, fn);
  }
  if (env.lease) return withLease(name, env.lease, onWait, fn, signal);
  return fn();
}

const Lease = (raw: string | null): { owner: string; until: number } | null => {
  try {
    const v = raw === null ? null : JSON.parse(raw);
    return typeof v?.owner === 'string' && typeof v?.until === 'number' ? v : null;
  } catch {
    return null;
  }
};

/** The localStorage lease (see the module comment). */
async function withLease<T>(
  name: string,
  env: LeaseEnv,
  onWait: () => void,
  fn: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const { storage, owner } = env;
  const now = env.now ?? Date.now;
  const sleep = env.sleep ?? defaultSleep;
  const leaseMs = env.leaseMs ?? 10_000;
  const read = () => Lease(storage.getItem(name));
  const write = () => storage.setItem(name, JSON.stringify({ owner, until: now() + leaseMs }));
  let waited = false;
  try {
    for (;;) {
      const held = read();
      if (!held || held.until < now() || held.owner === owner) {
        write();
        await sleep(env.settleMs ?? 50);
        if (read()?.owner === owner) break;
      }
      if (!waited) onWait();
      waited = true;
      await sleep(env.pollMs ?? 200);
      signal?.throwIfAborted();
    }
  } catch (e) {
    if (signal?.aborted) throw e;
    return fn(); // storage refused: no lease is possible, the submit goes ahead unguarded
  }
  const renew = setInterval(() => {
    try {
      write();
    } catch {
      // The lease then expires; the tokens still guard against duplicates.
    }
  }, leaseMs / 3);
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    try {
      if (read()?.owner === owner) storage.removeItem(name);
    } catch {
      // Expires on its own.
    }
  }
}
