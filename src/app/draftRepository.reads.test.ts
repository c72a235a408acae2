/**
 * Reading a draft again (a submit refreshes it first) costs nothing while storage holds what
 * this tab last read or wrote: the same draft is handed back without parsing and checking
 * thousands of entries again. Anything another tab wrote is read and decoded as before.
 */
import { describe, expect, it } from 'vitest';
import { docFromAnnotations, liveAnnotations } from '../domain/staging/draftDoc';
import { aStagedAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import { FakeOverflow } from '../testing/tabHub';
import { browserDraftRepository, LOCAL_DRAFT_MAX } from './draftRepository';

const many = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => aStagedAnnotation({ localId: `${prefix}${i}` }));
const KEY = 'wafer-annotator:draft:s1';

function repos() {
  const storage = new MemoryStorage();
  const overflow = new FakeOverflow();
  const repo = () => browserDraftRepository({ storage, overflow, channel: null, events: null });
  return { storage, repo };
}

describe('reading a draft again', () => {
  it('hands back the same draft while localStorage holds the text it read', () => {
    const { storage, repo } = repos();
    storage.setItem(KEY, JSON.stringify({ version: 1, annotations: many(3, 'a') }));
    const a = repo();
    const first = a.load('s1').doc;
    expect(a.load('s1').doc).toBe(first);
    // Another tab writes: read and decoded again.
    storage.setItem(KEY, JSON.stringify({ version: 1, annotations: many(4, 'a') }));
    const second = a.load('s1').doc;
    expect(second).not.toBe(first);
    expect(liveAnnotations(second)).toHaveLength(4);
  });

  it('hands back the draft it saved itself, and reads one another tab saved', async () => {
    const { storage, repo } = repos();
    const a = repo();
    const doc = docFromAnnotations(many(2, 'a'), 1, 'A');
    await a.save('s1', doc);
    const mine = a.load('s1').doc;
    expect(a.load('s1').doc).toBe(mine);
    expect(liveAnnotations(mine).map((x) => x.localId)).toEqual(['a0', 'a1']);
    await repo().save('s1', docFromAnnotations(many(1, 'b'), 2, 'B'));
    expect(liveAnnotations(a.load('s1').doc).map((x) => x.localId)).toEqual(['a0', 'a1', 'b0']);
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it('a large draft it saved (IndexedDB) is handed back at once while its marker is there', async () => {
    const { repo } = repos();
    const a = repo();
    const doc = docFromAnnotations(many(LOCAL_DRAFT_MAX + 1, 'a'), 1, 'A');
    await a.save('s1', doc);
    const load = a.load('s1');
    expect(load.later).toBeUndefined();
    expect(liveAnnotations(load.doc)).toHaveLength(LOCAL_DRAFT_MAX + 1);
    // Another tab's page reads it from IndexedDB, as before.
    const other = repo().load('s1');
    expect(other.later).toBeDefined();
    expect(liveAnnotations((await other.later)?.doc ?? new Map())).toHaveLength(
      LOCAL_DRAFT_MAX + 1,
    );
  });
});
