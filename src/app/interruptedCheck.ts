/**
 * On opening a sample: if its last submit's answer never arrived, ask the server what was
 * stored before showing the staged list as the truth (see `api/interruptedSubmit`). Runs under
 * the sample's submit lock (so it never races a submit in another tab), once per sample and
 * page; the outcome is kept here, outside React, so a remount or StrictMode's second effect
 * neither repeats the check nor loses its notice.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../api/errorMessages';
import { checkInterruptedSubmit, describeInterruptedCheck } from '../api/interruptedSubmit';
import { SubmitLedger } from '../api/submitLedger';
import { useApiClient } from './connection';
import { stagingStore } from './drafts';
import { storageNotices } from './storageNotices';
import { withSubmitLock } from './submitLock';
import { browserLockEnv, LEDGER_UNSAVED } from './submitMutation';
import { marksOf } from './submitStaged';

/** Where the check of an interrupted submit is, and what it found. */
export type InterruptedState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

const IDLE: InterruptedState = { phase: 'idle' };
const states = new Map<string, InterruptedState>();
const started = new Set<string>();
const listeners = new Set<() => void>();
const setState = (sampleId: string, state: InterruptedState) => {
  states.set(sampleId, state);
  for (const l of listeners) l();
};

/** The check itself; returns the notice, or null when nothing was in doubt. */
async function runCheck(
  sampleId: string,
  client: Pick<ApiClient, 'listAnnotations'>,
): Promise<string | null> {
  await stagingStore.whenLoaded(sampleId);
  await stagingStore.refresh(sampleId);
  const ledger = new SubmitLedger(localStorage, sampleId);
  const stagedIds = new Set(stagingStore.getState(sampleId).annotations.map((a) => a.localId));
  if (!Object.keys(ledger.inDoubt()).some((id) => stagedIds.has(id))) return null;
  setState(sampleId, { phase: 'checking' });
  const check = await checkInterruptedSubmit(sampleId, stagedIds, ledger, client);
  if (!check) return null;
  const marks = marksOf(stagingStore, sampleId, check.stored);
  const edited = stagingStore.markStored(sampleId, marks).editedSince.length;
  // The draft holds the tokens (stored marks) before the ledger lets go of them.
  await stagingStore.flush();
  if (!ledger.save()) storageNotices.report(`ledger:${sampleId}`, LEDGER_UNSAVED);
  return describeInterruptedCheck(check, edited);
}

/** Start the check for `sampleId` unless this page already did. */
export function startInterruptedCheck(
  sampleId: string,
  client: Pick<ApiClient, 'listAnnotations'>,
): void {
  if (started.has(sampleId)) return;
  started.add(sampleId);
  withSubmitLock(
    sampleId,
    browserLockEnv(),
    () => undefined,
    () => runCheck(sampleId, client),
  )
    .then((message) => setState(sampleId, message ? { phase: 'done', message } : IDLE))
    .catch((e: unknown) => {
      // Safe to go on: every submit checks the server again before sending anything.
      setState(sampleId, {
        phase: 'failed',
        message: `Could not check what the interrupted submit stored: ${describeError(e)} Submit checks again before sending anything.`,
      });
    });
}

/** The check's state for the open sample (started on first use), and a way to dismiss it. */
export function useInterruptedCheck(sampleId: string) {
  const client = useApiClient();
  useEffect(() => startInterruptedCheck(sampleId, client), [sampleId, client]);
  const state = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => states.get(sampleId) ?? IDLE,
  );
  return { state, dismiss: () => setState(sampleId, IDLE) };
}
