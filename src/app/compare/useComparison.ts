/**
 * The comparison of one property across the samples: which properties and units there are, the
 * unit shown (records in other units of the same dimension converted for display only, when
 * asked), each sample's sites and statistics, the table's rows in order, one colour scale over
 * every sample, the shared spec limits and the lot summary.
 */
import { useMemo } from 'react';
import { formatValue } from '../../domain/color/colorBarLabels';
import { type ColorScale, makeColorScale } from '../../domain/color/colorScale';
import type { SpecLimits } from '../../domain/color/specLimits';
import type { SampleOutline } from '../../domain/geometry/outline';
import { choiceNotice } from '../../domain/lot/choiceNotice';
import {
  outlineAroundSites,
  propertiesAcross,
  type SampleSites,
  type SharedLimits,
  sharedLimits,
  sitesOfProperty,
  slotOfSample,
} from '../../domain/lot/compareInputs';
import {
  type ComparisonRow,
  type ComparisonSort,
  sortComparisonRows,
} from '../../domain/lot/comparisonTable';
import { type LotSummary, lotSummary, sampleStatistics } from '../../domain/lot/lotStatistics';
import {
  commonDisplayUnits,
  resolveUnit,
  type UnitCount,
  unitBreakdown,
} from '../../domain/review/units';
import { limitsOf } from '../../domain/setup/setup';
import { useUnitConverter } from '../../panels/useUnitConverter';
import type { CompareOptions } from './compareOptions';
import type { ComparedSampleBase } from './useComparedSamples';

/** A compared sample with its sites of the chosen property. */
export interface ComparedSample extends ComparedSampleBase {
  /** The outline to draw (the rectangle around the sites when none is set or guessed). */
  drawOutline: SampleOutline;
  sites: SampleSites;
  /** This sample's own spec limits for the property in the shown unit. */
  limits: SpecLimits;
  slot: number | null;
}

export interface Comparison {
  properties: ReturnType<typeof propertiesAcross>;
  property: string | null;
  /** Units the property's records carry over all samples ('' = no unit), most frequent first. */
  units: UnitCount[];
  /** The unit shown ('' = no unit); null without a property. */
  unit: string | null;
  /** Units the records can all be shown in together (same dimension); [] when not. */
  convertible: string[];
  /** Records are converted into `unit` (display only). */
  converting: boolean;
  /** The converter is still loading (conversion asked for). */
  converterLoading: boolean;
  samples: ComparedSample[];
  /** The table's rows, sorted by `sort`. */
  rows: ComparisonRow[];
  /** The order in force: the chosen one, else by slot when every sample has one, else by name. */
  sort: ComparisonSort;
  scale: ColorScale | null;
  shared: SharedLimits;
  lot: LotSummary;
  /** Why the property or unit shown is not the one asked for (choiceNotice), or null. */
  choiceNotice: string | null;
}

const limitValues = (l: { lsl?: number; usl?: number } | undefined): SpecLimits => ({
  ...(l?.lsl === undefined ? {} : { lsl: l.lsl }),
  ...(l?.usl === undefined ? {} : { usl: l.usl }),
});

/** The default order: by slot when every sample has one, else by name. */
function defaultSort(samples: readonly { slot: number | null }[]): ComparisonSort {
  const bySlot = samples.length > 0 && samples.every((s) => s.slot !== null);
  return { key: bySlot ? 'slot' : 'name', direction: 'asc' };
}

/** The comparison of `chosen.property` in `chosen.unit` over `bases` (see the module comment). */
export function useComparison(
  bases: readonly ComparedSampleBase[],
  chosen: { property: string | null; unit: string | null },
  options: CompareOptions,
): Comparison {
  const properties = useMemo(() => propertiesAcross(bases.map((b) => b.records)), [bases]);
  const property =
    chosen.property && properties.some((p) => p.name === chosen.property)
      ? chosen.property
      : (properties[0]?.name ?? null);
  const units = useMemo(
    () =>
      unitBreakdown(bases.flatMap((b) => b.records.filter((r) => r.property_name === property))),
    [bases, property],
  );
  const unit = property === null ? null : resolveUnit(chosen.unit, units);
  const convertible = useMemo(() => commonDisplayUnits(units), [units]);
  const wantsConversion = options.convert && unit !== null && convertible.includes(unit);
  const converter = useUnitConverter(wantsConversion);
  const converting = wantsConversion && converter !== null;

  const samples = useMemo((): ComparedSample[] => {
    const factor =
      converting && converter && unit !== null
        ? (from: string) => converter.conversionFactor(from || null, unit || null)
        : undefined;
    return bases.map((b) => {
      const sites =
        property === null || unit === null
          ? { sites: [], otherUnit: 0, unplaced: 0, converted: 0 }
          : sitesOfProperty(b.records, property, { unit, factor }, b.stageToSample);
      const own =
        b.setup && property && unit !== null ? limitsOf(b.setup, property, unit) : undefined;
      return {
        ...b,
        drawOutline: b.outline ?? outlineAroundSites(sites.sites),
        sites,
        limits: limitValues(own),
        slot: slotOfSample(b.listed ? b.name : null, b.records),
      };
    });
  }, [bases, property, unit, converting, converter]);

  const stats = useMemo(
    () =>
      sampleStatistics(
        samples.map((s) => ({
          sampleId: s.id,
          name: s.name,
          values: s.sites.sites.map((x) => x.value),
        })),
        options.nonUniformity,
      ),
    [samples, options.nonUniformity],
  );
  const sort = useMemo(() => options.sort ?? defaultSort(samples), [options.sort, samples]);
  const rows = useMemo(() => {
    const unsorted: ComparisonRow[] = stats.map((r, i) => ({
      ...r,
      date: samples[i]?.createdAt ?? null,
      slot: samples[i]?.slot ?? null,
    }));
    return sortComparisonRows(unsorted, sort);
  }, [stats, samples, sort]);
  const scale = useMemo(
    () =>
      makeColorScale(
        samples.flatMap((s) => s.sites.sites.map((x) => x.value)),
        { map: options.map },
      ),
    [samples, options.map],
  );
  const shared = useMemo(
    () =>
      sharedLimits(
        samples.map((s) => s.limits),
        formatValue,
      ),
    [samples],
  );
  const lot = useMemo(() => lotSummary(stats), [stats]);
  return {
    properties,
    property,
    units,
    unit,
    convertible,
    converting,
    converterLoading: wantsConversion && converter === null,
    samples,
    rows,
    sort,
    scale,
    shared,
    lot,
    choiceNotice: properties.length === 0 ? null : choiceNotice(chosen, { property, unit }),
  };
}
