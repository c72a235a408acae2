/**
 * Held saves: a sample held by a running bulk submit is written only when flushed (pagehide, the
 * end of the submit), never by the timer, while other samples keep their timed writes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler } from './saveScheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function scheduler(delayMs: number) {
  const written: string[] = [];
  const saves = new SaveScheduler(delayMs, (sampleId) => {
    written.push(sampleId);
    return Promise.resolve();
  });
  return { saves, written };
}

describe('SaveScheduler.hold', () => {
  it('keeps the timer from writing a held sample; other samples are written as before', () => {
    const { saves, written } = scheduler(250);
    const release = saves.hold('s1');
    saves.mark('s1');
    saves.mark('s2');
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['s2']);
    expect(saves.pending('s1')).toBe(true);
    release();
    expect(written).toEqual(['s2']);
    vi.advanceTimersByTime(250);
    expect(written).toEqual(['s2', 's1']);
    expect(saves.pending('s1')).toBe(false);
  });

  it('a flush writes a held sample at once (the page may be going away)', async () => {
    const { saves, written } = scheduler(250);
    saves.hold('s1');
    saves.mark('s1');
    await saves.flush();
    expect(written).toEqual(['s1']);
  });

  it('writes without delay once the last of several holds is released (no delay configured)', () => {
    const { saves, written } = scheduler(0);
    const first = saves.hold('s1');
    const second = saves.hold('s1');
    saves.mark('s1');
    first();
    first();
    expect(written).toEqual([]);
    second();
    expect(written).toEqual(['s1']);
  });

  it('a release with nothing changed meanwhile writes nothing', () => {
    const { saves, written } = scheduler(0);
    saves.hold('s1')();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual([]);
  });
});
