/**
 * Undo/redo as one wrapper around a pure reducer. Each action that changes the state pushes the
 * previous state onto `past`; undo and redo move states between `past`, `present` and `future`.
 * Actions that change nothing leave no history entry. States are immutable, so keeping them
 * costs only the changed arrays.
 */

export interface History<S> {
  past: S[];
  present: S;
  future: S[];
}

export type HistoryAction<A> = A | { type: 'undo' } | { type: 'redo' };

export interface HistoryOptions<A> {
  /** Most undo steps kept; older ones are dropped. Default 500. */
  limit?: number;
  /** Actions that replace the state from outside (e.g. a reload) and clear the history. */
  resets?: (action: A) => boolean;
}

export function initialHistory<S>(present: S): History<S> {
  return { past: [], present, future: [] };
}

const isUndo = (a: { type: string }): a is { type: 'undo' } => a.type === 'undo';
const isRedo = (a: { type: string }): a is { type: 'redo' } => a.type === 'redo';

/** Wrap `reducer` so its state gains undo/redo. */
export function withHistory<S, A extends { type: string }>(
  reducer: (state: S, action: A) => S,
  options: HistoryOptions<A> = {},
): (history: History<S>, action: HistoryAction<A>) => History<S> {
  const limit = options.limit ?? 500;
  return (history, action) => {
    if (isUndo(action)) {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
      };
    }
    if (isRedo(action)) {
      const [next, ...rest] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
    const present = reducer(history.present, action as A);
    if (options.resets?.(action as A)) return initialHistory(present);
    if (present === history.present) return history;
    return { past: [...history.past, history.present].slice(-limit), present, future: [] };
  };
}
