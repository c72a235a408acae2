/** The snap step (mm; 0 = off), remembered for all samples. */
import { z } from 'zod';
import { SNAP_STEPS_MM } from '../domain/staging/snap';
import { usePersistentState } from './persistent';

const SnapStep = z.number().refine((v) => (SNAP_STEPS_MM as readonly number[]).includes(v));

export function useSnapStep() {
  return usePersistentState('wafer-annotator:snap-mm', SnapStep, () => 0);
}
