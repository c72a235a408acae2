/**
 * The one pure reducer over staged annotations. Every change to staged points is an action, so
 * history (undo/redo) and persistence can wrap it without knowing the details.
 */
import type { StagedAnnotation, StagedAnnotationChanges, StagingState } from './staged';

export type StagingAction =
  | { type: 'add'; annotations: StagedAnnotation[] }
  | { type: 'update'; localId: string; changes: StagedAnnotationChanges }
  | { type: 'remove'; localIds: string[] }
  | { type: 'move'; localIds: string[]; dxMm: number; dyMm: number }
  | { type: 'clear' }
  | { type: 'replace'; annotations: StagedAnnotation[] }
  /** Several actions applied in order as one change (one undo step). */
  | { type: 'batch'; actions: StagingAction[] };

/**
 * Apply one action. Returns the same state object when the action changes nothing (an unknown
 * id, an empty removal), so callers can skip re-renders and history entries.
 */
export function stagingReducer(state: StagingState, action: StagingAction): StagingState {
  switch (action.type) {
    case 'add':
      if (action.annotations.length === 0) return state;
      return { annotations: [...state.annotations, ...action.annotations] };
    case 'update': {
      const index = state.annotations.findIndex((a) => a.localId === action.localId);
      const current = state.annotations[index];
      if (!current) return state;
      // An edit that changes nothing must not become an undo step that appears to do nothing.
      const changes = action.changes as Record<string, unknown>;
      const same = Object.keys(changes).every(
        (k) =>
          JSON.stringify(changes[k]) === JSON.stringify((current as Record<string, unknown>)[k]),
      );
      if (same) return state;
      const next = [...state.annotations];
      next[index] = { ...current, ...action.changes, localId: current.localId };
      return { annotations: next };
    }
    case 'remove': {
      const ids = new Set(action.localIds);
      const kept = state.annotations.filter((a) => !ids.has(a.localId));
      return kept.length === state.annotations.length ? state : { annotations: kept };
    }
    case 'move': {
      if (action.dxMm === 0 && action.dyMm === 0) return state;
      const ids = new Set(action.localIds);
      let moved = false;
      const next = state.annotations.map((a) => {
        if (!ids.has(a.localId)) return a;
        moved = true;
        return { ...a, xMm: a.xMm + action.dxMm, yMm: a.yMm + action.dyMm };
      });
      return moved ? { annotations: next } : state;
    }
    case 'batch':
      return action.actions.reduce(stagingReducer, state);
    case 'clear':
      return state.annotations.length === 0 ? state : { annotations: [] };
    case 'replace':
      return { annotations: action.annotations };
  }
}
