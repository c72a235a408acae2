/** Whether the map draws its mm axis rulers, remembered for all samples. */
import { z } from 'zod';
import { usePersistentState } from './persistent';

/** [shown, set] of the map's axis rulers (off until turned on). */
export function useMapAxes() {
  return usePersistentState('wafer-annotator:map-axes', z.boolean(), () => false);
}
