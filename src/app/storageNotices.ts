/**
 * Problems saving to browser storage (storage full, blocked, private mode): a setting, the
 * resubmit ledger. Collected here, outside React, by whoever failed to write, and shown as a
 * banner at the top of the page, so a failure is never swallowed. A later successful write of
 * the same thing clears its notice.
 */
import { useSyncExternalStore } from 'react';

export interface StorageProblem {
  /** What failed, e.g. the localStorage key; one notice per key. */
  key: string;
  message: string;
}

type Listener = () => void;

/** The list of storage problems, one per key, with subscribers (for useSyncExternalStore). */
export class StorageNotices {
  private problems: readonly StorageProblem[] = [];
  private readonly listeners = new Set<Listener>();

  report(key: string, message: string): void {
    const existing = this.problems.find((p) => p.key === key);
    if (existing?.message === message) return;
    this.problems = [...this.problems.filter((p) => p.key !== key), { key, message }];
    this.emit();
  }

  /** The write of `key` worked (again), or the user dismissed its notice. */
  clear(key: string): void {
    if (!this.problems.some((p) => p.key === key)) return;
    this.problems = this.problems.filter((p) => p.key !== key);
    this.emit();
  }

  list = (): readonly StorageProblem[] => this.problems;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** The page's storage problems. */
export const storageNotices = new StorageNotices();

/** What a settings key holds, in words, for the notice. */
export function describeStoredKey(key: string): string {
  const name = key.replace(/^wafer-annotator:/, '').split(':')[0];
  switch (name) {
    case 'outline':
      return 'the sample outline';
    case 'frame':
      return 'the coordinate frame and stage calibration';
    case 'pattern':
      return "the sample's measurement pattern and guided-entry site";
    case 'patterns':
      return 'the saved custom patterns';
    case 'snap-mm':
      return 'the snap step';
    case 'submit-settings':
      return 'the submit settings';
    case 'review':
      return 'the review settings';
    case 'entry':
      return 'the entry fields (property, unit, source)';
    default:
      return 'a setting';
  }
}

/** The notice for a setting that could not be saved. */
export const settingNotSaved = (key: string) =>
  `Could not save ${describeStoredKey(key)} in this browser (storage full or blocked): the change applies to this page only and is lost on reload.`;

/** The current storage problems (re-renders when the list changes). */
export function useStorageNotices(store: StorageNotices = storageNotices) {
  return useSyncExternalStore(store.subscribe, store.list);
}
