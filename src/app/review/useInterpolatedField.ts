/**
 * The interpolated map of the shown records, computed off the main thread in fieldWorker.ts.
 * Every request carries a fresh id and only the answer to the latest one is used. When the
 * settings change (series, method, resolution, outline) while the worker is busy, it is
 * terminated and a new one starts, so a slow spline for settings the user has left is never
 * waited for. When only the data changes (records arriving chunk by chunk during a submit), the
 * newest request waits for the running one and is sent when it answers: intermediate states
 * are skipped and no worker is restarted for each chunk.
 */
import { useEffect, useRef, useState } from 'react';
import type { Field, FieldRequest } from '../../domain/interpolation/field';
import type { FieldWorkerLike, FieldWorkerResponse } from './fieldProtocol';

/** A field request plus the series it belongs to. */
export interface FieldInput extends FieldRequest {
  /** Identifies the data series (property, unit, source); while a new field for the same
   * series is computed the previous one stays on screen, for another series it is cleared. */
  seriesKey: string;
}

/** The field shown, whether a newer one is being computed, and why there is none. */
export interface FieldState {
  field: Field | null;
  computing: boolean;
  /** Why there is no map (too few sites, a worker failure), for the user. */
  message: string | null;
  /** Worker compute time of the field shown (ms). */
  elapsedMs: number | null;
}

const IDLE: FieldState = { field: null, computing: false, message: null, elapsedMs: null };

/** The Vite-bundled module worker. */
export const createFieldWorker = (): FieldWorkerLike =>
  new Worker(new URL('./fieldWorker.ts', import.meta.url), { type: 'module' });

/**
 * State of the field for `input` (memoise it: a new object is a new request); IDLE for null.
 * `createWorker` is injectable for tests.
 */
export function useInterpolatedField(
  input: FieldInput | null,
  createWorker: () => FieldWorkerLike = createFieldWorker,
): FieldState {
  const [state, setState] = useState<FieldState>(IDLE);
  const worker = useRef<FieldWorkerLike | null>(null);
  const latest = useRef(0);
  const busy = useRef(false);
  const series = useRef<string | null>(null);
  const settings = useRef<string | null>(null);
  /** A data-only request that waits for the running computation. */
  const queued = useRef<{ id: number; request: FieldRequest } | null>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    latest.current += 1;
    const id = latest.current;
    if (!input) {
      setState(IDLE);
      series.current = null;
      return;
    }
    const { seriesKey: _key, sites: _sites, ...rest } = input;
    const settingsKey = JSON.stringify([input.seriesKey, rest]);
    const sameSettings = settings.current === settingsKey;
    settings.current = settingsKey;
    if (busy.current && worker.current && !sameSettings) {
      worker.current.terminate();
      worker.current = null;
      queued.current = null;
      busy.current = false;
    }
    if (!worker.current) {
      const w = createWorker();
      w.onmessage = (event: MessageEvent<FieldWorkerResponse>) => {
        // A terminated worker's last message (already in flight) belongs to nobody.
        if (worker.current !== w) return;
        const { id: answered, outcome, elapsedMs } = event.data;
        const next = queued.current;
        if (next) {
          // Newer data is waiting: this answer is stale; compute the newest instead.
          queued.current = null;
          w.postMessage(next);
          return;
        }
        busy.current = false;
        if (answered !== latest.current) return;
        setState(
          outcome.ok
            ? { field: outcome.field, computing: false, message: null, elapsedMs }
            : { field: null, computing: false, message: outcome.message, elapsedMs: null },
        );
      };
      w.onerror = (event: ErrorEvent) => {
        busy.current = false;
        queued.current = null;
        setState({ ...IDLE, message: `The map could not be computed: ${event.message}` });
      };
      worker.current = w;
    }
    const sameSeries = series.current === input.seriesKey;
    series.current = input.seriesKey;
    setState((s) => ({ ...s, field: sameSeries ? s.field : null, computing: true, message: null }));
    const { seriesKey: _series, ...request } = input;
    if (busy.current) {
      queued.current = { id, request };
      return;
    }
    busy.current = true;
    worker.current.postMessage({ id, request });
  }, [input, createWorker]);

  return state;
}
