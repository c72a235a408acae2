/**
 * The open sample's setup (src/domain/setup): read when the sample opens, saved to the sample's
 * `physical_sample_metadata` on every change (debounced, read-modify-write), kept in this browser
 * too so nothing is lost when the server cannot hold it, and followed when a colleague changes
 * it (a newer copy in a refetched samples list replaces ours when we have nothing unsaved).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useUpdateSample } from '../../api/sampleMutations';
import type { PhysicalSample } from '../../api/schemas';
import { guessOutlineFromName } from '../../domain/geometry/nameGuess';
import { type OpenPlan, planOpen } from '../../domain/setup/migration';
import { readSetup, type SampleSetup, type SetupRead } from '../../domain/setup/setup';
import type { SaveStatus } from '../../domain/setup/status';
import { useApiClient } from '../connection';
import { legacySetup, readBrowserCopy, writeBrowserCopy } from './browserSetup';
import { describeFailure, readServerMetadata, type SetupServer, saveSetup } from './setupSync';

/** How long changes settle before they are written (typing a limit, stepping a number). */
export const SAVE_DELAY_MS = 600;

export type { SaveStatus } from '../../domain/setup/status';

/** The state a plan leaves the panel in (see SaveStatus). */
function planState(plan: OpenPlan, read: SetupRead): SaveStatus['state'] {
  if (plan.write) return 'pending';
  if (plan.home === 'browser') return 'browser';
  return read.kind === 'absent' ? 'new' : 'saved';
}

function openState(sample: PhysicalSample) {
  const read = readSetup(sample.physical_sample_metadata);
  const now = new Date();
  const plan = planOpen(read, readBrowserCopy(sample.id), legacySetup(sample.id, now), now);
  const status: SaveStatus = {
    home: plan.home,
    state: read.kind === 'unknown' ? 'loading' : planState(plan, read),
    reason: read.kind === 'newer' || read.kind === 'invalid' ? plan.notice : null,
    notice: plan.notice,
  };
  return { plan, read, status };
}

/** The sample's setup, its change functions and where it is saved. Key the caller by sample. */
export function useSampleSetup(sample: PhysicalSample) {
  const sampleId = sample.id;
  const client = useApiClient();
  const { mutateAsync: patchSample } = useUpdateSample();
  const server: SetupServer = useMemo(
    () => ({
      getSample: (id) => client.getSample(id),
      updateSample: (id, changes) => patchSample({ sampleId: id, changes }),
    }),
    [client, patchSample],
  );
  const [initial] = useState(() => openState(sample));
  const [setup, setSetupState] = useState<SampleSetup>(initial.plan.setup);
  const [status, setStatus] = useState<SaveStatus>(initial.status);
  const current = useRef(setup);
  /** Changes not yet sent; cleared when a write starts. */
  const dirty = useRef(initial.plan.write);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((next: SampleSetup) => {
    current.current = next;
    setSetupState(next);
  }, []);

  const save = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    saving.current = saving.current.then(async () => {
      if (!dirty.current) return;
      dirty.current = false;
      const sending = current.current;
      setStatus((s) => ({ ...s, state: 'saving' }));
      try {
        await saveSetup(server, sampleId, sending);
        if (current.current === sending)
          writeBrowserCopy(sampleId, { setup: sending, synced: true });
        setStatus((s) => ({
          ...s,
          home: 'server',
          state: dirty.current ? 'pending' : 'saved',
          reason: null,
        }));
      } catch (error) {
        setStatus((s) => ({
          ...s,
          home: 'browser',
          state: 'browser',
          reason: describeFailure(error),
        }));
      }
    });
  }, [server, sampleId]);

  /** Apply `change`, stamp it, keep it in this browser at once and save it soon. */
  const update = useCallback(
    (change: (s: SampleSetup) => SampleSetup) => {
      const next = { ...change(current.current), updatedAt: new Date().toISOString() };
      show(next);
      writeBrowserCopy(sampleId, { setup: next, synced: false });
      dirty.current = true;
      setStatus((s) => ({ ...s, state: 'pending', notice: null }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [sampleId, show, save],
  );

  // On open: write a migration or unsynced copy, or read a server whose list has no metadata.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per opened sample.
  useEffect(() => {
    if (initial.read.kind !== 'unknown') {
      writeBrowserCopy(sampleId, {
        setup: current.current,
        synced: !initial.plan.write && initial.plan.home === 'server',
      });
      if (initial.plan.write) save();
      return;
    }
    let cancelled = false;
    readServerMetadata(server, sampleId)
      .then((metadata) => {
        if (cancelled) return;
        const now = new Date();
        const copy = dirty.current
          ? { setup: current.current, synced: false }
          : readBrowserCopy(sampleId);
        const read = readSetup(metadata);
        const plan = planOpen(read, copy, legacySetup(sampleId, now), now);
        show(plan.setup);
        dirty.current = plan.write;
        setStatus({
          home: plan.home,
          state: planState(plan, read),
          reason: plan.home === 'browser' ? plan.notice : null,
          notice: plan.notice,
        });
        if (plan.write) save();
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setStatus((s) => ({
            ...s,
            home: 'browser',
            state: 'browser',
            reason: describeFailure(error),
          }));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // Leaving the sample: send what is still waiting (the browser copy already holds it).
  useEffect(
    () => () => {
      if (timer.current) save();
    },
    [save],
  );

  // A colleague's newer setup arrives with a refetched samples list: follow it when idle.
  const listed = sample.physical_sample_metadata;
  useEffect(() => {
    const read = readSetup(listed);
    if (read.kind !== 'ok' || dirty.current || timer.current) return;
    const mine = current.current;
    if (Date.parse(read.setup.updatedAt) <= Date.parse(mine.updatedAt)) return;
    show(read.setup);
    writeBrowserCopy(sampleId, { setup: read.setup, synced: true });
    setStatus((s) => ({ ...s, home: 'server', state: 'saved', reason: null }));
  }, [listed, sampleId, show]);

  const guess = useMemo(() => guessOutlineFromName(sample.name), [sample.name]);
  return {
    setup,
    update,
    status,
    guess,
    retry: () => {
      dirty.current = true;
      save();
    },
  };
}

/** What useSampleSetup returns. */
export type SampleSetupState = ReturnType<typeof useSampleSetup>;
