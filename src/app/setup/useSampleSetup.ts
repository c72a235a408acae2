/**
 * The open sample's setup (src/domain/setup): read when the sample opens, saved to the sample's
 * `physical_sample_metadata` on every change (debounced; only this tab's changes are merged onto
 * what the server holds then), kept in this browser too so nothing is lost when the server
 * cannot hold it, and followed when a colleague changes it: from other tabs at once, from other
 * browsers on focus, when the page becomes visible and on a poll (SetupSession, setupChannel).
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useUpdateSample } from '../../api/sampleMutations';
import type { PhysicalSample } from '../../api/schemas';
import { guessOutlineFromName } from '../../domain/geometry/nameGuess';
import { readSetup } from '../../domain/setup/setup';
import { useApiClient } from '../connection';
import { legacySetup, readBrowserCopy, writeBrowserCopy } from './browserSetup';
import { followServer, publishSetup, subscribeSetup, withSetupLock } from './setupChannel';
import { SetupSession } from './setupSession';
import type { SetupServer } from './setupSync';

export { SAVE_DELAY_MS, type SaveStatus } from './setupSession';

/** The sample's setup, its change functions and where it is saved. Key the caller by sample. */
export function useSampleSetup(sample: PhysicalSample) {
  const sampleId = sample.id;
  const client = useApiClient();
  const { mutateAsync: patchSample } = useUpdateSample();
  // The session lives as long as the sample is open; it calls the latest client through this.
  const latest = useRef({ client, patchSample });
  latest.current = { client, patchSample };
  const [session] = useState(() => {
    const server: SetupServer = {
      getSample: (id) => latest.current.client.getSample(id),
      updateSample: (id, changes) => latest.current.patchSample({ sampleId: id, changes }),
    };
    return new SetupSession(
      {
        server,
        sampleId,
        readCopy: () => readBrowserCopy(sampleId),
        keepCopy: (copy) => void writeBrowserCopy(sampleId, copy),
        legacy: (now) => legacySetup(sampleId, now),
        publish: (stored) => publishSetup(sampleId, stored),
        exclusive: (save) => withSetupLock(sampleId, save),
        now: () => new Date(),
      },
      sample.physical_sample_metadata,
    );
  });
  const { setup, status } = useSyncExternalStore(session.subscribe, session.get);

  // Open: write a migration or unsynced copy, or read a server whose list has no metadata;
  // leaving: send what is still waiting (the browser copy already holds it).
  useEffect(() => {
    session.start();
    return () => session.flush();
  }, [session]);

  // Other tabs at once; other browsers on focus, on becoming visible and on the poll.
  useEffect(
    () => subscribeSetup(sampleId, (stored) => void session.receive({ kind: 'ok', setup: stored })),
    [session, sampleId],
  );
  useEffect(() => followServer(session), [session]);

  // A refetched samples list (e.g. on window focus) may carry a colleague's change.
  const listed = sample.physical_sample_metadata;
  useEffect(() => {
    if (listed !== undefined) void session.receive(readSetup(listed));
  }, [listed, session]);

  const guess = useMemo(() => guessOutlineFromName(sample.name), [sample.name]);
  return {
    setup,
    update: session.update,
    status,
    guess,
    retry: () => void session.retry(),
  };
}

/** What useSampleSetup returns. */
export type SampleSetupState = ReturnType<typeof useSampleSetup>;
