/** Messages between the import dialog and the import worker (src/app/import/importWorker.ts). */
import type { SampleOutline } from '../../domain/geometry/outline';
import type { AnalysisView, MapView, SessionOptions, StageRequest } from '../../io/importSession';
import type { ImportMapping } from '../../io/mapping';
import type { PackedStaged } from '../../io/packedStaged';
import type { LoadedSource } from './readSource';

export type ImportRequest =
  | { id: number; type: 'load'; source: Blob | string; fileName: string }
  | { id: number; type: 'analyse'; options: SessionOptions }
  | { id: number; type: 'map'; mapping: ImportMapping; outline: SampleOutline }
  | { id: number; type: 'stage'; request: StageRequest };

/** The result type of each request. */
export interface ImportResults {
  load: Omit<LoadedSource, 'text'>;
  analyse: AnalysisView;
  map: MapView;
  stage: PackedStaged;
}

export type ImportResponse =
  | { id: number; type: 'progress'; loaded: number; total: number }
  | { id: number; type: 'done'; result: ImportResults[keyof ImportResults] }
  | { id: number; type: 'error'; message: string };
