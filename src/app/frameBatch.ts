/**
 * Work that reaches the screen at most once per animation frame: items added between two frames
 * are applied together, in one call, at the next frame. The call may hand items back to be
 * applied at a later frame (e.g. heavy updates held to a slower pace than cheap ones). Used by
 * the bulk submit so that chunks answered while the page was still drawing are shown in one
 * render and one map redraw, while the submit goes on sending.
 */

/** Schedules `run` for the next frame; returns the function that cancels it. */
export type FrameScheduler = (run: () => void) => () => void;

/**
 * The next animation frame, or at the latest `fallbackMs` later: a hidden tab gets no frames,
 * and its submit must still finish.
 */
export const nextFrame =
  (fallbackMs = 100): FrameScheduler =>
  (run) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
      run();
    };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(go) : null;
    const timer = setTimeout(go, frame === null ? 16 : fallbackMs);
    return () => {
      done = true;
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  };

/**
 * Applies a batch: `items` in the order added (never empty). `flushing` is true when called by
 * `flush`, which must apply everything; otherwise it may return items to keep for a later frame.
 */
export type ApplyBatch<T> = (
  items: T[],
  context: { flushing: boolean },
) => T[] | undefined | Promise<T[] | undefined>;

/** Collects items and applies them together, once per frame (see the module comment). */
export class FrameBatch<T> {
  private items: T[] = [];
  private cancel: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private error: unknown = null;

  constructor(
    private readonly apply: ApplyBatch<T>,
    private readonly schedule: FrameScheduler = nextFrame(),
  ) {}

  /** Queue `item` for the next frame. */
  add(item: T): void {
    this.items.push(item);
    this.request();
  }

  /**
   * Apply what is queued now, without waiting for the frame; resolves once everything added so
   * far is applied. Rejects with the first error an application threw (later items still run).
   */
  async flush(): Promise<void> {
    this.cancel?.();
    this.cancel = null;
    await this.run(true);
    if (this.error !== null) {
      const error = this.error;
      this.error = null;
      throw error;
    }
  }

  private request(): void {
    this.cancel ??= this.schedule(() => {
      this.cancel = null;
      void this.run(false);
    });
  }

  /** Applications never overlap: an asynchronous one finishes before the next starts. */
  private run(flushing: boolean): Promise<void> {
    this.running = this.running.then(async () => {
      const items = this.items;
      this.items = [];
      if (items.length === 0) return;
      try {
        const kept = (await this.apply(items, { flushing })) ?? [];
        if (kept.length > 0 && !flushing) {
          this.items = [...kept, ...this.items];
          this.request();
        }
      } catch (e) {
        this.error ??= e;
      }
    });
    return this.running;
  }
}
