/**
 * The page's side of following a sample's setup: a BroadcastChannel that tells the other tabs of
 * this browser what the server holds after each save (as the drafts do), a Web Lock so that two
 * tabs never read-merge-write the same sample's setup at once, and the window events and poll
 * that make a tab read the server again when a colleague in another browser may have changed it.
 */
import { z } from 'zod';
import { SampleSetup } from '../../domain/setup/setup';
import type { SetupSession } from './setupSession';

/** Name of the BroadcastChannel between the tabs of this app for setups. */
export const SETUP_CHANNEL = 'wafer-annotator:setup';

/** How often an open sample's setup is read again while the page is visible. */
export const SETUP_POLL_MS = 30_000;

const SetupMessage = z.object({ sampleId: z.string(), setup: SampleSetup });

let channel: BroadcastChannel | null | undefined;
/** One channel per page, opened on first use; null where BroadcastChannel is missing. */
function open(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SETUP_CHANNEL);
  return channel;
}

/** Tell the other tabs that the server now holds `setup` for the sample (best effort). */
export function publishSetup(sampleId: string, setup: SampleSetup): void {
  try {
    open()?.postMessage({ sampleId, setup });
  } catch {
    // A closed channel: the other tabs read the server on focus and on their poll.
  }
}

/** Listen for setups other tabs saved for `sampleId`; returns the function that stops. */
export function subscribeSetup(
  sampleId: string,
  listener: (setup: SampleSetup) => void,
): () => void {
  const ch = open();
  if (!ch) return () => {};
  const onMessage = (event: MessageEvent) => {
    const message = SetupMessage.safeParse(event.data);
    if (message.success && message.data.sampleId === sampleId) listener(message.data.setup);
  };
  ch.addEventListener('message', onMessage);
  return () => ch.removeEventListener('message', onMessage);
}

/** Run `fn` holding the sample's setup lock across tabs (Web Locks); at once where missing. */
export function withSetupLock<T>(sampleId: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(`wafer-annotator:setup:${sampleId}`, fn) : fn();
}

/**
 * Make `session` read the server when the window gets the focus or the page becomes visible
 * again, and every SETUP_POLL_MS while it is visible (through the list only). Returns the
 * function that stops.
 */
export function followServer(session: SetupSession, pollMs = SETUP_POLL_MS): () => void {
  const visible = () => document.visibilityState === 'visible';
  const onFocus = () => void session.refresh();
  const onVisibility = () => {
    if (visible()) void session.refresh();
  };
  window.addEventListener('focus', onFocus);
  document.addEventListener('visibilitychange', onVisibility);
  const poll = setInterval(() => {
    if (visible()) void session.refresh(true);
  }, pollMs);
  return () => {
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onVisibility);
    clearInterval(poll);
  };
}
