import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter';

/** A task that ends when `finish()` is called, recording its start. */
function gate(log: string[], name: string) {
  let finish: (v: string) => void = () => undefined;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>((r) => {
      finish = r;
    });
  };
  return { task, finish: () => finish(name) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createLimiter', () => {
  it('runs at most `limit` tasks at once, the rest in the order asked', async () => {
    const limit = createLimiter(2);
    const log: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((n) => gate(log, n));
    const results = gates.map((g) => limit(g.task));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    gates[1]?.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    gates[0]?.finish();
    gates[2]?.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
    gates[3]?.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('frees the place of a task that fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });

  it('never starts a waiting task whose signal aborts, and keeps the queue moving', async () => {
    const limit = createLimiter(1);
    const log: string[] = [];
    const first = gate(log, 'first');
    const running = limit(first.task);
    const controller = new AbortController();
    const aborted = limit(gate(log, 'aborted').task, controller.signal);
    const last = gate(log, 'last');
    const after = limit(last.task);
    controller.abort();
    await expect(aborted).rejects.toBeDefined();
    first.finish();
    await running;
    await tick();
    last.finish();
    expect(await after).toBe('last');
    expect(log).toEqual(['start first', 'start last']);
  });

  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
    expect(() => createLimiter(1.5)).toThrow(RangeError);
  });
});
