/**
 * Several "tabs" of one browser for unit tests: they share one localStorage (each write fires a
 * `storage` event in the other tabs, as browsers do), one in-memory IndexedDB stand-in, and a
 * BroadcastChannel whose messages are structured-cloned and delivered asynchronously. Delivery
 * can be held, to test messages that arrive late or never.
 */
import type { DraftOverflow } from '../app/draftOverflow';
import type { StorageEvents, TabChannel } from '../app/draftRepository';
import { MemoryStorage } from './memoryStorage';

/** An in-memory overflow store whose reads wait while `hold` is on. */
export class FakeOverflow implements DraftOverflow {
  readonly drafts = new Map<string, unknown>();
  private gate: Promise<void> = Promise.resolve();
  release: () => void = () => undefined;
  hold() {
    this.gate = new Promise((r) => {
      this.release = r;
    });
  }
  async load(sampleId: string) {
    await this.gate;
    return structuredClone(this.drafts.get(sampleId));
  }
  /** Milliseconds each next save takes (the first entry for the next save); 0 when empty. */
  readonly saveDelaysMs: number[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  save(sampleId: string, draft: unknown): Promise<void> {
    const copy = structuredClone(draft);
    const delayMs = this.saveDelaysMs.shift() ?? 0;
    const done = (async () => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      this.drafts.set(sampleId, copy);
    })();
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }
  /**
   * Resolves once no save is in flight and none started in the ticks after the last one ended
   * (a queued save starts when the one before it ends), however slow the machine is.
   */
  async idle(): Promise<void> {
    for (;;) {
      if (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      await settle();
      await settle();
      if (this.inFlight.size === 0) return;
    }
  }
  async remove(sampleId: string) {
    this.drafts.delete(sampleId);
  }
}

type MessageListener = (event: MessageEvent) => void;
type StorageListener = (event: StorageEvent) => void;

export interface FakeTab {
  storage: Storage;
  channel: TabChannel | null;
  events: StorageEvents;
  overflow: FakeOverflow | null;
}

export class TabHub {
  readonly storage = new MemoryStorage();
  readonly overflow = new FakeOverflow();
  private readonly channels: Set<MessageListener>[] = [];
  private readonly windows: Set<StorageListener>[] = [];
  /** While true, channel messages wait in `queue` until `deliver()`. */
  holdMessages = false;
  private readonly queue: (() => void)[] = [];

  /** A new tab; `broadcast: false` simulates a browser without BroadcastChannel. */
  tab(o: { broadcast?: boolean; overflow?: boolean } = {}): FakeTab {
    const messages = new Set<MessageListener>();
    const storageListeners = new Set<StorageListener>();
    this.channels.push(messages);
    this.windows.push(storageListeners);
    const shared = this.storage;
    const fire = (key: string) => {
      for (const w of this.windows) {
        if (w === storageListeners) continue;
        // As in browsers, other tabs hear of the write later, not during it.
        setTimeout(() => {
          for (const l of w) l({ key } as StorageEvent);
        }, 0);
      }
    };
    const storage: Storage = {
      get length() {
        return shared.length;
      },
      clear: () => shared.clear(),
      getItem: (k) => shared.getItem(k),
      key: (i) => shared.key(i),
      removeItem: (k) => {
        shared.removeItem(k);
        fire(k);
      },
      setItem: (k, v) => {
        shared.setItem(k, v);
        fire(k);
      },
    };
    const channel: TabChannel = {
      postMessage: (message) => {
        const data = structuredClone(message);
        for (const other of this.channels) {
          if (other === messages) continue;
          const send = () => {
            for (const l of other) l({ data } as MessageEvent);
          };
          if (this.holdMessages) this.queue.push(send);
          else setTimeout(send, 0);
        }
      },
      addEventListener: (_type, l) => messages.add(l),
      removeEventListener: (_type, l) => messages.delete(l),
    };
    return {
      storage,
      channel: o.broadcast === false ? null : channel,
      events: {
        addEventListener: (_type, l) => storageListeners.add(l),
        removeEventListener: (_type, l) => storageListeners.delete(l),
      },
      overflow: o.overflow === false ? null : this.overflow,
    };
  }

  /** Deliver the held messages. */
  deliver(): void {
    this.holdMessages = false;
    for (const send of this.queue.splice(0)) send();
  }
}

/** Let queued timers and promise callbacks run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
