/**
 * Reading and writing a sample's setup on the server, read-modify-write: the sample is read again
 * right before each write, only SETUP_KEY of its metadata changes, and a key this app cannot
 * read (newer version, invalid) is never overwritten.
 */
import { isApiError } from '../../api/errors';
import type { PhysicalSample, PhysicalSampleUpdate } from '../../api/schemas';
import { readSetup, type SampleSetup, withSetup } from '../../domain/setup/setup';

/** The two calls the setup needs (ApiClient's, or the mutation's for the PATCH). */
export interface SetupServer {
  getSample(sampleId: string): Promise<PhysicalSample | null>;
  updateSample(sampleId: string, changes: PhysicalSampleUpdate): Promise<PhysicalSample>;
}

type Metadata = Record<string, unknown> | null;

/** Why the server cannot hold the setup, as a phrase after "saved in this browser only: ". */
export class SetupNotShared extends Error {}

/** A failure of a server call as a phrase for the panel. */
export function describeFailure(error: unknown): string {
  if (error instanceof SetupNotShared) return error.message;
  if (isApiError(error)) {
    if (error.kind === 'network') return 'the server cannot be reached';
    if (error.kind === 'unauthorized') return 'the API key may not change samples';
    if (error.kind === 'not_found' || error.status === 405) {
      return 'the server does not accept changes to samples';
    }
    return error.message.replace(/\.$/, '');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sample's metadata as the server holds it now: from the list filtered by id, or, when the
 * list does not carry metadata (Atomscale documents none there), from the answer to an empty
 * PATCH, which changes nothing. Throws SetupNotShared when the server lists no such sample or
 * sends no metadata either way, and the ApiError of a failed call.
 */
export async function readServerMetadata(server: SetupServer, sampleId: string): Promise<Metadata> {
  const listed = await server.getSample(sampleId);
  if (!listed) throw new SetupNotShared('the server does not list this sample');
  if (listed.physical_sample_metadata !== undefined) return listed.physical_sample_metadata;
  const answer = await server.updateSample(sampleId, {});
  if (answer.physical_sample_metadata === undefined) {
    throw new SetupNotShared("the server does not send the sample's metadata");
  }
  return answer.physical_sample_metadata;
}

/**
 * Write `setup` under SETUP_KEY: read the metadata again (readServerMetadata), refuse when the
 * key there is of a newer version or invalid (SetupNotShared), PATCH the metadata with only our
 * key changed, and check that the answer holds it (when the answer carries metadata). Returns
 * the server's answer. Throws SetupNotShared or the ApiError of a failed call.
 */
export async function saveSetup(
  server: SetupServer,
  sampleId: string,
  setup: SampleSetup,
): Promise<PhysicalSample> {
  const metadata = await readServerMetadata(server, sampleId);
  const current = readSetup(metadata);
  if (current.kind === 'newer') {
    throw new SetupNotShared(
      `the setup on the server was written by a newer version (${current.version}) and is left untouched`,
    );
  }
  if (current.kind === 'invalid') {
    throw new SetupNotShared(
      `the setup on the server is not valid (${current.message}) and is left untouched`,
    );
  }
  const answer = await server.updateSample(sampleId, {
    physical_sample_metadata: withSetup(metadata, setup),
  });
  if (answer.physical_sample_metadata !== undefined) {
    const stored = readSetup(answer.physical_sample_metadata);
    if (stored.kind !== 'ok' || stored.setup.updatedAt !== setup.updatedAt) {
      throw new SetupNotShared('the server answered without the setup it was sent');
    }
  }
  return answer;
}
