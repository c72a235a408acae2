/**
 * Submitting a sample's staged annotations: one submit at a time (guarded against double clicks
 * here, and across tabs by the submit lock), in chunks with progress and cancel, paused while
 * offline, with 422 details mapped back to the staged rows they belong to.
 */
import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { type FieldError, fieldErrorsByRow } from '../api/errors';
import { LedgerUnavailable, SubmitFailure } from '../api/submit';
import type { SubmitFrame } from '../api/toRequest';
import { describeOutline, isInsideOutline, type SampleOutline } from '../domain/geometry/outline';
import type { StagedAnnotation } from '../domain/staging/staged';
import { counted, plural } from '../domain/values/plural';
import { bulkMutationKey, type TabSubmitOutcome, useSubmitAnnotations } from './submitMutation';
import { submitProgress } from './submitProgress';
import { useSubmitSettings } from './submitSettings';

const stillStaged = (n: number) => `${n} ${plural(n, 'is', 'are')} still staged.`;

/** One line for the user about a finished submit; every count agrees with its noun and verb. */
export function describeOutcome(o: TabSubmitOutcome): string {
  if (o.nothingLeft) {
    return 'Nothing left to send: another tab stored these annotations while this one waited.';
  }
  if (o.cancelled && o.storedCount + o.reconciledCount + o.correctedCount === 0) {
    return `Cancelled before anything was sent: ${stillStaged(o.remainingCount)}`;
  }
  const parts = [`Stored ${counted(o.storedCount, 'annotation')}.`];
  if (o.reconciledCount > 0) {
    parts.push(
      `${o.reconciledCount} ${plural(o.reconciledCount, 'was', 'were')} already stored by an earlier submit (its answer was lost, or undo brought ${plural(o.reconciledCount, 'it', 'them')} back), so ${plural(o.reconciledCount, 'it was', 'they were')} not sent again.`,
    );
  }
  if (o.correctedCount > 0) {
    parts.push(
      `${o.correctedCount} had been stored by an earlier submit and ${plural(o.correctedCount, 'was', 'were')} edited since, so the stored record${plural(o.correctedCount, ' was', 's were')} corrected instead of stored twice.`,
    );
  }
  if (o.editedInFlight > 0) {
    parts.push(
      `${o.editedInFlight} ${plural(o.editedInFlight, 'was', 'were')} edited while being sent: ${plural(o.editedInFlight, 'it stays', 'they stay')} staged, and the next Submit corrects the stored record instead of storing it again.`,
    );
  }
  if (o.deletedInFlight > 0) {
    parts.push(
      `${o.deletedInFlight} deleted from the staged list while being sent ${plural(o.deletedInFlight, 'was', 'were')} stored anyway: delete ${plural(o.deletedInFlight, 'it', 'them')} under Review if ${plural(o.deletedInFlight, 'it', 'they')} should not be kept.`,
    );
  }
  if (o.leftOut > 0) {
    parts.push(`${counted(o.leftOut, 'annotation')} outside the sample outline stayed staged.`);
  }
  if (o.cancelled) parts.push(`Cancelled: ${stillStaged(o.remainingCount)}`);
  return parts.join(' ');
}

/** The frame to submit in, or why submitting in the chosen frame is not possible yet. */
export type SubmitChoice = SubmitFrame | { frame: 'stage_absolute'; problem: string };

export function useSubmitStaged(sampleId: string, onDone: (message: string) => void) {
  const mutation = useSubmitAnnotations(sampleId);
  const [settings, setSettings] = useSubmitSettings();
  // Counts submits of this sample started from any view, e.g. before the user switched away.
  const inFlight = useIsMutating({ mutationKey: bulkMutationKey(sampleId) });
  const guard = useRef(false);
  const [rowErrors, setRowErrors] = useState<Map<string, FieldError[]>>(new Map());

  const [blocked, setBlocked] = useState<string | null>(null);

  /**
   * Submit the sample's staged annotations in the frame chosen. Nothing is sent when that frame
   * cannot be used yet (stage_absolute without a valid calibration), or when points of `staged`
   * lie outside `outline` (possible after the outline was changed): those are marked on their
   * rows. `withoutLedger` sends even though the resubmit ledger cannot be saved.
   */
  const submit = (
    staged: StagedAnnotation[],
    choice: SubmitChoice,
    outline: SampleOutline,
    options: { withoutLedger?: boolean } = {},
  ) => {
    if (guard.current || inFlight > 0 || staged.length === 0) return;
    if ('problem' in choice) {
      setBlocked(`${choice.problem} Nothing was sent.`);
      return;
    }
    const target = choice;
    const outside = staged.filter((a) => !isInsideOutline(outline, a));
    if (outside.length > 0) {
      const message = `outside the ${describeOutline(outline)} outline: move or delete it, or change the outline`;
      setRowErrors(new Map(outside.map((a) => [a.localId, [{ row: null, field: null, message }]])));
      setBlocked(
        `${outside.length} staged point${outside.length === 1 ? ' lies' : 's lie'} outside the sample outline (marked in the staged table); nothing was sent.`,
      );
      return;
    }
    setBlocked(null);
    // isPending only changes on the next render; this ref stops a second click before that.
    guard.current = true;
    setRowErrors(new Map());
    mutation.mutate(
      {
        sampleId,
        target,
        chunkSize: settings.chunkSize,
        tokens: settings.tokens,
        withoutLedger: options.withoutLedger,
        // Points another tab staged meanwhile are sent too, if they are inside the outline.
        accept: (a) => isInsideOutline(outline, a),
      },
      {
        onSuccess: (outcome) => onDone(describeOutcome(outcome)),
        onError: (error) => {
          if (!(error instanceof SubmitFailure)) return;
          const next = new Map<string, FieldError[]>();
          for (const [row, errors] of fieldErrorsByRow(error.error.fieldErrors)) {
            const localId = error.chunk[row]?.localId;
            if (localId) next.set(localId, errors);
          }
          setRowErrors(next);
        },
        onSettled: () => {
          guard.current = false;
        },
      },
    );
  };

  const clearRowError = useCallback((localId: string) => {
    setRowErrors((m) => {
      if (!m.has(localId)) return m;
      const next = new Map(m);
      next.delete(localId);
      return next;
    });
  }, []);

  const failed = mutation.isError ? mutation.error : null;
  /** The ledger could not be saved: nothing was sent; the user may send without it. */
  const ledgerBlocked = failed instanceof LedgerUnavailable ? failed.message : null;
  const error = failed instanceof SubmitFailure ? failed.error : ledgerBlocked ? null : failed;
  const storedBeforeFailure = failed instanceof SubmitFailure ? failed.storedCount : 0;

  const clearBlocked = useCallback(() => setBlocked(null), []);

  return {
    submit,
    /** Why the last submit was not started (points outside the outline), if so. */
    blocked,
    clearBlocked,
    ledgerBlocked,
    pending: inFlight > 0 || mutation.isPending,
    /** Waiting for the browser to come back online before sending. */
    paused: mutation.isPaused,
    cancel: () => submitProgress.requestCancel(sampleId),
    error,
    storedBeforeFailure,
    rowErrors,
    clearRowError,
    settings,
    setSettings,
  };
}
