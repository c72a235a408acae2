/**
 * Web Worker that computes the interpolated map (spline or IDW field, grid and contours), so a
 * 1000-site spline (seconds of LU) never blocks input on the page. The grid's buffer is
 * transferred, not copied.
 */
import { computeField } from '../../domain/interpolation/field';
import type { FieldWorkerRequest, FieldWorkerResponse } from './fieldProtocol';

// The project compiles against the DOM library, where `self` is a Window; in a dedicated worker
// it is the worker scope with this shape.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FieldWorkerRequest>) => void) | null;
  postMessage: (message: FieldWorkerResponse, options?: { transfer?: Transferable[] }) => void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  const started = performance.now();
  let outcome: FieldWorkerResponse['outcome'];
  try {
    outcome = computeField(request);
  } catch (e) {
    outcome = {
      ok: false,
      message: `The map could not be computed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const elapsedMs = performance.now() - started;
  const transfer = outcome.ok ? [outcome.field.grid.buffer] : [];
  scope.postMessage({ id, outcome, elapsedMs }, { transfer });
};
