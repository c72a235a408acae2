/**
 * The one pure reducer over staged annotations. Every change to staged points is an action, so
 * history (undo/redo) and persistence can wrap it without knowing the details.
 */
import type { StagedAnnotation, StagedAnnotationChanges, StagingState } from './staged';

export type StagingAction =
  | { type: 'add'; annotations: StagedAnnotation[] }
  | { type: 'update'; localId: string; changes: StagedAnnotationChanges }
  | { type: 'remove'; localIds: string[] }
  | { type: 'clear' }
  | { type: 'replace'; annotations: StagedAnnotation[] };

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
      const next = [...state.annotations];
      next[index] = { ...current, ...action.changes, localId: current.localId };
      return { annotations: next };
    }
    case 'remove': {
      const ids = new Set(action.localIds);
      const kept = state.annotations.filter((a) => !ids.has(a.localId));
      return kept.length === state.annotations.length ? state : { annotations: kept };
    }
    case 'clear':
      return state.annotations.length === 0 ? state : { annotations: [] };
    case 'replace':
      return { annotations: action.annotations };
  }
}
