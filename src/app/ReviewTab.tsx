/**
 * Review of what is stored for the open sample: what to show (property, source, unit), colour
 * and interpolated-map settings, uniformity statistics, the radial profile, and the
 * "Annotations" table with editing. All data comes from `useReview` (one source of truth,
 * shared with the map).
 */
import { useDeferredValue, useMemo } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import type { SampleOutline } from '../domain/geometry/outline';
import { outlinePolygonMm } from '../domain/geometry/outlinePath';
import { specClassOf } from '../domain/review/colorSettings';
import { formatValue } from '../panels/ColorBar';
import { ColorControls } from '../panels/review/ColorControls';
import { FieldControls } from '../panels/review/FieldControls';
import { type ProfilePoint, RadialProfile } from '../panels/review/RadialProfile';
import { ShowControls } from '../panels/review/ShowControls';
import { StatsPanel } from '../panels/review/StatsPanel';
import { RecordsSection } from './review/RecordsSection';
import type { Review } from './review/useReview';

/** Most points the radial profile draws one by one. */
export const PROFILE_MAX_POINTS = 2000;

interface ReviewTabProps {
  sampleId: string;
  review: Review;
  outline: SampleOutline;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenSettings: () => void;
  /** Downloads the given records (what the table lists) as CSV. */
  onExportCsv: (records: SpatialAnnotation[]) => void;
  /** False while the tab is hidden: the chart is not rendered (it follows every data change). */
  active: boolean;
}

/** The Review tab's panels, fed by `useReview`; highlight is shared with the map. */
export function ReviewTab({
  sampleId,
  review,
  outline,
  highlightedId,
  onHighlight,
  onOpenSettings,
  onExportCsv,
  active,
}: ReviewTabProps) {
  const { settings, update, property, unit, colour, sites, field } = review;
  const values = useMemo(() => review.shown.map((r) => r.property_value), [review.shown]);
  // One SVG element per point: above PROFILE_MAX_POINTS an even subsample is drawn (and said
  // so), which keeps the chart readable and the page responsive with 100,000 records.
  const profileStep = Math.max(1, Math.ceil(sites.length / PROFILE_MAX_POINTS));
  const profile = useMemo(
    (): ProfilePoint[] =>
      colour.scale
        ? sites
            .filter((_, i) => i % profileStep === 0)
            .map((s) => ({
              id: s.id,
              rMm: Math.hypot(s.xMm, s.yMm),
              value: s.value,
              color: colour.scale?.color(s.value) ?? '#888',
              spec: specClassOf(s.value, colour.limits),
            }))
        : [],
    [sites, colour, profileStep],
  );
  // Thousands of SVG points: drawn just after the statistics and the map, not before them.
  const chartPoints = useDeferredValue(profile);
  // The radius axis ends at the sample's farthest edge point (the wafer radius).
  const rMax = useMemo(
    () => Math.max(...outlinePolygonMm(outline).map((p) => Math.hypot(p.xMm, p.yMm))),
    [outline],
  );
  const mean = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
  return (
    <>
      <section className="panel" aria-labelledby="review-show-heading">
        <h2 id="review-show-heading">Show</h2>
        {property === null ? (
          <p className="muted">
            Nothing is stored for this sample yet. Submit measurements from the Entry tab.
          </p>
        ) : (
          <>
            <ShowControls
              properties={review.properties}
              property={property}
              onProperty={review.setProperty}
              sources={review.sources}
              source={review.source}
              onSource={(source) => update({ source, unit: null })}
              units={review.units}
              unit={unit}
              onUnit={(u) => update({ unit: u })}
              displayUnits={review.displayUnits}
              convertedTo={review.convertedTo}
            />
            <h3>Colour</h3>
            <ColorControls
              map={settings.colorMap}
              onMap={(colorMap) => update({ colorMap })}
              typed={review.typed}
              onTyped={review.setTyped}
              unit={unit ?? ''}
              problem={colour.problem}
            />
            {review.setupNotice && (
              <p className="notice notice-info setup-notice" role="status">
                {review.setupNotice}
              </p>
            )}
            <h3>Interpolated map</h3>
            <FieldControls
              method={settings.method}
              onMethod={(method) => update({ method })}
              showField={review.fieldView.showField}
              showContours={review.fieldView.showContours}
              autoOffSites={review.fieldView.autoOffSites}
              extrapolatedFraction={review.extrapolatedFraction}
              showLabels={settings.showLabels}
              onToggle={update}
              field={field.field}
              computing={field.computing}
              message={field.message}
              elapsedMs={field.elapsedMs}
            />
          </>
        )}
      </section>
      {property !== null && (
        <section className="panel" aria-labelledby="stats-heading">
          <h2 id="stats-heading">
            Statistics: {property}
            {unit ? ` (${unit}${review.convertedTo ? ', converted for display' : ''})` : ''}
          </h2>
          <StatsPanel
            unit={unit ?? ''}
            values={values}
            sites={sites}
            outline={outline}
            definition={settings.nonUniformity}
            onDefinition={(nonUniformity) => update({ nonUniformity })}
            insideOnly={settings.insideExclusionOnly}
            onInsideOnly={(insideExclusionOnly) => update({ insideExclusionOnly })}
            perRing={settings.perRing}
            onPerRing={(perRing) => update({ perRing })}
            limits={colour.limits}
          />
        </section>
      )}
      {property !== null && profile.length > 0 && (
        <section className="panel" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Radial profile</h2>
          {profileStep > 1 && (
            <p className="hint">
              Showing every {profileStep}th of {sites.length} points ({profile.length} drawn).
            </p>
          )}
          {active && (
            <RadialProfile
              points={chartPoints}
              rMaxMm={rMax}
              propertyName={property}
              unit={unit ?? ''}
              mean={mean}
              limits={colour.limits}
              highlightedId={highlightedId}
              onHighlight={onHighlight}
              formatValue={formatValue}
            />
          )}
        </section>
      )}
      <RecordsSection
        sampleId={sampleId}
        review={review}
        highlightedId={highlightedId}
        onHighlight={onHighlight}
        onOpenSettings={onOpenSettings}
        onExportCsv={onExportCsv}
      />
    </>
  );
}
