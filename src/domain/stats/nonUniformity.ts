/**
 * The non-uniformity definitions of thin-film metrology, one row each: id, name, the formula as
 * the UI writes it next to the number, and its computation (in %). The first is the default;
 * to add a definition, add a row.
 */

/** What a non-uniformity is computed from (n ≥ 1; σ null for n < 2). */
export interface SpreadFigures {
  mean: number;
  sd: number | null;
  min: number;
  max: number;
}

export interface NonUniformityDefinition {
  id: string;
  /** Short name for a selector. */
  label: string;
  /** The formula as the UI writes it next to the number; the result is in %. */
  formula: string;
  /** The figure in %, or null when its denominator is 0 or σ is undefined. */
  compute: (s: SpreadFigures) => number | null;
}

/** `numerator / denominator · 100`, or null when the denominator is 0. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * 100;
}

/**
 * The definitions the user can choose from; the first is the default. Half range over mean is
 * the SEMI/KLA-style "(max − min)/(2·mean)" figure.
 */
export const NON_UNIFORMITY_DEFINITIONS = [
  {
    id: 'half-range-over-mean',
    label: 'Half range / mean',
    formula: '(max − min) / (2 · mean) · 100 %',
    compute: (s) => percent(s.max - s.min, 2 * s.mean),
  },
  {
    id: 'range-over-sum',
    label: 'Range / (max + min)',
    formula: '(max − min) / (max + min) · 100 %',
    compute: (s) => percent(s.max - s.min, s.max + s.min),
  },
  {
    id: 'range-over-mean',
    label: 'Range / mean',
    formula: '(max − min) / mean · 100 %',
    compute: (s) => percent(s.max - s.min, s.mean),
  },
  {
    id: 'sd-over-mean',
    label: 'σ / mean',
    formula: 'σ / mean · 100 %',
    compute: (s) => (s.sd === null ? null : percent(s.sd, s.mean)),
  },
] as const satisfies readonly NonUniformityDefinition[];

export type NonUniformityDefinitionId = (typeof NON_UNIFORMITY_DEFINITIONS)[number]['id'];

/** Every definition id, for a zod enum of saved settings. */
export const NON_UNIFORMITY_IDS = NON_UNIFORMITY_DEFINITIONS.map((d) => d.id) as [
  NonUniformityDefinitionId,
  ...NonUniformityDefinitionId[],
];

export const DEFAULT_NON_UNIFORMITY: NonUniformityDefinitionId = NON_UNIFORMITY_DEFINITIONS[0].id;

/** The definition of `id` (the default for an id no longer known). */
export function nonUniformityDefinition(id: string): NonUniformityDefinition {
  return NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === id) ?? NON_UNIFORMITY_DEFINITIONS[0];
}
