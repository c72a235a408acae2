/**
 * What the user chose to review, per sample, kept in localStorage (zod-checked on the way back):
 * property, source and unit, colour map, interpolation and statistics options. These are view
 * state; the colour ranges and spec limits typed for each property belong to the sample's setup
 * (src/domain/setup), which colleagues share.
 */
import { z } from 'zod';
import { DEFAULT_NON_UNIFORMITY } from '../../domain/stats/uniformity';
import { usePersistentState } from '../persistent';

/** Schema (and, below, type) of the persisted review settings. */
export const ReviewSettings = z.object({
  /** null: the most recently updated property. */
  property: z.string().nullable(),
  /** null: every source. */
  source: z.string().nullable(),
  /** null: the most frequent unit of the property. */
  unit: z.string().nullable(),
  colorMap: z.enum(['viridis', 'cividis', 'magma', 'rdbu']),
  method: z.enum(['thin-plate-spline', 'inverse-distance']),
  showField: z.boolean(),
  showContours: z.boolean(),
  showLabels: z.boolean(),
  nonUniformity: z.enum([
    'half-range-over-mean',
    'range-over-sum',
    'range-over-mean',
    'sd-over-mean',
  ]),
  insideExclusionOnly: z.boolean(),
  perRing: z.boolean(),
});
export type ReviewSettings = z.infer<typeof ReviewSettings>;

/** Settings of a sample never reviewed: most recent property, viridis, spline, all shown. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  property: null,
  source: null,
  unit: null,
  colorMap: 'viridis',
  method: 'thin-plate-spline',
  showField: true,
  showContours: true,
  showLabels: true,
  nonUniformity: DEFAULT_NON_UNIFORMITY,
  insideExclusionOnly: false,
  perRing: false,
};

/** Review settings of one sample and a setter that remembers them. Key the caller by sample. */
export function useReviewSettings(sampleId: string) {
  return usePersistentState(
    `wafer-annotator:review:${sampleId}`,
    ReviewSettings,
    () => DEFAULT_REVIEW_SETTINGS,
  );
}
