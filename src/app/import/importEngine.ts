/**
 * Where an import runs: in a Web Worker for sources over WORKER_THRESHOLD_BYTES (the page keeps
 * responding while a 100,000-row file is parsed), on the main thread otherwise. Both engines
 * run the same ImportSession and answer with promises, so the dialog does not care which it has.
 */
import type { SampleOutline } from '../../domain/geometry/outline';
import { WORKER_THRESHOLD_BYTES } from '../../io/importLimits';
import {
  type AnalysisView,
  ImportSession,
  type MapView,
  type SessionOptions,
  type StageRequest,
} from '../../io/importSession';
import type { ImportMapping } from '../../io/mapping';
import type { PackedStaged } from '../../io/packedStaged';
import type { ImportRequest, ImportResponse, ImportResults } from './importProtocol';
import { type ReadProgress, readSource } from './readSource';

export interface ImportEngine {
  /** True when the work happens in a worker. */
  readonly offThread: boolean;
  load(
    source: Blob | string,
    fileName: string,
    onProgress?: ReadProgress,
  ): Promise<ImportResults['load']>;
  analyse(options: SessionOptions): Promise<AnalysisView>;
  map(mapping: ImportMapping, outline: SampleOutline): Promise<MapView>;
  /** The annotations to stage, in columns (unpackStaged makes the objects). */
  stage(request: StageRequest): Promise<PackedStaged>;
  /** Stop the worker (pending promises reject); the engine cannot be used afterwards. */
  dispose(): void;
}

/** Runs the session on the calling thread; used for small sources and where Worker is missing. */
export function createInlineEngine(): ImportEngine {
  let session: ImportSession | null = null;
  const current = () => {
    if (!session) throw new Error('No file loaded.');
    return session;
  };
  return {
    offThread: false,
    async load(source, fileName, onProgress) {
      const loaded = await readSource(source, onProgress);
      session = new ImportSession(loaded.text, fileName);
      return { encodingWarning: loaded.encodingWarning };
    },
    analyse: async (options) => current().analyse(options),
    map: async (mapping, outline) => current().map(mapping, outline),
    stage: async (request) => current().stagePacked(request),
    dispose() {
      session = null;
    },
  };
}

type Pending = {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: ReadProgress;
};

type RequestBody = ImportRequest extends infer R
  ? R extends ImportRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** Runs the session in importWorker.ts; requests are answered in the order sent. */
export function createWorkerEngine(): ImportEngine {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.loaded, message.total);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'error') p.reject(new Error(message.message));
    else p.resolve(message.result as never);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(`The import worker stopped: ${event.message || 'unknown error'}.`);
  });
  function send<K extends keyof ImportResults>(
    body: RequestBody,
    onProgress?: ReadProgress,
  ): Promise<ImportResults[K]> {
    const id = nextId++;
    return new Promise<ImportResults[K]>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
      worker.postMessage({ ...body, id } as ImportRequest);
    });
  }
  return {
    offThread: true,
    load: (source, fileName, onProgress) =>
      send<'load'>({ type: 'load', source, fileName }, onProgress),
    analyse: (options) => send<'analyse'>({ type: 'analyse', options }),
    map: (mapping, outline) => send<'map'>({ type: 'map', mapping, outline }),
    stage: (request) => send<'stage'>({ type: 'stage', request }),
    dispose() {
      worker.terminate();
      failAll('The import was closed.');
    },
  };
}

/** The engine for a source of `bytes`: a worker from WORKER_THRESHOLD_BYTES up, where possible. */
export function createImportEngine(bytes: number): ImportEngine {
  if (bytes >= WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined') {
    try {
      return createWorkerEngine();
    } catch {
      // A blocked worker (e.g. by a Content Security Policy) still leaves a working import.
    }
  }
  return createInlineEngine();
}
