/**
 * Progress and cancel requests of each sample's submit, outside React: the submit's mutation
 * function writes progress here and reads the cancel flag between chunks, even if the view that
 * started it has unmounted.
 */
import { useSyncExternalStore } from 'react';
import type { SubmitProgress } from '../api/submit';

type Listener = () => void;

class SubmitProgressStore {
  private progress = new Map<string, SubmitProgress>();
  private cancels = new Set<string>();
  private listeners = new Set<Listener>();

  get(sampleId: string): SubmitProgress | null {
    return this.progress.get(sampleId) ?? null;
  }
  set(sampleId: string, p: SubmitProgress | null): void {
    if (p) this.progress.set(sampleId, p);
    else {
      this.progress.delete(sampleId);
      this.cancels.delete(sampleId);
    }
    this.emit();
  }
  requestCancel(sampleId: string): void {
    this.cancels.add(sampleId);
    this.emit();
  }
  cancelRequested(sampleId: string): boolean {
    return this.cancels.has(sampleId);
  }
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  private emit() {
    for (const l of this.listeners) l();
  }
}

export const submitProgress = new SubmitProgressStore();

/**
 * Whether the sample's submit waits for another tab, and whether cancel was asked for: what the
 * staged section needs, as two booleans that change a few times a submit (not every chunk), so
 * progress reports never re-render the staged table.
 */
export function useSubmitFlags(sampleId: string) {
  const waiting = useSyncExternalStore(
    submitProgress.subscribe,
    () => submitProgress.get(sampleId)?.phase === 'waiting',
  );
  const cancelling = useSyncExternalStore(submitProgress.subscribe, () =>
    submitProgress.cancelRequested(sampleId),
  );
  return { waiting, cancelling };
}

/** The sample's submit progress (null when no submit runs) and whether cancel was asked for. */
export function useSubmitProgress(sampleId: string) {
  const progress = useSyncExternalStore(submitProgress.subscribe, () =>
    submitProgress.get(sampleId),
  );
  const cancelling = useSyncExternalStore(submitProgress.subscribe, () =>
    submitProgress.cancelRequested(sampleId),
  );
  return { progress, cancelling };
}
