/** zod schema of a sample outline, for localStorage (the API has no field for geometry). */
import { z } from 'zod';
import type { SampleOutline } from './outline';

const positive = z.number().finite().positive();
const nonNegative = z.number().finite().min(0);

export const SampleOutlineSchema: z.ZodType<SampleOutline> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('wafer'),
    diameterMm: positive,
    mark: z.enum(['flat', 'notch', 'none']),
    flatLengthMm: nonNegative,
    markAngleDeg: z.number().finite(),
    edgeExclusionMm: nonNegative,
  }),
  z.object({
    kind: z.literal('rectangle'),
    widthMm: positive,
    heightMm: positive,
    edgeExclusionMm: nonNegative,
  }),
]);
