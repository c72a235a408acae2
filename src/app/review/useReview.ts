/**
 * Everything the review shows, derived from what is stored: the property list (from the
 * unfiltered query), the chosen property's records (a server-filtered query by property and
 * source), the unit they are shown in (never mixed), the colour scale, the map layer, the sites
 * of the interpolated map and its worker state, and the record selection. One source of truth
 * for the property: the map toolbar's "Colour by" and the review's "Property" both set it.
 */
import { useIsMutating } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { matchesFilters } from '../../api/annotationCache';
import { useAnnotations, useFilteredAnnotations } from '../../api/queries';
import type { AnnotationFilters, SpatialAnnotation } from '../../api/schemas';
import { convexHull, fractionOutsideHull } from '../../domain/geometry/convexHull';
import type { SampleOutline } from '../../domain/geometry/outline';
import { outlinePolygonMm } from '../../domain/geometry/outlinePath';
import type { PointMm } from '../../domain/geometry/point';
import { reviewColorScale, type ValueLimits } from '../../domain/review/colorSettings';
import {
  allInUnit,
  commonDisplayUnits,
  resolveUnit,
  unitBreakdown,
} from '../../domain/review/units';
import { summarizeProperties } from '../../domain/stats/properties';
import { useUnitConverter } from '../../panels/useUnitConverter';
import { bulkMutationKey } from '../submitMutation';
import { useHeldWhile } from '../useHeldWhile';
import { usePlacedRecords, useRecordLayer } from '../useRecordLayer';
import { fieldVisibility, type ReviewSettings, useReviewSettings } from './reviewSettings';
import { useInterpolatedField } from './useInterpolatedField';
import { useRecordSelection } from './useRecordSelection';

const NO_RECORDS: SpatialAnnotation[] = [];

/** A shown record placed on the sample, with its value. */
export interface ReviewSite extends PointMm {
  id: string;
  value: number;
}

/** The typed colour range and spec limits of each property, kept in the sample's setup. */
export interface ReviewLimits {
  limitsFor: (property: string | null, unit: string | null) => ValueLimits;
  setLimits: (property: string, unit: string | null, limits: ValueLimits) => void;
  /** What the setup's last save or a colleague's change needs saying (SaveStatus.notice). */
  status?: { notice: string | null };
}

/**
 * The review of one sample (key the caller by sample): settings, queries, the shown records and
 * unit, colours, map layer, field and selection. `stageToSample` places stage_absolute records;
 * `limits` reads and writes the typed limits (the sample's setup).
 */
