/** The sample's stage calibration and the frame its submits use, kept in localStorage. */
import { z } from 'zod';
import { StageCalibrationSchema } from '../domain/frames/calibration';
import { usePersistentState } from './persistent';

const FrameSettings = z.object({
  frame: z.enum(['sample_relative', 'stage_absolute']),
  calibration: StageCalibrationSchema.nullable(),
});
export type FrameSettings = z.infer<typeof FrameSettings>;

export function useFrameSettings(sampleId: string) {
  return usePersistentState(`wafer-annotator:frame:${sampleId}`, FrameSettings, () => ({
    frame: 'sample_relative' as const,
    calibration: null,
  }));
}
