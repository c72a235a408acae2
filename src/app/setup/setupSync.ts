/**
 * Reading and writing a sample's setup on the server, read-modify-write: the sample is read again
 * right before each write, only this session's changes are merged onto what it holds then (so a
 * colleague's change made meanwhile is kept), only SETUP_KEY of its metadata changes, and a key
 * this app cannot read (newer version, invalid) is never overwritten.
 */
import { isApiError } from '../../api/errors';
import type { PhysicalSample, PhysicalSampleUpdate } from '../../api/schemas';
import { stampFields } from '../../domain/setup/fieldStamps';
import { mergeSetup, nextStamp, type SetupMerge, sameSetup } from '../../domain/setup/merge';
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

/** What saveSetup did. */
export interface SaveOutcome {
  /** The setup the server holds now (what was written, or its copy when nothing was due). */
  stored: SampleSetup;
  /** The merge of this session's changes onto the server's copy (what theirs changed, etc.). */
  merge: SetupMerge;
  /** False when the server already held everything (nothing was written). */
  wrote: boolean;
  /** The server's answer to the PATCH, when one was sent. */
  answer?: PhysicalSample;
}

/**
 * Write this session's changes to the setup: read the metadata again (readServerMetadata),
 * refuse when the key there is of a newer version or invalid (SetupNotShared), merge `mine`
 * over `base` (the server's copy this session last knew; null: none) onto the server's copy
 * now (mergeSetup: fields a colleague changed meanwhile are kept), and, unless the server
 * already holds the result, PATCH the metadata with only our key changed, stamped after the
 * server's copy (nextStamp), checking that the answer holds it when the answer carries
 * metadata. Throws SetupNotShared or the ApiError of a failed call.
 */
export async function saveSetup(
  server: SetupServer,
  sampleId: string,
  base: SampleSetup | null,
  mine: SampleSetup,
  now = new Date(),
): Promise<SaveOutcome> {
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
  const theirs = current.kind === 'ok' ? current.setup : null;
  const merge = mergeSetup(base, mine, theirs);
  if (theirs && sameSetup(merge.setup, theirs)) return { stored: theirs, merge, wrote: false };
  const updatedAt = nextStamp(now, theirs?.updatedAt);
  const stored = {
    ...merge.setup,
    updatedAt,
    fieldStamps: stampFields(merge.setup, theirs, updatedAt),
  };
  const answer = await server.updateSample(sampleId, {
    physical_sample_metadata: withSetup(metadata, stored),
  });
  if (answer.physical_sample_metadata !== undefined) {
    const check = readSetup(answer.physical_sample_metadata);
    if (check.kind !== 'ok' || check.setup.updatedAt !== stored.updatedAt) {
      throw new SetupNotShared('the server answered without the setup it was sent');
    }
  }
  return { stored, merge, wrote: true, answer };
}
