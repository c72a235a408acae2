/**
 * The outline chosen for each sample, kept in localStorage: the API has no field for geometry.
 */
import { type SampleOutline, STANDARD_WAFERS, standardWafer } from '../domain/geometry/outline';
import { SampleOutlineSchema } from '../domain/geometry/outlineSchema';
import { usePersistentState } from './persistent';

/**
 * A first guess from the sample's name: a standard diameter written as "150 mm", "150mm" or
 * 2/3/4/5/6/8/12 inch ("6 in", '6"') picks that wafer; otherwise a 150 mm wafer.
 */
export function guessOutline(sampleName: string | null): SampleOutline {
  const name = sampleName ?? '';
  const mm = /(\d+(?:\.\d+)?)\s*mm\b/i.exec(name);
  const inch = /\b(\d+)\s*(?:"|in\b|inch)/i.exec(name);
  const inchToMm: Record<string, number> = {
    2: 50.8,
    3: 76.2,
    4: 100,
    5: 125,
    6: 150,
    8: 200,
    12: 300,
  };
  const diameter = mm ? Number(mm[1]) : inch?.[1] ? inchToMm[inch[1]] : undefined;
  if (diameter !== undefined && STANDARD_WAFERS.some((w) => w.diameterMm === diameter)) {
    return standardWafer(diameter);
  }
  return standardWafer(150);
}

/** The outline of one sample and a setter that remembers it. Key the caller by sample id. */
export function useSampleOutline(sampleId: string, sampleName: string | null) {
  return usePersistentState(`wafer-annotator:outline:${sampleId}`, SampleOutlineSchema, () =>
    guessOutline(sampleName),
  );
}
