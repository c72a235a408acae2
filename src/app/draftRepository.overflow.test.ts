/**
 * Saving a large draft (IndexedDB) again and again, as a running submit does: the draft this tab
 * wrote is not read back and decoded while no other tab has saved since, and a save by another
 * tab is still merged in, never overwritten.
 */
import { describe, expect, it, vi } from 'vitest';
import { docFromAnnotations, liveAnnotations, mergeDocs } from '../domain/staging/draftDoc';
import { aStagedAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import { FakeOverflow } from '../testing/tabHub';
import { decodeDraft } from './draftCodec';
import { browserDraftRepository, LOCAL_DRAFT_MAX } from './draftRepository';

const many = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => aStagedAnnotation({ localId: `${prefix}${i}` }));

function tabs() {
  const storage = new MemoryStorage();
  const overflow = new FakeOverflow();
  const loads = vi.spyOn(overflow, 'load');
  const repo = () => browserDraftRepository({ storage, overflow, channel: null, events: null });
  const stored = () =>
    new Set(
      liveAnnotations(decodeDraft(overflow.drafts.get('s1')) ?? new Map()).map((a) => a.localId),
    );
  return { storage, repo, loads, stored };
}

describe('overflow saves', () => {
  it('merges with the draft it wrote last, in memory, while its marker is still there', async () => {
    const t = tabs();
    const a = t.repo();
    const first = docFromAnnotations(many(LOCAL_DRAFT_MAX + 1, 'a'), 1, 'A');
    await a.save('s1', first);
    expect(t.loads).toHaveBeenCalledTimes(1);
    const second = mergeDocs(first, docFromAnnotations(many(3, 'b'), 2, 'A'));
    await a.save('s1', second);
    await a.save('s1', second);
    expect(t.loads).toHaveBeenCalledTimes(1);
    expect(t.stored().size).toBe(LOCAL_DRAFT_MAX + 4);
  });

  it("reads the stored draft again once another tab saved, and keeps that tab's entries", async () => {
    const t = tabs();
    const a = t.repo();
    const b = t.repo();
    const mine = docFromAnnotations(many(LOCAL_DRAFT_MAX + 1, 'a'), 1, 'A');
    await a.save('s1', mine);
    await b.save('s1', mergeDocs(mine, docFromAnnotations(many(2, 'other'), 2, 'B')));
    expect(t.loads).toHaveBeenCalledTimes(2);
    await a.save('s1', mergeDocs(mine, docFromAnnotations(many(1, 'later'), 3, 'A')));
    expect(t.loads).toHaveBeenCalledTimes(3);
    const ids = t.stored();
    expect(ids.has('other0')).toBe(true);
    expect(ids.has('other1')).toBe(true);
    expect(ids.has('later0')).toBe(true);
    expect(ids.size).toBe(LOCAL_DRAFT_MAX + 4);
  });

  it('each save leaves a marker of its own, even within one millisecond', async () => {
    const t = tabs();
    const doc = docFromAnnotations(many(LOCAL_DRAFT_MAX + 1, 'a'), 1, 'A');
    const at = () => 1_800_000_000_000;
    const one = browserDraftRepository({
      storage: t.storage,
      overflow: new FakeOverflow(),
      channel: null,
      events: null,
      now: at,
    });
    await one.save('s1', doc);
    const first = t.storage.getItem('wafer-annotator:draft:s1');
    await one.save('s1', doc);
    expect(t.storage.getItem('wafer-annotator:draft:s1')).not.toBe(first);
  });
});
