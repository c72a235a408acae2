/**
 * Submitting a sample's staged annotations: one bulk request at a time, guarded against double
 * clicks, with 422 details mapped back to the staged rows they belong to.
 */
import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { type FieldError, fieldErrorsByRow, isApiError } from '../api/errors';
import { bulkMutationKey, useBulkCreateAnnotations } from '../api/mutations';
import type { SubmitFrame } from '../api/toRequest';
import type { StagedAnnotation } from '../domain/staging/staged';

export function useSubmitStaged(sampleId: string, onStored: (count: number) => void) {
  const mutation = useBulkCreateAnnotations(sampleId);
  // Counts submits of this sample started from any view, e.g. before the user switched away.
  const inFlight = useIsMutating({ mutationKey: bulkMutationKey(sampleId) });
  const guard = useRef(false);
  const [rowErrors, setRowErrors] = useState<Map<string, FieldError[]>>(new Map());

  const submit = (staged: StagedAnnotation[], target: SubmitFrame) => {
    if (guard.current || inFlight > 0 || staged.length === 0) return;
    // isPending only changes on the next render; this ref stops a second click before that.
    guard.current = true;
    setRowErrors(new Map());
    mutation.mutate(
      { sampleId, staged, target },
      {
        onSuccess: (created) => onStored(created.length),
        onError: (error) => {
          if (!isApiError(error)) return;
          const next = new Map<string, FieldError[]>();
          for (const [row, errors] of fieldErrorsByRow(error.fieldErrors)) {
            const localId = staged[row]?.localId;
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

  return {
    submit,
    pending: inFlight > 0 || mutation.isPending,
    error: mutation.isError ? mutation.error : null,
    rowErrors,
    clearRowError,
  };
}
