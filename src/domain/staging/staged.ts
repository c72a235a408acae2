/**
 * Staged annotations: measurements the user has entered for the open physical sample but not yet
 * submitted. Coordinates are always kept in the sample frame (mm, origin at the sample centre,
 * +y up); the frame a submit uses is applied when the request is built.
 */
import { z } from 'zod';
import { JsonObject } from '../jsonObject';

export const StagedAnnotation = z.object({
  /** Client-side id, stable across edits and reloads; never sent to the server. */
  localId: z.string().min(1),
  xMm: z.number(),
  yMm: z.number(),
  propertyName: z.string().min(1),
  propertyValue: z.number(),
  propertyUnit: z.string().nullable(),
  charSourceType: z.string().nullable(),
  /** Extra JSON sent as the annotation's `metadata` (e.g. import source file and row). */
  metadata: JsonObject.nullable().default(null),
  /** The measurement-pattern site this value was entered for, if any (guided entry). */
  site: z
    .object({ pattern: z.string(), index: z.number().int().positive() })
    .nullable()
    .default(null),
});
export type StagedAnnotation = z.infer<typeof StagedAnnotation>;

/** The fields of a staged annotation a user can change after staging. */
export type StagedAnnotationChanges = Partial<Omit<StagedAnnotation, 'localId'>>;

export interface StagingState {
  annotations: StagedAnnotation[];
}

export const EMPTY_STAGING: StagingState = { annotations: [] };
