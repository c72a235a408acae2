import { describe, expect, it } from 'vitest';
import { gridKeyAction, type KeyInput } from './gridKeys';

const key = (k: string, o: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...o,
});

describe('gridKeyAction', () => {
  it('moves with the arrows, pages and ends, clamped to the rows', () => {
    expect(gridKeyAction(key('ArrowDown'), 3, 10, 5)).toEqual({
      kind: 'move',
      index: 4,
      extend: false,
    });
    expect(gridKeyAction(key('ArrowUp'), 0, 10, 5)).toMatchObject({ index: 0 });
    expect(gridKeyAction(key('ArrowDown'), 9, 10, 5)).toMatchObject({ index: 9 });
    expect(gridKeyAction(key('PageDown'), 3, 10, 5)).toMatchObject({ index: 8 });
    expect(gridKeyAction(key('PageUp'), 3, 10, 5)).toMatchObject({ index: 0 });
    expect(gridKeyAction(key('End'), 3, 10, 5)).toMatchObject({ index: 9 });
    expect(gridKeyAction(key('Home'), 3, 10, 5)).toMatchObject({ index: 0 });
  });

  it('extends the selection with Shift and toggles with Space', () => {
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), 3, 10, 5)).toEqual({
      kind: 'move',
      index: 4,
      extend: true,
    });
    expect(gridKeyAction(key(' '), 3, 10, 5)).toEqual({ kind: 'toggle', range: false });
    expect(gridKeyAction(key(' ', { shiftKey: true }), 3, 10, 5)).toEqual({
      kind: 'toggle',
      range: true,
    });
  });

  it('opens with Enter and selects all with Ctrl+A or ⌘A', () => {
    expect(gridKeyAction(key('Enter'), 3, 10, 5)).toEqual({ kind: 'open' });
    expect(gridKeyAction(key('a', { ctrlKey: true }), 3, 10, 5)).toEqual({ kind: 'select-all' });
    expect(gridKeyAction(key('A', { metaKey: true }), 3, 10, 5)).toEqual({ kind: 'select-all' });
  });

  it('leaves other keys, Alt combinations and an empty list to the browser', () => {
    expect(gridKeyAction(key('Tab'), 3, 10, 5)).toBeNull();
    expect(gridKeyAction(key('x'), 3, 10, 5)).toBeNull();
    expect(gridKeyAction(key('ArrowDown', { altKey: true }), 3, 10, 5)).toBeNull();
    expect(gridKeyAction(key('c', { ctrlKey: true }), 3, 10, 5)).toBeNull();
    expect(gridKeyAction(key('ArrowDown'), 0, 0, 5)).toBeNull();
  });
});
