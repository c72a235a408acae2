/**
 * Keyboard use of the samples grid (pure), after the WAI-ARIA grid and multi-select listbox
 * patterns: one Tab stop for the whole list, arrows move between rows, Space selects, Shift
 * extends a range, Enter opens, Ctrl/⌘+A selects every matching sample.
 */

export type GridKeyAction =
  /** Move the focus to row `index`; `extend`: select the range from the anchor to it. */
  | { kind: 'move'; index: number; extend: boolean }
  /** Toggle the focused row's selection (`range`: from the anchor, as Shift-click). */
  | { kind: 'toggle'; range: boolean }
  | { kind: 'open' }
  | { kind: 'select-all' };

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The action of a key pressed on row `active` of `count` rows; `pageRows` rows make a page.
 * null: the key is not the grid's (it is left to the browser).
 */
export function gridKeyAction(
  e: KeyInput,
  active: number,
  count: number,
  pageRows: number,
): GridKeyAction | null {
  if (count === 0 || e.altKey) return null;
  const last = count - 1;
  const move = (index: number): GridKeyAction => ({
    kind: 'move',
    index: Math.min(last, Math.max(0, index)),
    extend: e.shiftKey,
  });
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') return { kind: 'select-all' };
  if (e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return move(active + 1);
    case 'ArrowUp':
      return move(active - 1);
    case 'PageDown':
      return move(active + Math.max(1, pageRows));
    case 'PageUp':
      return move(active - Math.max(1, pageRows));
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case ' ':
      return { kind: 'toggle', range: e.shiftKey };
    case 'Enter':
      return e.shiftKey ? null : { kind: 'open' };
    default:
      return null;
  }
}
