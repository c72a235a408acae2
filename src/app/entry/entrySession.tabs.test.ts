import { describe, expect, it } from 'vitest';
import type { MeasurementPattern } from '../../domain/patterns/pattern';
import { aStagedAnnotation } from '../../testing/builders';
import { storedElsewhere } from './entrySession';
import { entryMessages as say } from './messages';

const nine: MeasurementPattern = {
  name: 'Polar 9',
  sites: Array.from({ length: 9 }, (_, i) => ({ index: i + 1, xMm: i, yMm: 0 })),
};
const atSite = (index: number, pattern = 'Polar 9') =>
  aStagedAnnotation({ site: { pattern, index }, propertyValue: index });

describe('storedElsewhere (a submit in another tab)', () => {
  it("restarts guided entry at the first open site when the pattern's values were stored", () => {
    const stored = Array.from({ length: 9 }, (_, i) => atSite(i + 1));
    expect(storedElsewhere(nine, [], stored, ['9'])).toEqual({
      activeSite: 1,
      shownSiteValues: null,
      clearValues: ['9'],
      status:
        'Another tab stored 9 annotations of this sample. Guided entry starts again at site 1 of 9.',
    });
  });

  it('starts at the first site still staged-free when some values stayed (edited since)', () => {
    const left = [atSite(1), atSite(2)];
    const effect = storedElsewhere(nine, left, [atSite(3)], null);
    expect(effect.activeSite).toBe(3);
    expect(effect.status).toBe(
      'Another tab stored 1 annotation of this sample. Guided entry starts again at site 3 of 9.',
    );
  });

  it('only tells, and keeps the site and its shown values, when the pattern had nothing stored', () => {
    const free = [aStagedAnnotation({ site: null }), atSite(2, 'Another pattern')];
    expect(storedElsewhere(nine, [atSite(1)], free, ['1'])).toEqual({
      status: 'Another tab stored 2 annotations of this sample.',
    });
    expect(storedElsewhere(null, [], [atSite(1)], null)).toEqual({
      status: say.storedElsewhere(1),
    });
  });
});

describe('the notice of an edited row that left the staged list', () => {
  it('names what happened and what Save and Cancel do', () => {
    expect(say.detachedEdit({ kind: 'deleted', byThisTab: false }, 2)).toBe(
      'Deleted in another tab while you edit row 2: Save puts it back with your changes, Cancel drops it.',
    );
    expect(say.detachedEdit({ kind: 'deleted', byThisTab: true }, 1)).toMatch(/^Deleted while/);
    expect(say.detachedEdit({ kind: 'stored', byThisTab: false }, 3)).toBe(
      'Stored by a submit in another tab while you edit row 3: Save stages your changes to correct the stored record, Cancel drops them.',
    );
    expect(say.detachedEdit({ kind: 'stored', byThisTab: true }, 3)).toMatch(
      /^Stored by a submit while you edit row 3/,
    );
  });
});

describe('status sentences agree with their counts', () => {
  it('"1 value", "2 values", "1 staged point", never "(s)"', () => {
    const at = { xMm: 1, yMm: 2 };
    expect(say.stagedAt(1, at)).toMatch(/^Staged 1 value at /);
    expect(say.stagedAt(2, at)).toMatch(/^Staged 2 values at /);
    expect(say.deleted(1)).toBe('Deleted 1 staged point. Ctrl+Z undoes.');
    expect(say.deleted(3)).toBe('Deleted 3 staged points. Ctrl+Z undoes.');
    expect(say.exportedStaged(1)).toBe('Exported 1 staged annotation as CSV.');
    expect(say.storedElsewhere(1)).toBe('Another tab stored 1 annotation of this sample.');
    for (const n of [0, 1, 2]) {
      for (const text of [say.stagedAt(n, at), say.deleted(n), say.exportedStored(n)]) {
        expect(text).not.toContain('(s)');
      }
    }
  });
});
