/**
 * Staged annotations per physical sample, outside React: one shared draft per sample across
 * tabs (see `domain/staging/draftDoc`), with undo/redo per tab. It reads and writes drafts only
 * through a `DraftRepository` and listens to other tabs only once `connect` is called at
 * start-up (see `drafts.ts`); it never touches localStorage or window itself.
 *
 * It lives outside any component so a submit that finishes after the user switched samples can
 * still unstage what it stored (`markStored`).
 */
import {
  type DraftDoc,
  type DraftEntry,
  highestN,
  inDraftOrder,
  latestWrite,
  liveAnnotations,
  mergeDocs,
  mergeEntries,
  type StoredMark,
} from '../domain/staging/draftDoc';
import { NO_SKIPPED, type SkippedPoints, storedByMerge } from '../domain/staging/gone';
import type { HistoryAction } from '../domain/staging/history';
import {
  type AnnotationChange,
  applyLocalChanges,
  diffStaged,
  type StoredAnnotation,
} from '../domain/staging/localChanges';
import { type LocalHistory, recordChange } from '../domain/staging/localHistory';
import { type StagingAction, stagingReducer } from '../domain/staging/reducer';
import { observe, type Revision, type RevisionClock, tick } from '../domain/staging/revision';
import type { StagedAnnotation, StagingState } from '../domain/staging/staged';
import type { DraftChange, DraftLoad, DraftNotice, DraftRepository } from './draftRepository';
import { SampleListeners } from './sampleListeners';
import { SaveScheduler } from './saveScheduler';
import { entryFromLoad, historyStep, type SampleEntry, storedStep, viewOf } from './stagingEntry';

export type { DraftNotice } from './draftRepository';
export type { StagingView } from './stagingEntry';

export interface StagingStoreOptions {
  /** > 0: drafts are written that long after a change, coalescing bursts. 0: at once. */
  saveDelayMs?: number;
  /** This tab's id in revisions (random by default). */
  tab?: string;
  now?: () => number;
}

/**
 * The staged annotations of every sample this tab has opened (see the module comment). Reads
 * return immutable snapshots; `subscribe` tells of every change, local or from another tab.
 */
export class StagingStore {
  private readonly entries = new Map<string, SampleEntry>();
  private readonly listeners = new SampleListeners();
  private readonly storedListeners = new SampleListeners<[StagedAnnotation[]]>();
  /** Samples whose stored draft is being read, until it is in. */
  private readonly loads = new Map<string, Promise<void>>();
  private readonly skipped = new Map<string, SkippedPoints>();
  private readonly saves: SaveScheduler;
  private clock: RevisionClock;
  private readonly now: () => number;

  constructor(
    private readonly repo: DraftRepository,
    options: StagingStoreOptions = {},
  ) {
    this.saves = new SaveScheduler(options.saveDelayMs ?? 0, (sampleId) => {
      const entry = this.entries.get(sampleId);
      if (!entry || entry.loading) return null;
      return this.repo.save(sampleId, entry.doc).then((n) => this.setSaveNotice(sampleId, n));
    });
    this.now = options.now ?? Date.now;
    this.clock = { tab: options.tab ?? crypto.randomUUID().slice(0, 8), lastN: 0 };
  }

  get tab(): string {
    return this.clock.tab;
  }

  /** Listen for other tabs' changes (call once at start-up); returns the disposer. */
  connect(): () => void {
    return this.repo.subscribe((change) => this.receive(change));
  }

  /** Write every pending draft now; resolves once written (IndexedDB included). */
  flush(): Promise<void> {
    return this.saves.flush();
  }

  /** Write the sample's draft on `flush` only, until the returned function is called (see
   * SaveScheduler.hold); other tabs still hear of each change at once. */
  holdSaves = (sampleId: string): (() => void) => this.saves.hold(sampleId);

  getState(sampleId: string): StagingState {
    return { annotations: this.entry(sampleId).view.annotations };
  }

  getView = (sampleId: string): SampleEntry['view'] => this.entry(sampleId).view;

