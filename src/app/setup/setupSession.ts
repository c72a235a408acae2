/**
 * One tab's session on the open sample's setup, apart from React so it can be tested with a fake
 * server. It holds the setup shown, `base` (the server's copy it was made from, the base of every
 * merge) and whether changes wait to be sent. Saves and reads of the server run one at a time in
 * one queue, so a copy read while a save is under way is never taken for a colleague's change.
 * A save merges this tab's changes onto the server's copy (saveSetup); a copy arriving from the
 * server, another tab or the samples list is merged under any unsaved change (mergeSetup) and
 * the panel says what a colleague changed.
 */

import { isEarlierCopy } from '../../domain/setup/fieldStamps';
import {
  describeConflicts,
  describeTheirChanges,
  mergeSetup,
  sameSetup,
} from '../../domain/setup/merge';
import { type BrowserCopy, planOpen } from '../../domain/setup/migration';
import { readSetup, type SampleSetup, type SetupRead } from '../../domain/setup/setup';
import { planStatus, type SaveStatus, sentences } from './saveStatus';
import { describeFailure, readServerMetadata, type SetupServer, saveSetup } from './setupSync';

export type { SaveStatus } from './saveStatus';

/** How long changes settle before they are written (typing a limit, stepping a number). */
export const SAVE_DELAY_MS = 600;
/**
 * How long after a write the server's copy is read again, twice (after this delay and once more
 * after the same again): a colleague who read the setup just before our write and wrote just
 * after would otherwise undo our change unnoticed until the next poll (mergeSetup's
 * `restored`); and when ours undid theirs, their session writes theirs back after its own first
 * read, which our second read then follows.
 */
export const VERIFY_DELAY_MS = 2000;
/** How many reads follow a write (see VERIFY_DELAY_MS). */
const VERIFY_READS = 2;

/** What the session shows. */
export interface SetupView {
  setup: SampleSetup;
  status: SaveStatus;
}

/** What the session needs of the page (the browser's storage, other tabs, the clock). */
export interface SetupSessionEnv {
  server: SetupServer;
  sampleId: string;
  readCopy(): BrowserCopy | null;
  keepCopy(copy: BrowserCopy): void;
  /** The setup earlier versions' settings amount to (setupFromLegacy), or null. */
  legacy(now: Date): SampleSetup | null;
  /** Tell the other tabs of this browser what the server holds now. */
  publish(stored: SampleSetup): void;
  /** Run `save` while no other tab of this browser saves this sample's setup. */
  exclusive<T>(save: () => Promise<T>): Promise<T>;
  now(): Date;
  saveDelayMs?: number;
  /** VERIFY_DELAY_MS unless given; null: no read after a write. */
  verifyDelayMs?: number | null;
}

/** See the module comment. Call `start` once mounted and `flush` when leaving the sample. */
export class SetupSession {
  private view: SetupView;
  /** The server's copy as this tab last read or wrote it (null: none, or not known). */
  private base: SampleSetup | null;
  /** Local changes not yet sent; cleared when a save starts. */
  private dirty: boolean;
  private readonly readFirst: boolean;
  private started = false;
  private queue: Promise<void> = Promise.resolve();
  private refreshWaiting = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private verifyTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  /** `listed`: the sample's metadata as the samples list gave it (undefined: not sent). */
  constructor(
    private readonly env: SetupSessionEnv,
    listed: Record<string, unknown> | null | undefined,
  ) {
    const read = readSetup(listed);
    const now = env.now();
    const plan = planOpen(read, env.readCopy(), env.legacy(now), now);
    this.base = plan.base;
    this.dirty = plan.write;
    this.readFirst = read.kind === 'unknown';
    const status = planStatus(plan, read);
    this.view = {
      setup: plan.setup,
      status: this.readFirst ? { ...status, state: 'loading' } : status,
    };
  }

  readonly get = (): SetupView => this.view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private show(setup: SampleSetup, status: Partial<SaveStatus>): void {
    this.view = { setup, status: { ...this.view.status, ...status } };
    for (const listener of this.listeners) listener();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  /** Keep the open plan's copy and write it when due, or read a list without metadata. Once. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (!this.readFirst) {
      const synced = !this.dirty && this.view.status.home === 'server';
      this.env.keepCopy({ setup: this.view.setup, synced, base: this.base });
      if (this.dirty) void this.save();
      return;
    }
    void this.enqueue(async () => {
      try {
        const metadata = await readServerMetadata(this.env.server, this.env.sampleId);
        const now = this.env.now();
        const copy = this.dirty
          ? { setup: this.view.setup, synced: false, base: this.base }
          : this.env.readCopy();
        const read = readSetup(metadata);
        const plan = planOpen(read, copy, this.env.legacy(now), now);
        this.base = plan.base;
        this.dirty = plan.write;
        this.show(plan.setup, planStatus(plan, read));
        if (plan.write) void this.save();
      } catch (error) {
        this.show(this.view.setup, {
          home: 'browser',
          state: 'browser',
          reason: describeFailure(error),
        });
      }
    });
  }

  /** Apply a local change: stamp it, keep it in this browser at once and save it soon. */
  readonly update = (change: (setup: SampleSetup) => SampleSetup): void => {
    const next = { ...change(this.view.setup), updatedAt: this.env.now().toISOString() };
    this.dirty = true;
    this.env.keepCopy({ setup: next, synced: false, base: this.base });
    this.show(next, { state: 'pending', notice: null });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.env.saveDelayMs ?? SAVE_DELAY_MS);
  };

