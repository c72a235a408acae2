/** Specification limits of a measured property, for marking out-of-spec sites distinctly. */

export interface SpecLimits {
  /** Lower specification limit (value units); omitted = no lower limit. */
  lsl?: number;
  /** Upper specification limit (value units); omitted = no upper limit. */
  usl?: number;
}

export type SpecClass = 'below' | 'within' | 'above';

/**
 * Where a value stands against the limits: 'below' when value < LSL, 'above' when value > USL,
 * otherwise 'within' (the limits themselves are in spec, as in SEMI/ISO tolerance practice).
 * A missing or non-finite limit is not checked. Throws RangeError for a NaN value (it has no
 * place against the limits) or LSL > USL.
 */
export function classifySpec(value: number, limits: SpecLimits): SpecClass {
  const { lsl, usl } = limits;
  if (Number.isNaN(value)) throw new RangeError('cannot classify NaN against spec limits');
  if (lsl !== undefined && usl !== undefined && lsl > usl) {
    throw new RangeError(`lower spec limit ${lsl} is above the upper limit ${usl}`);
  }
  if (lsl !== undefined && Number.isFinite(lsl) && value < lsl) return 'below';
  if (usl !== undefined && Number.isFinite(usl) && value > usl) return 'above';
  return 'within';
}