  /** Last problem reading or writing this sample's draft, if any. */
  getNotice(sampleId: string): DraftNotice | null {
    return this.entry(sampleId).notice;
  }

  dismissNotice = (sampleId: string): void => this.setNotice(sampleId, () => null);

  /**
   * Apply an action (or undo/redo) to a sample's staged annotations, share, persist, notify.
   * Returns false when the staged list did not change (e.g. undo found only steps whose points
   * were stored or deleted elsewhere since: `lastSkipped` counts them).
   */
  dispatch(sampleId: string, action: HistoryAction<StagingAction>): boolean {
    const entry = this.entry(sampleId);
    const current = entry.view.annotations;
    if (action.type === 'undo' || action.type === 'redo') {
      const step = historyStep(entry, action.type, this.tab);
      this.skipped.set(sampleId, step?.skipped ?? NO_SKIPPED);
      if (step) this.commit(sampleId, step.changes, step.next, step.history);
      return !!step && step.changes.length > 0;
    }
    const next = stagingReducer({ annotations: current }, action).annotations;
    if (next === current) return false;
    const changes = diffStaged(current, next);
    this.commit(sampleId, changes, next, recordChange(entry.history, changes));
    return changes.length > 0;
  }

  /** What the sample's last undo or redo passed over (stored, or deleted in another tab). */
  lastSkipped = (sampleId: string): SkippedPoints => this.skipped.get(sampleId) ?? NO_SKIPPED;

  subscribe(sampleId: string, listener: () => void): () => void {
    return this.listeners.add(sampleId, listener);
  }

  /**
   * Listen for annotations that a submit in another tab took off this sample's staged list
   * (their last values); this tab's own submits are not told here.
   */
  onStoredElsewhere(sampleId: string, listener: (stored: StagedAnnotation[]) => void) {
    return this.storedListeners.add(sampleId, listener);
  }

  /** The sample's shared draft, removed and stored annotations included (see gone.ts). */
  getDoc(sampleId: string): DraftDoc {
    return this.entry(sampleId).doc;
  }

  /**
   * Read the stored draft again and merge it in (before a submit, after another tab wrote it).
   * When this tab knows writes the stored draft lacks (another tab's save raced with ours), it
   * saves again, so the stored draft catches up.
   */
  async refresh(sampleId: string): Promise<void> {
    if (!this.entries.has(sampleId)) return;
    const load = this.repo.load(sampleId);
    const stored = load.later ? (await load.later).doc : load.doc;
    this.mergeIn(sampleId, stored.values());
    const entry = this.entry(sampleId);
    if (!entry.loading && mergeEntries(stored, entry.doc.values()).changed.length > 0) {
      this.saves.mark(sampleId);
    }
  }

  /** Resolves once the sample's stored draft is in (at once for localStorage drafts). */
  async whenLoaded(sampleId: string): Promise<void> {
    this.entry(sampleId);
    await this.loads.get(sampleId);
  }

