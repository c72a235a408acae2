/** Animation frames a test runs by hand, for code that takes a FrameScheduler. */
import type { FrameScheduler } from '../app/frameBatch';

/** `schedule` queues a run; `frame()` runs every queued one (a frame); `pending` is the queue. */
export function manualFrames() {
  const pending = new Set<() => void>();
  const schedule: FrameScheduler = (run) => {
    pending.add(run);
    return () => pending.delete(run);
  };
  const frame = () => {
    const runs = [...pending];
    pending.clear();
    for (const run of runs) run();
  };
  return { schedule, frame, pending };
}
