import { describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../testing/manualFrames';
import { FrameBatch, nextFrame } from './frameBatch';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('FrameBatch', () => {
  it('applies everything added between two frames in one call, in order', async () => {
    const frames = manualFrames();
    const applied: number[][] = [];
    const batch = new FrameBatch<number>((items) => void applied.push(items), frames.schedule);
    batch.add(1);
    batch.add(2);
    batch.add(3);
    expect(frames.pending.size).toBe(1);
    expect(applied).toEqual([]);
    frames.frame();
    await settle();
    batch.add(4);
    frames.frame();
    await settle();
    expect(applied).toEqual([[1, 2, 3], [4]]);
  });

  it('flush applies at once, cancels the frame, and waits for an application in progress', async () => {
    const frames = manualFrames();
    const log: string[] = [];
    let release = () => {};
    const batch = new FrameBatch<string>(async (items) => {
      log.push(`start ${items.join(',')}`);
      if (items[0] === 'a') await new Promise<void>((r) => (release = r));
      log.push(`end ${items.join(',')}`);
    }, frames.schedule);
    batch.add('a');
    frames.frame();
    await settle();
    batch.add('b');
    const flushed = batch.flush();
    expect(frames.pending.size).toBe(0);
    await settle();
    expect(log).toEqual(['start a']);
    release();
    await flushed;
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
    await batch.flush();
    expect(log).toHaveLength(4);
  });

  it('reports an application error on flush, and keeps applying later items', async () => {
    const frames = manualFrames();
    const applied: string[] = [];
    const batch = new FrameBatch<string>((items) => {
      if (items.includes('bad')) throw new Error('boom');
      applied.push(...items);
    }, frames.schedule);
    batch.add('bad');
    frames.frame();
    await settle();
    batch.add('good');
    await expect(batch.flush()).rejects.toThrow('boom');
    expect(applied).toEqual(['good']);
    await expect(batch.flush()).resolves.toBeUndefined();
  });

  it('keeps what the application hands back for a later frame, and flush takes it all', async () => {
    const frames = manualFrames();
    const applied: string[][] = [];
    const batch = new FrameBatch<string>((items, { flushing }) => {
      applied.push([...items, flushing ? '(flush)' : '(frame)']);
      return flushing ? undefined : items.filter((i) => i.startsWith('heavy'));
    }, frames.schedule);
    batch.add('heavy 1');
    batch.add('light 1');
    frames.frame();
    await settle();
    // The kept item asked for another frame by itself.
    expect(frames.pending.size).toBe(1);
    batch.add('light 2');
    frames.frame();
    await settle();
    await batch.flush();
    expect(applied).toEqual([
      ['heavy 1', 'light 1', '(frame)'],
      ['heavy 1', 'light 2', '(frame)'],
      ['heavy 1', '(flush)'],
    ]);
    expect(frames.pending.size).toBe(0);
  });
});

describe('nextFrame', () => {
  it('runs once, at the frame or at the fallback timeout, whichever comes first', () => {
    vi.useFakeTimers();
    try {
      const frames: FrameRequestCallback[] = [];
      vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
      vi.stubGlobal('cancelAnimationFrame', () => undefined);
      const run = vi.fn();
      nextFrame(100)(run);
      frames[0]?.(0);
      vi.advanceTimersByTime(200);
      expect(run).toHaveBeenCalledTimes(1);
      // No frame (a hidden tab): the timeout runs it.
      const hidden = vi.fn();
      nextFrame(100)(hidden);
      vi.advanceTimersByTime(99);
      expect(hidden).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(hidden).toHaveBeenCalledTimes(1);
      // Cancelled: never.
      const cancelled = vi.fn();
      nextFrame(100)(cancelled)();
      frames.at(-1)?.(0);
      vi.advanceTimersByTime(200);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
