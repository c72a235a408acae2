/**
 * What the user chose to review, per sample, kept in localStorage (zod-checked on the way back):
 * property, source and unit, colour map, interpolation and statistics options. These are view
 * state; the colour ranges and spec limits typed for each property belong to the sample's setup
 * (src/domain/setup), which colleagues share.
 */
import { z } from 'zod';
import { AUTO_MAP_MIN_SITES } from '../../domain/interpolation/field';
import { distinctSiteCount } from '../../domain/interpolation/sites';
import { DEFAULT_NON_UNIFORMITY, NON_UNIFORMITY_IDS } from '../../domain/stats/nonUniformity';
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
  /** null: automatic, shown from AUTO_MAP_MIN_SITES sites (see useReview). */
  showField: z.boolean().nullable(),
  /** null: automatic, as showField. */
  showContours: z.boolean().nullable(),
  showLabels: z.boolean(),
  nonUniformity: z.enum(NON_UNIFORMITY_IDS),
  insideExclusionOnly: z.boolean(),
  perRing: z.boolean(),
});
export type ReviewSettings = z.infer<typeof ReviewSettings>;

/** Settings of a sample never reviewed: most recent property, viridis, spline, the map and
 * contours automatic (shown from AUTO_MAP_MIN_SITES sites), labels shown. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  property: null,
  source: null,
  unit: null,
  colorMap: 'viridis',
  method: 'thin-plate-spline',
  showField: null,
  showContours: null,
  showLabels: true,
  nonUniformity: DEFAULT_NON_UNIFORMITY,
  insideExclusionOnly: false,
  perRing: false,
};

/** Whether the interpolated map and its contours are drawn, and why not when automatic. */
export interface FieldVisibility {
  showField: boolean;
  showContours: boolean;
  /** The number of sites when both are off only because they are fewer than
   * AUTO_MAP_MIN_SITES (the user chose neither); null otherwise. */
  autoOffSites: number | null;
}

/**
 * The map and contours as the user set them; unset (null), shown from AUTO_MAP_MIN_SITES
 * distinct sites and off below, with the count to say why. `sites` are the shown records'
 * positions (sample mm): repeated passes at one site count once (within
 * DEFAULT_MERGE_TOLERANCE_MM), as the field merges them.
 */
export function fieldVisibility(
  settings: ReviewSettings,
  sites: ReadonlyArray<{ xMm: number; yMm: number }>,
): FieldVisibility {
  const siteCount = distinctSiteCount(sites);
  const auto = siteCount >= AUTO_MAP_MIN_SITES;
  const unset = settings.showField === null && settings.showContours === null;
  return {
    showField: settings.showField ?? auto,
    showContours: settings.showContours ?? auto,
    autoOffSites: unset && !auto ? siteCount : null,
  };
}

/** Review settings of one sample and a setter that remembers them. Key the caller by sample. */
export function useReviewSettings(sampleId: string) {
  return usePersistentState(
    `wafer-annotator:review:${sampleId}`,
    ReviewSettings,
    () => DEFAULT_REVIEW_SETTINGS,
  );
}
