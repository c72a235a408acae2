import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type History, type HistoryAction, initialHistory, withHistory } from './history';
import { type StagingAction, stagingReducer } from './reducer';
import type { StagedAnnotation, StagedAnnotationChanges, StagingState } from './staged';

const RUNS = { numRuns: 200 };

// A small id pool, so updates and removals often hit a staged annotation (and ids may repeat).
const localId = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const optionalText = fc.option(fc.string({ maxLength: 5 }), { nil: null });
const site = fc.option(
  fc.record({
    pattern: fc.constantFrom('polar-49', 'grid-9'),
    index: fc.integer({ min: 1, max: 49 }),
  }),
  { nil: null },
);

const annotation: fc.Arbitrary<StagedAnnotation> = fc.record({
  localId,
  xMm: finite,
  yMm: finite,
  propertyName: fc.string({ minLength: 1, maxLength: 8 }),
  propertyValue: finite,
  propertyUnit: optionalText,
  charSourceType: optionalText,
  metadata: fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), {
    nil: null,
  }),
  site,
});

const changes: fc.Arbitrary<StagedAnnotationChanges> = fc.record(
  {
    xMm: finite,
    yMm: finite,
    propertyName: fc.string({ minLength: 1, maxLength: 8 }),
    propertyValue: finite,
    propertyUnit: optionalText,
    charSourceType: optionalText,
    site,
  },
  { requiredKeys: [] },
);

const ids = fc.array(localId, { maxLength: 3 });
const simpleAction: fc.Arbitrary<StagingAction> = fc.oneof(
  fc.record({ type: fc.constant('add'), annotations: fc.array(annotation, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('update'), localId, changes }),
  fc.record({ type: fc.constant('remove'), localIds: ids }),
  fc.record({ type: fc.constant('move'), localIds: ids, dxMm: finite, dyMm: finite }),
  fc.constant({ type: 'clear' as const }),
);
const action: fc.Arbitrary<StagingAction> = fc.oneof(
  { weight: 5, arbitrary: simpleAction },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('batch'),
      actions: fc.array(simpleAction, { maxLength: 3 }),
    }),
  },
);

const startState: fc.Arbitrary<StagingState> = fc.record({
  annotations: fc.array(annotation, { maxLength: 4 }),
});

const reducer = withHistory(stagingReducer);

const run = <A>(
  step: (h: History<StagingState>, a: A) => History<StagingState>,
  h: History<StagingState>,
  actions: A[],
) => actions.reduce(step, h);

describe('withHistory(stagingReducer) properties', () => {
  it('undoing every recorded action restores the start; redoing them all restores the end', () => {
    fc.assert(
      fc.property(
        startState,
        fc.array(action, { maxLength: 40, size: 'max' }),
        (start, actions) => {
          const snapshot = structuredClone(start);
          const end = run(reducer, initialHistory(start), actions);
          // The plain reducer tells independently which actions change the state.
          let state = start;
          let changed = 0;
          for (const a of actions) {
            const next = stagingReducer(state, a);
            if (next !== state) changed++;
            state = next;
          }
          expect(end.past).toHaveLength(changed);
          expect(end.present).toEqual(state);

          const undo = Array.from({ length: changed }, () => ({ type: 'undo' }) as const);
          const undone = run(reducer, end, undo);
          expect(undone.present).toEqual(snapshot);
          expect(undone.present).toBe(start);
          expect(reducer(undone, { type: 'undo' })).toBe(undone);

          const redo = Array.from({ length: changed }, () => ({ type: 'redo' }) as const);
          const redone = run(reducer, undone, redo);
          expect(redone.present).toEqual(end.present);
          expect(redone.past).toEqual(end.past);
          expect(reducer(redone, { type: 'redo' })).toBe(redone);
        },
      ),
      RUNS,
    );
  });

  it('restores the start state after undoing everything, even with undo/redo mixed in', () => {
    const mixed: fc.Arbitrary<HistoryAction<StagingAction>> = fc.oneof(
      { weight: 3, arbitrary: action },
      { weight: 1, arbitrary: fc.constant({ type: 'undo' as const }) },
      { weight: 1, arbitrary: fc.constant({ type: 'redo' as const }) },
    );
    fc.assert(
      fc.property(startState, fc.array(mixed, { maxLength: 40, size: 'max' }), (start, actions) => {
        const snapshot = structuredClone(start);
        const end = run(reducer, initialHistory(start), actions);
        const undo = Array.from({ length: end.past.length }, () => ({ type: 'undo' }) as const);
        expect(run(reducer, end, undo).present).toEqual(snapshot);
      }),
      RUNS,
    );
  });
});
