/**
 * Below a property row of the entry form: when the sample (or the lab) stores this property in
 * another unit of the same dimension (thickness typed in Å, stored in nm), says so and offers
 * "Convert Å to nm before staging", exactly as the import offers it for a column (unitOffer,
 * conversionFactor; off unless ticked, so nothing typed is rewritten behind the user's back).
 */
import { useState } from 'react';
import type { UnitConversion } from '../domain/staging/entry';
import { type KnownProperty, unitOffer } from '../io/vocabulary';
import { useUnitConverter } from './useUnitConverter';

interface UnitConvertOfferProps {
  /** The row's property name and unit as typed. */
  name: string;
  unit: string;
  known: readonly KnownProperty[];
  /** The conversion ticked for this name and unit, or null. */
  conversion: UnitConversion | null;
  onChange: (conversion: UnitConversion | null) => void;
}

export function UnitConvertOffer(p: UnitConvertOfferProps) {
  const offer = unitOffer(p.name, p.unit, p.known);
  const converter = useUnitConverter(offer !== null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!offer) return null;
  const toggle = (on: boolean) => {
    setProblem(null);
    if (!on || !converter) return p.onChange(null);
    const factor = converter.conversionFactor(offer.from, offer.to);
    if (factor === null) return setProblem(`${offer.from} cannot be converted to ${offer.to}.`);
    p.onChange({ unit: offer.to, factor });
  };
  const name = p.name.trim();
  return (
    <div className="unit-offer">
      <p className="hint hint-warning">
        {p.conversion
          ? `Values are converted from ${offer.from} and staged in ${offer.to}, the unit ${name} is stored in.`
          : `${name} is stored in ${offer.to}: values typed in ${offer.from} are staged in ${offer.from}, a separate unit under Review.`}
      </p>
      <label className="checkbox import-convert">
        <input
          type="checkbox"
          checked={p.conversion !== null}
          disabled={!converter}
          onChange={(e) => toggle(e.target.checked)}
        />
        Convert {offer.from} to {offer.to} before staging
      </label>
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
}
