/**
 * Stops this process when the process that started it goes away. `npm start` runs its script
 * through a shell; on SIGTERM npm forwards the signal to that shell, which dies without passing it
 * on, and the server would keep its ports as an orphan (the next start then fails with "port in
 * use"). A supervisor that signals only npm's pid (supervisord, a container's PID 1) hits this.
 */

/**
 * Checks every `intervalMs` whether the parent process changed (re-parented to init or a
 * subreaper after its parent died) and then calls `onOrphaned` once. The timer does not keep
 * the process alive. Returns a function that stops watching.
 */
export function exitWithParent(onOrphaned: () => void, intervalMs = 1000): () => void {
  const parentPid = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parentPid) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