  /** Send a change still waiting for its delay (leaving the sample). */
  flush(): void {
    if (this.timer) void this.save();
  }

  /** Send the setup again ("Try the server again"). */
  retry(): Promise<void> {
    this.dirty = true;
    return this.save();
  }

  /** Merge this tab's changes onto the server's copy and write them (see saveSetup). */
  save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.enqueue(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      const sending = this.view.setup;
      this.show(sending, { state: 'saving' });
      try {
        const { server, sampleId } = this.env;
        const out = await this.env.exclusive(() =>
          saveSetup(server, sampleId, this.base, sending, this.env.now()),
        );
        this.base = out.stored;
        // Changes made while the save was under way go on top of what the server holds now.
        const current = this.view.setup;
        const setup =
          current === sending ? out.stored : mergeSetup(sending, current, out.stored).setup;
        this.env.keepCopy({ setup, synced: setup === out.stored, base: out.stored });
        const said = sentences(
          describeTheirChanges(out.merge.fromTheirs),
          describeConflicts(out.merge),
        );
        this.show(setup, {
          home: 'server',
          state: this.dirty ? 'pending' : 'saved',
          reason: null,
          notice: said ?? this.view.status.notice,
        });
        if (out.wrote) {
          this.env.publish(out.stored);
          this.verifySoon();
        }
      } catch (error) {
        this.show(this.view.setup, {
          home: 'browser',
          state: 'browser',
          reason: describeFailure(error),
        });
      }
    });
  }

  /** Read the server's copy again a little after a write, `reads` times (see VERIFY_DELAY_MS). */
  private verifySoon(reads = VERIFY_READS): void {
    const delay = this.env.verifyDelayMs === undefined ? VERIFY_DELAY_MS : this.env.verifyDelayMs;
    if (delay === null || reads <= 0) return;
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = null;
      void this.refresh().then(() => {
        // A write of ours meanwhile (a restore) started its own reads.
        if (!this.verifyTimer) this.verifySoon(reads - 1);
      });
    }, delay);
  }

  /** A copy of the server's setup from another tab or the samples list. */
  receive(read: SetupRead): Promise<void> {
    return this.enqueue(async () => this.follow(read));
  }

  /**
   * Read the server's copy and follow it: through the list only (`listOnly`, for polls: no
   * empty PATCH every few seconds on a server whose list has no metadata) or as on open. A read
   * already waiting in the queue is not queued twice; a failed read says nothing (the next save
   * does).
   */
  refresh(listOnly = false): Promise<void> {
    if (this.refreshWaiting) return this.queue;
    this.refreshWaiting = true;
    return this.enqueue(async () => {
      this.refreshWaiting = false;
      let metadata: Record<string, unknown> | null | undefined;
      try {
        const { server, sampleId } = this.env;
        metadata = listOnly
          ? (await server.getSample(sampleId))?.physical_sample_metadata
          : await readServerMetadata(server, sampleId);
      } catch {
        return;
      }
      this.follow(readSetup(metadata));
    });
  }

  /** Merge the server's copy `read` under this tab's unsaved changes, and say what changed. */
  private follow(read: SetupRead): void {
    if (read.kind === 'unknown') return;
    if (read.kind === 'newer' || read.kind === 'invalid') {
      const { reason } = planOpen(read, null, null, this.env.now());
      this.show(this.view.setup, { home: 'browser', state: 'browser', reason });
      return;
    }
    const theirs = read.kind === 'ok' ? read.setup : null;
    // An earlier copy (a list read before our last save) or none where one was: not news.
    if (this.base && (!theirs || isEarlierCopy(theirs, this.base))) return;
    if (sameSetup(theirs, this.base)) return;
    const merge = mergeSetup(this.base, this.view.setup, theirs);
    this.base = theirs;
    const synced = theirs !== null && sameSetup(merge.setup, theirs);
    const setup = synced && theirs ? theirs : merge.setup;
    this.env.keepCopy({ setup, synced, base: theirs });
    // A colleague's write that did not know ours put back old values: write ours again.
    if (merge.restored.length > 0) this.dirty = true;
    const waiting = this.dirty || this.timer !== null;
    const said = sentences(describeTheirChanges(merge.fromTheirs), describeConflicts(merge, true));
    const state = synced ? 'saved' : waiting ? 'pending' : this.view.status.state;
    this.show(setup, {
      state,
      notice: said ?? this.view.status.notice,
      ...(synced ? { home: 'server' as const, reason: null } : {}),
    });
    if (merge.restored.length > 0) void this.save();
  }
}
