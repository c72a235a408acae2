import { describe, expect, it } from 'vitest';
import { applySelection, pruneSelection } from './selection';

const set = (...ids: string[]) => new Set(ids);

describe('applySelection', () => {
  it('replaces, adds and toggles', () => {
    expect([...applySelection(set('a', 'b'), ['c'], 'replace')]).toEqual(['c']);
    expect([...applySelection(set('a'), ['b', 'a'], 'add')]).toEqual(['a', 'b']);
    expect([...applySelection(set('a', 'b'), ['b', 'c'], 'toggle')]).toEqual(['a', 'c']);
  });

  it('never changes the old selection', () => {
    const old = set('a');
    applySelection(old, ['a', 'b'], 'toggle');
    expect([...old]).toEqual(['a']);
  });
});

describe('pruneSelection', () => {
  it('drops ids that no longer exist', () => {
    expect([...pruneSelection(set('a', 'b', 'c'), set('a', 'c'))]).toEqual(['a', 'c']);
  });

  it('returns the same set when nothing is dropped', () => {
    const old = set('a');
    expect(pruneSelection(old, set('a', 'b'))).toBe(old);
  });
});
