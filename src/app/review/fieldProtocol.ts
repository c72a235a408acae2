/** Messages between the app and the interpolation worker (fieldWorker.ts). */
import type { FieldOutcome, FieldRequest } from '../../domain/interpolation/field';

/** A request, tagged so that answers to superseded requests can be recognised and dropped. */
export interface FieldWorkerRequest {
  id: number;
  request: FieldRequest;
}

/** The answer to request `id`, with the worker's compute time (ms, performance.now). */
export interface FieldWorkerResponse {
  id: number;
  outcome: FieldOutcome;
  elapsedMs: number;
}

/** What the hook needs of a Worker; tests pass a fake. */
export interface FieldWorkerLike {
  postMessage: (message: FieldWorkerRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<FieldWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
