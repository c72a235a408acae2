/**
 * The import worker: reads, parses and maps large files off the main thread so the page keeps
 * responding. It holds one ImportSession (the file's text and table stay here) and answers the
 * requests of importProtocol.ts; position arrays are transferred, not copied.
 */
/// <reference lib="webworker" />
import { ImportSession } from '../../io/importSession';
import { packedBuffers } from '../../io/packedStaged';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { readSource } from './readSource';

declare const self: DedicatedWorkerGlobalScope;

let session: ImportSession | null = null;

function reply(message: ImportResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

function current(): ImportSession {
  if (!session) throw new Error('No file loaded.');
  return session;
}

async function handle(request: ImportRequest): Promise<void> {
  const { id } = request;
  switch (request.type) {
    case 'load': {
      const loaded = await readSource(request.source, (done, total) =>
        reply({ id, type: 'progress', loaded: done, total }),
      );
      session = new ImportSession(loaded.text, request.fileName);
      reply({ id, type: 'done', result: { encodingWarning: loaded.encodingWarning } });
      return;
    }
    case 'analyse':
      reply({ id, type: 'done', result: current().analyse(request.options) });
      return;
    case 'map': {
      const view = current().map(request.mapping, request.outline);
      reply({ id, type: 'done', result: view }, [
        view.xMm.buffer,
        view.yMm.buffer,
        view.inside.buffer,
      ]);
      return;
    }
    case 'stage': {
      const packed = current().stagePacked(request.request);
      reply({ id, type: 'done', result: packed }, packedBuffers(packed));
      return;
    }
  }
}

// addEventListener, not onmessage: papaparse claims `onmessage` when it thinks it is its own worker.
self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  handle(event.data).catch((error: unknown) =>
    reply({
      id: event.data.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