  /** Re-read every sample this tab has open (after the page was frozen or hidden). */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.refresh(id)));
  }

  /** The latest revision of each staged annotation (what a submit records as sent). */
  revisionOf(sampleId: string, localId: string): Revision | null {
    const e = this.entry(sampleId).doc.get(localId);
    return e ? latestWrite(e) : null;
  }

  /** How an annotation was stored by an earlier submit, if it was. */
  storedMark(sampleId: string, localId: string): StoredMark | undefined {
    return this.entry(sampleId).doc.get(localId)?.stored;
  }

  /**
   * A submit stored these versions: they leave the staged list in every tab unless edited since
   * (those stay, marked). Undo and redo never stage them again (see storedStep). Returns the ids
   * edited since, and the ids deleted since (stored anyway).
   */
  markStored(
    sampleId: string,
    stored: readonly StoredAnnotation[],
  ): { editedSince: string[]; deletedSince: string[] } {
    const entry = this.entry(sampleId);
    const step = storedStep(entry, stored);
    if (step.entries.length === 0) return { editedSince: [], deletedSince: [] };
    this.update(sampleId, { ...entry, doc: step.doc }, step.annotations, step.history);
    this.repo.publish(sampleId, step.entries);
    this.saves.mark(sampleId);
    return { editedSince: step.editedSince, deletedSince: step.deletedSince };
  }

  /** Write `changes` at a new revision, share them, and schedule the save. */
  private commit(
    sampleId: string,
    changes: AnnotationChange[],
    next: StagedAnnotation[],
    history: LocalHistory,
  ): void {
    const entry = this.entry(sampleId);
    const [clock, rev] = tick(this.clock, this.now());
    this.clock = clock;
    const written = applyLocalChanges(entry.doc, changes, rev);
    const ordered = inDraftOrder(written.doc, next) ? next : liveAnnotations(written.doc);
    this.update(sampleId, { ...entry, doc: written.doc }, ordered, history);
    if (written.entries.length === 0) return;
    this.repo.publish(sampleId, written.entries);
    this.saves.mark(sampleId);
  }

  private update(
    sampleId: string,
    entry: SampleEntry,
    annotations: StagedAnnotation[],
    history: LocalHistory,
  ): void {
    this.entries.set(sampleId, {
      ...entry,
      history,
      view: viewOf(entry.doc, annotations, history),
    });
    this.listeners.emit(sampleId);
  }

  private receive(change: DraftChange): void {
    if (!this.entries.has(change.sampleId)) return; // read fresh when first used
    if ('entries' in change) this.mergeIn(change.sampleId, change.entries);
    else void this.refresh(change.sampleId);
  }

  /** Merge another tab's entries (or a stored draft) in; the undo history stays valid. */
  private mergeIn(sampleId: string, incoming: Iterable<DraftEntry>): void {
    const entry = this.entry(sampleId);
    const merged = mergeEntries(entry.doc, incoming);
    if (merged.changed.length === 0) return;
    this.observeAll(merged.changed.map((id) => merged.doc.get(id)));
    const doc = merged.doc;
    this.update(sampleId, { ...entry, doc }, liveAnnotations(doc), entry.history);
    const stored = storedByMerge(entry.doc, doc, merged.changed);
    if (stored.length > 0) this.storedListeners.emit(sampleId, stored);
  }

  /** Keep this tab's clock above every revision it has seen. */
  private observeAll(entries: Iterable<DraftEntry | undefined>): void {
    for (const e of entries) if (e) this.clock = observe(this.clock, highestN(e));
  }

  private entry(sampleId: string): SampleEntry {
    let entry = this.entries.get(sampleId);
    if (entry) return entry;
    const load = this.repo.load(sampleId);
    entry = entryFromLoad(load);
    this.observeAll(load.doc.values());
    this.entries.set(sampleId, entry);
    if (load.later) {
      const done = this.finishLoading(sampleId, load.later);
      this.loads.set(sampleId, done);
      void done.finally(() => this.loads.delete(sampleId));
    }
    return entry;
  }

  /** The stored (IndexedDB) draft is in: merged with what was staged meanwhile. */
  private async finishLoading(sampleId: string, later: NonNullable<DraftLoad['later']>) {
    const { doc, notice } = await later;
    const entry = this.entry(sampleId);
    const merged = mergeDocs(doc, entry.doc);
    this.observeAll(merged.values());
    const next = { ...entry, loading: false, notice, doc: merged };
    this.update(sampleId, next, liveAnnotations(merged), entry.history);
    if (this.saves.pending(sampleId)) this.saves.mark(sampleId);
  }

  private setSaveNotice(sampleId: string, problem: DraftNotice | null): void {
    // A save that worked clears an earlier save failure, never a notice about a corrupt draft.
    this.setNotice(sampleId, (n) => problem ?? (n?.kind === 'save-failed' ? null : n));
  }

  private setNotice(sampleId: string, next: (n: DraftNotice | null) => DraftNotice | null): void {
    const entry = this.entries.get(sampleId);
    if (!entry) return;
    const notice = next(entry.notice);
    if (notice === entry.notice) return;
    this.entries.set(sampleId, { ...entry, notice });
    this.listeners.emit(sampleId);
  }
}
