/**
 * Values of an import collected per property, for the previews' "n, mean, σ" lines. Keyed by
 * name and unit: values in nm and in Å under one name are never averaged together.
 */
import { summarizeValues } from '../domain/stats/uniformity';
import { precisionOf } from '../domain/values/decimalPrecision';

/** One property of a preview: its name, unit and the summary of its values. */
export interface PropertyStats {
  name: string;
  unit: string | null;
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
  /** Decimals the values carry (precisionOf; the display rule of decimalPrecision.ts). */
  decimals: number;
}

/** Collects values by (property_name, property_unit), in order of first appearance. */
export class PropertyTally {
  private readonly byKey = new Map<
    string,
    { name: string; unit: string | null; values: number[] }
  >();

  add(name: string, unit: string | null, value: number): void {
    const key = JSON.stringify([name, unit]);
    const entry = this.byKey.get(key);
    if (entry) entry.values.push(value);
    else this.byKey.set(key, { name, unit, values: [value] });
  }

  /** One PropertyStats per property seen, in order of first appearance. */
  stats(): PropertyStats[] {
    return [...this.byKey.values()].map(({ name, unit, values }) => {
      const s = summarizeValues(values);
      return { name, unit, n: s.n, mean: s.mean, sd: s.sd, decimals: precisionOf(values) };
    });
  }
}
