/** What the draft repository needs of the browser: storage, the overflow store, the tab channel. */
import type { DraftOverflow } from './draftOverflow';

/** What the repository needs of a BroadcastChannel. */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What the repository needs of the window: the `storage` event. */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

export interface BrowserDraftEnv {
  storage: Storage;
  overflow: DraftOverflow | null;
  /** The channel to other tabs, or null where BroadcastChannel is missing. */
  channel: TabChannel | null;
  /** Where `storage` events arrive (the window), or null. */
  events: StorageEvents | null;
  now?: () => number;
}
