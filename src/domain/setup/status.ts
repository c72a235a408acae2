/**
 * Shapes the setup panels show and edit: the submit frame with its stage calibration, where the
 * setup is saved, and whether the outline is set. Defined here (not in app/) so panels and app
 * share them without panels importing app.
 */
import { z } from 'zod';
import { StageCalibrationSchema } from '../frames/calibration';
import type { SetupHome } from './migration';

/**
 * The submit frame and stage calibration of a sample, as panels edit them. Part of the sample's
 * setup, saved with the sample on the server; earlier versions kept them in localStorage under
 * `wafer-annotator:frame:<sample id>` in this shape.
 */
export const FrameSettings = z.object({
  frame: z.enum(['sample_relative', 'stage_absolute']),
  calibration: StageCalibrationSchema.nullable(),
});
export type FrameSettings = z.infer<typeof FrameSettings>;

/** Where the panel says the setup is. */
export interface SaveStatus {
  home: SetupHome;
  /**
   * 'loading': reading the server; 'new': the server holds no setup and nothing was changed yet;
   * 'pending'/'saving': a write is due or under way; 'saved': the server holds what is shown;
   * 'browser': this browser only.
   */
  state: 'loading' | 'new' | 'pending' | 'saving' | 'saved' | 'browser';
  /** Why it is in this browser only (after "saved in this browser only: "), without a period. */
  reason: string | null;
  /** Sentences about the last open, save or colleague's change; null when nothing to say. */
  notice: string | null;
}

/** 'set': chosen or confirmed by someone; 'guessed': read from the name; 'missing': neither. */
export type OutlineStatus = 'set' | 'guessed' | 'missing';
