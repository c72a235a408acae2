/**
 * The submit frame and stage calibration of a sample, as panels edit them. They are part of the
 * sample's setup (src/domain/setup), saved with the sample on the server; earlier versions kept
 * them in localStorage under `wafer-annotator:frame:<sample id>` in this shape.
 */
import { z } from 'zod';
import { StageCalibrationSchema } from '../domain/frames/calibration';

export const FrameSettings = z.object({
  frame: z.enum(['sample_relative', 'stage_absolute']),
  calibration: StageCalibrationSchema.nullable(),
});
export type FrameSettings = z.infer<typeof FrameSettings>;
