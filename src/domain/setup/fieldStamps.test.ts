import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import { isEarlierCopy, isStale, stampFields, stampsOf } from './fieldStamps';
import { mergeSetup } from './merge';
import { emptySetup, type SampleSetup, withLimits } from './setup';

const T0 = '2026-04-01T00:00:00.000Z';
const T1 = '2026-04-01T00:01:00.000Z';
const T2 = '2026-04-01T00:02:00.000Z';
const USL = 'limits:["thickness","nm"]:usl';
const edge = (edgeExclusionMm: number) => ({ ...standardWafer(200), edgeExclusionMm });

/** `setup` as written at `at` onto `theirs` (what saveSetup stores). */
function written(setup: SampleSetup, theirs: SampleSetup | null, at: string): SampleSetup {
  return { ...setup, updatedAt: at, fieldStamps: stampFields(setup, theirs, at) };
}

describe('stampFields', () => {
  it('stamps what the write changed and keeps the stamps of what it left', () => {
    const first = written({ ...emptySetup(new Date(T0)), outline: edge(3) }, null, T0);
    expect(first.fieldStamps).toEqual({ at: T0, fields: { outline: T0, edgeExclusion: T0 } });
    const second = written(
      withLimits({ ...first, outline: edge(5) }, 'thickness', 'nm', { usl: 107 }),
      first,
      T1,
    );
    expect(second.fieldStamps).toEqual({
      at: T1,
      fields: { outline: T0, edgeExclusion: T1, [USL]: T1 },
    });
    // A removal is a change too: the field keeps a stamp while it is unset.
    const third = written(withLimits(second, 'thickness', 'nm', {}), second, T2);
    expect(third.fieldStamps?.fields[USL]).toBe(T2);
  });

  it('is ignored once a writer that does not know it changed the setup', () => {
    const first = written({ ...emptySetup(new Date(T0)), outline: edge(3) }, null, T0);
    expect(stampsOf(first)).toEqual({ outline: T0, edgeExclusion: T0 });
    expect(stampsOf({ ...first, outline: edge(4), updatedAt: T1 })).toBeNull();
  });
});

describe('isStale and mergeSetup with stamps', () => {
  const m0 = written({ ...emptySetup(new Date(T0)), outline: edge(3) }, null, T0);
  const afterA = written({ ...m0, outline: edge(5) }, m0, T1);
  // B merged its limit onto m0 (read before A's write) and wrote after A.
  const afterB = written(withLimits(m0, 'thickness', 'nm', { usl: 107 }), m0, T2);

  it('tells a lost update from a colleague’s change', () => {
    const [a, b] = [stampsOf(afterA), stampsOf(afterB)];
    expect(isStale('edgeExclusion', a, b, 5, 3)).toBe(true);
    expect(isStale('edgeExclusion', a, b, 5, 5)).toBe(false);
    expect(isStale('outline', a, b, 'x', 'y')).toBe(false);
    expect(isStale('edgeExclusion', a, null, 5, 3)).toBe(false);
    expect(isStale('edgeExclusion', null, b, 5, 3)).toBe(false);
  });

  it('puts back A’s edge exclusion and takes B’s limit', () => {
    const merge = mergeSetup(afterA, afterA, afterB);
    expect(merge.setup.outline).toEqual(edge(5));
    expect(merge.setup.limits).toEqual([{ property: 'thickness', unit: 'nm', usl: 107 }]);
    expect(merge.restored.map((c) => [c.name, c.before, c.after])).toEqual([
      ['edge exclusion', '3 mm', '5 mm'],
    ]);
    expect(merge.fromTheirs.map((c) => c.name)).toEqual(['USL of thickness [nm]']);
    expect(merge.conflicts).toEqual([]);
  });

  it('follows a colleague who changed the field after seeing A’s value', () => {
    const afterC = written({ ...afterA, outline: edge(2) }, afterA, T2);
    const merge = mergeSetup(afterA, afterA, afterC);
    expect(merge.setup.outline).toEqual(edge(2));
    expect(merge.restored).toEqual([]);
    expect(merge.fromTheirs.map((c) => [c.name, c.after])).toEqual([['edge exclusion', '2 mm']]);
  });
});

describe('isEarlierCopy', () => {
  const m0 = written({ ...emptySetup(new Date(T0)), outline: edge(3) }, null, T0);
  const later = written({ ...m0, outline: edge(5) }, m0, T2);

  it('calls a read answered before a known write earlier, and the copy itself not', () => {
    expect(isEarlierCopy(m0, later)).toBe(true);
    expect(isEarlierCopy(later, later)).toBe(true);
    expect(isEarlierCopy(later, m0)).toBe(false);
  });

  it('calls a write stamped before a known one but holding a newer field news', () => {
    // Stamped T1 (it began first, on a slow network) but changing a field `later` has at T0.
    const slow = written(withLimits(m0, 'thickness', 'nm', { usl: 107 }), m0, T1);
    expect(Date.parse(slow.updatedAt)).toBeLessThan(Date.parse(later.updatedAt));
    expect(isEarlierCopy(slow, later)).toBe(false);
  });

  it('compares the setup stamps when either copy has no field stamps', () => {
    const plain = { ...m0, fieldStamps: undefined };
    expect(isEarlierCopy(plain, later)).toBe(true);
    expect(isEarlierCopy({ ...later, fieldStamps: undefined }, m0)).toBe(false);
  });
});