export function useReview(
  sampleId: string,
  outline: SampleOutline,
  stageToSample: ((p: PointMm) => PointMm) | null,
  limits: ReviewLimits,
) {
  const [settings, setSettings] = useReviewSettings(sampleId);
  const update = useCallback(
    (changes: Partial<ReviewSettings>) => setSettings((s) => ({ ...s, ...changes })),
    [setSettings],
  );

  const all = useAnnotations(sampleId);
  const allRecords = all.data ?? NO_RECORDS;
  const properties = useMemo(() => summarizeProperties(allRecords), [allRecords]);
  // Without a choice the most recent property is shown, and then kept for this visit: editing
  // a record of another property makes that one the most recent, and the view must not jump.
  const [pinned, setPinned] = useState<string | null>(null);
  const exists = (name: string | null) => name !== null && properties.some((p) => p.name === name);
  const property = exists(settings.property)
    ? settings.property
    : exists(pinned)
      ? pinned
      : (properties[0]?.name ?? null);
  useEffect(() => {
    if (property !== null && property !== pinned) setPinned(property);
  }, [property, pinned]);
  const sources = useMemo(() => {
    const seen = new Set<string>();
    for (const r of allRecords) {
      if (r.property_name === property && r.char_source_type) seen.add(r.char_source_type);
    }
    return [...seen].sort();
  }, [allRecords, property]);
  const source =
    settings.source !== null && sources.includes(settings.source) ? settings.source : null;

  const filters = useMemo((): AnnotationFilters | null => {
    if (property === null) return null;
    return source === null
      ? { property_name: property }
      : { property_name: property, char_source_type: source };
  }, [property, source]);
  const placeholder = useMemo(
    () => (filters ? allRecords.filter((r) => matchesFilters(r, filters)) : undefined),
    [allRecords, filters],
  );
  const submitting = useIsMutating({ mutationKey: bulkMutationKey(sampleId) }) > 0;
  const filtered = useFilteredAnnotations(sampleId, filters, placeholder, submitting);
  const propertyRecords = (filters && filtered.data) || NO_RECORDS;
  const units = useMemo(() => unitBreakdown(propertyRecords), [propertyRecords]);
  const displayUnits = useMemo(() => commonDisplayUnits(units), [units]);
  const converter = useUnitConverter(displayUnits.length > 0);
  const allIn = allInUnit(settings.unit);
  /** The unit every record is converted to for display, or null (one stored unit shown). */
  const convertedTo = allIn !== null && converter && displayUnits.includes(allIn) ? allIn : null;
  const unit = convertedTo ?? resolveUnit(allIn === null ? settings.unit : null, units);
  const shown = useMemo(
    () =>
      convertedTo !== null && converter
        ? propertyRecords.flatMap((r) => {
            if (r.property_unit === convertedTo) return [r];
            const v = converter.convertValue(r.property_value, r.property_unit, convertedTo);
            return v === null ? [] : [{ ...r, property_value: v, property_unit: convertedTo }];
          })
        : propertyRecords.filter((r) => (r.property_unit ?? '') === unit),
    [propertyRecords, unit, convertedTo, converter],
  );

  const { limitsFor, setLimits } = limits;
  const typed = limitsFor(property, unit);
  const setTyped = useCallback(
    (values: ValueLimits) => {
      if (property !== null) setLimits(property, unit, values);
    },
    [property, unit, setLimits],
  );
  const values = useMemo(() => shown.map((r) => r.property_value), [shown]);
  const colour = useMemo(
    () => reviewColorScale(values, settings.colorMap, typed),
    [values, settings.colorMap, typed],
  );
  const shownValues = useMemo(() => new Map(shown.map((r) => [r.id, r.property_value])), [shown]);
  // A converted view shows every unit it can convert: the rest differ in unit from `unit`.
  const coloring = useMemo(
    () => ({
      shownValues,
      scale: colour.scale,
      limits: colour.limits,
      shownProperty: property === null ? null : { name: property, unit },
    }),
    [shownValues, colour, property, unit],
  );

  const placed = usePlacedRecords(allRecords, stageToSample);
  const selection = useRecordSelection(allRecords, placed.pointById);
  const layer = useRecordLayer(allRecords, placed, coloring, selection.selected);

  const sites = useMemo(
    () =>
      shown.flatMap((r): ReviewSite[] => {
        const p = placed.pointById.get(r.id);
        return p ? [{ id: r.id, xMm: p.xMm, yMm: p.yMm, value: r.property_value }] : [];
      }),
    [shown, placed],
  );
  // While a bulk submit runs, the interpolated map (and whether to draw one) follows the sites
  // as they were when it started: a map of a half-stored series would be stale within a second,
  // and its worker would take a core from the page and the server. It catches up at the end.
  const mapSites = useHeldWhile(sites, submitting);
  const fieldView = useMemo(() => fieldVisibility(settings, mapSites), [settings, mapSites]);
  const wantField = fieldView.showField || fieldView.showContours;
  const fieldInput = useMemo(
    () =>
      wantField && property !== null && mapSites.length > 0
        ? {
            seriesKey: JSON.stringify([property, unit, source]),
            sites: mapSites.map(({ xMm, yMm, value }) => ({ xMm, yMm, value })),
            outline,
            method: settings.method,
          }
        : null,
    [wantField, property, unit, source, mapSites, outline, settings.method],
  );
  const field = useInterpolatedField(fieldInput);
  const clipPolygon = useMemo(() => outlinePolygonMm(outline, outline.edgeExclusionMm), [outline]);
  /** Share of the measurable area the drawn map extrapolates (outside the sites' hull); 0
   * when no map is drawn. */
  const extrapolatedFraction = useMemo(
    () => (wantField && field.field ? fractionOutsideHull(clipPolygon, convexHull(mapSites)) : 0),
    [wantField, field.field, clipPolygon, mapSites],
  );

  /** A record marker clicked on the map: select its row and scroll to it. */
  const pickMarker = selection.showInTable;

  const setProperty = useCallback(
    (name: string) => update({ property: name, source: null, unit: null }),
    [update],
  );

  return {
    settings,
    update,
    all,
    allRecords,
    properties,
    property,
    setProperty,
    sources,
    source,
    filtered,
    propertyRecords,
    units,
    unit,
    /** Units all records can be shown in together (display only); [] when none. */
    displayUnits,
    /** The unit the records are converted to for display, or null when shown as stored. */
    convertedTo,
    shown,
    typed,
    setTyped,
    colour,
    layer,
    selection,
    pickMarker,
    sites,
    field,
    fieldView,
    extrapolatedFraction,
    clipPolygon,
    /** A sentence about the shared setup (a colleague's change, a replaced value), or null. */
    setupNotice: limits.status?.notice ?? null,
  };
}

/** What useReview returns. */
export type Review = ReturnType<typeof useReview>;
