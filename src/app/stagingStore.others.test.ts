/** What one tab's store does when another tab deletes or stores what it is working on. */
import { describe, expect, it } from 'vitest';
import type { StoredMark } from '../domain/staging/draftDoc';
import { detachedRow, saveEditAction } from '../domain/staging/gone';
import type { StagedAnnotation } from '../domain/staging/staged';
import { aStagedAnnotation } from '../testing/builders';
import { settle, TabHub } from '../testing/tabHub';
import { browserDraftRepository } from './draftRepository';
import { StagingStore } from './stagingStore';

function openTab(hub: TabHub, tab: string) {
  let t = 1_000_000;
  const store = new StagingStore(browserDraftRepository({ ...hub.tab(), now: () => t }), {
    tab,
    now: () => (t += 10),
  });
  store.connect();
  return store;
}

const p = (id: string, value: number) => aStagedAnnotation({ localId: id, propertyValue: value });
const values = (s: StagingStore) =>
  s.getState('s1').annotations.map((a) => `${a.localId}=${a.propertyValue}`);

async function twoTabsWith(...points: StagedAnnotation[]) {
  const hub = new TabHub();
  const a = openTab(hub, 'A');
  const b = openTab(hub, 'B');
  for (const point of points) a.dispatch('s1', { type: 'add', annotations: [point] });
  await settle();
  return { a, b };
}

describe('undo and redo after another tab deleted a point', () => {
  it('never bring the deleted point back; a step with nothing left to do is skipped', async () => {
    const { a, b } = await twoTabsWith(p('p1', 1), p('p2', 2));
    b.dispatch('s1', { type: 'remove', localIds: ['p2'] });
    await settle();
    expect(values(a)).toEqual(['p1=1']);
    // A's last step staged p2, which B deleted: undo skips it and undoes the staging of p1.
    expect(a.dispatch('s1', { type: 'undo' })).toBe(true);
    expect(values(a)).toEqual([]);
    expect(a.dispatch('s1', { type: 'redo' })).toBe(true);
    expect(values(a)).toEqual(['p1=1']);
    expect(a.getView('s1').canRedo).toBe(false);
    expect(a.dispatch('s1', { type: 'redo' })).toBe(false);
    await settle();
    expect(values(a)).toEqual(['p1=1']);
    expect(values(b)).toEqual(['p1=1']);
  });

  it('undo with only such steps left changes nothing, says false and empties the history', async () => {
    const { a, b } = await twoTabsWith(p('p1', 1));
    b.dispatch('s1', { type: 'remove', localIds: ['p1'] });
    await settle();
    expect(a.getView('s1').canUndo).toBe(true);
    expect(a.dispatch('s1', { type: 'undo' })).toBe(false);
    expect(a.getView('s1').canUndo).toBe(false);
    expect(a.getView('s1').canRedo).toBe(false);
    expect(values(a)).toEqual([]);
  });

  it("undo of this tab's own delete still brings its point back", async () => {
    const { a } = await twoTabsWith(p('p1', 1));
    a.dispatch('s1', { type: 'remove', localIds: ['p1'] });
    a.dispatch('s1', { type: 'undo' });
    expect(values(a)).toEqual(['p1=1']);
  });
});

describe('an edit saved after the row left the list', () => {
  it('puts a point another tab deleted back, with the edit, in its place, in both tabs', async () => {
    const { a, b } = await twoTabsWith(p('p1', 1), p('p2', 2), p('p3', 3));
    b.dispatch('s1', { type: 'remove', localIds: ['p2'] });
    await settle();
    const doc = a.getDoc('s1');
    expect(detachedRow(doc, a.getState('s1').annotations, 'p2', a.tab)?.reason).toEqual({
      kind: 'deleted',
      byThisTab: false,
    });
    const action = saveEditAction(doc, 'p2', { propertyValue: 55 });
    if (!action) throw new Error('no action');
    expect(a.dispatch('s1', action)).toBe(true);
    await settle();
    expect(values(a)).toEqual(['p1=1', 'p2=55', 'p3=3']);
    expect(values(b)).toEqual(['p1=1', 'p2=55', 'p3=3']);
    // Undo of the save takes it off again; it was A's own change.
    a.dispatch('s1', { type: 'undo' });
    expect(values(a)).toEqual(['p1=1', 'p3=3']);
  });
});

describe('a submit in another tab', () => {
  it('tells this tab which annotations it stored; the submitting tab is not told', async () => {
    const { a, b } = await twoTabsWith(p('p1', 1), p('p2', 2));
    const toldA: string[][] = [];
    const toldB: string[][] = [];
    a.onStoredElsewhere('s1', (s) => toldA.push(s.map((x) => x.localId)));
    b.onStoredElsewhere('s1', (s) => toldB.push(s.map((x) => x.localId)));
    const storedNow = (localId: string) => {
      const rev = b.revisionOf('s1', localId);
      if (!rev) throw new Error(localId);
      const mark: StoredMark = { rev, by: 'B', recordId: `r-${localId}`, batch: null, index: null };
      return { localId, mark };
    };
    b.markStored('s1', [storedNow('p1'), storedNow('p2')]);
    await settle();
    expect(values(a)).toEqual([]);
    expect(toldA).toEqual([['p1', 'p2']]);
    expect(toldB).toEqual([]);
    // A delete in another tab is not a store.
    b.dispatch('s1', { type: 'add', annotations: [p('p3', 3)] });
    await settle();
    b.dispatch('s1', { type: 'remove', localIds: ['p3'] });
    await settle();
    expect(toldA).toEqual([['p1', 'p2']]);
  });
});
