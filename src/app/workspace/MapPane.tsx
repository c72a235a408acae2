/**
 * The map half of the sample workspace: the toolbar, the map with every layer (stored records,
 * staged points, pattern targets, the pending point, an import's preview, the interpolated map),
 * the colour bar and legend beside it, and the status line below.
 */

import type { PhysicalSample } from '../../api/schemas';
import { legendEntries } from '../../canvas/legend';
import type { MapHighlight } from '../../canvas/mapTypes';
import { SampleMap } from '../../canvas/SampleMap';
import { MapToolbar } from '../../panels/MapToolbar';
import { outlineSummary } from '../../panels/SetupOutlinePanel';
import { entryMessages } from '../entry/messages';
import type { EntrySession } from '../entry/useEntrySession';
import { describeRecordMarker, MapAside, reviewUnderlay } from '../review/reviewMap';
import type { Review } from '../review/useReview';
import type { WorkspaceSetup } from '../setup/useWorkspaceSetup';
import type { useImportExport } from '../useImportExport';
import { useMapAxes } from '../useMapAxes';
import { useSnapStep } from '../useSnapStep';

/** How the map draws each outline status: only a set outline is drawn solid. */
const OUTLINE_STATE = { set: 'set', guessed: 'guessed', missing: 'suggested' } as const;

interface MapPaneProps {
  sample: PhysicalSample;
  setup: WorkspaceSetup;
  entry: EntrySession;
  review: Review;
  io: ReturnType<typeof useImportExport>;
  /** Whether a click on a stored record picks it (Review) or places a point as usual. */
  tab: 'entry' | 'review';
  highlight: MapHighlight | null;
  onHighlight: (highlight: MapHighlight | null) => void;
  onHelp: () => void;
}

/** The map pane; see the module comment. */
export function MapPane({ sample, setup, entry, review, io, tab, ...p }: MapPaneProps) {
  const [snapStepMm, setSnapStepMm] = useSnapStep();
  const [showAxes, setShowAxes] = useMapAxes();
  const { outline } = setup;
  const { layer } = review;
  const staged = entry.stagedPoints;
  const extrapolated = review.extrapolatedFraction > 0;
  const preview = io.importFlow.preview;
  return (
    <section className="map-panel" aria-label="Map">
      <MapToolbar
        title={sample.name ?? 'Unnamed sample'}
        outlineText={outlineSummary(
          outline,
          setup.outlineStatus === 'guessed' ? 'set' : setup.outlineStatus,
        ).replace(/^Outline: /, setup.outlineStatus === 'missing' ? 'outline ' : '')}
        outlineGuessed={setup.outlineStatus === 'guessed'}
        properties={review.properties}
        colorProperty={review.property}
        onColorProperty={review.setProperty}
        snapStepMm={snapStepMm}
        onSnapStep={setSnapStepMm}
        showAxes={showAxes}
        onShowAxes={setShowAxes}
        canUndo={entry.canUndo}
        canRedo={entry.canRedo}
        onUndo={entry.undo}
        onRedo={entry.redo}
        onHelp={p.onHelp}
        onExportPng={io.openPng}
      />
      <div className="map-area">
        <SampleMap
          outline={outline}
          outlineState={OUTLINE_STATE[setup.outlineStatus]}
          layers={{
            records: layer.markers,
            staged,
            targets: entry.targets,
            pending: entry.pending,
            preview,
            underlay: reviewUnderlay(review),
            extrapolated,
          }}
          selectedIds={entry.selection.selected}
          highlight={p.highlight}
          snapStepMm={snapStepMm}
          showAxes={showAxes}
          focusRequest={review.selection.focus}
          label={entryMessages.mapLabel(
            sample.name,
            outline,
            review.allRecords.length,
            entry.staged.length,
          )}
          handlers={{
            onPlace: entry.place,
            onPlaceOutside: entry.placeOutside,
            onActivateTarget: entry.activateTarget,
            onActivateRecord: tab === 'review' ? review.pickMarker : undefined,
            onSelect: entry.selection.select,
            onMoveSelection: entry.moveSelection,
            onDeleteSelection: entry.deleteSelection,
            onHover: (t) => p.onHighlight(t && t.kind !== 'target' ? t : null),
            describeTarget: (t) =>
              t.kind === 'record' ? describeRecordMarker(review, t.id) : entry.describe(t),
          }}
          imageRef={io.imageRef}
        />
        <MapAside
          review={review}
          legend={legendEntries({
            records: layer.markers,
            staged,
            targets: entry.targets,
            preview,
            extrapolated,
          })}
        />
      </div>
      <p className="map-status" role="status" aria-label="Map messages" title={entry.status}>
        {entry.status}
        {layer.unplaced.count > 0 && (
          <span className="unplaced">
            {layer.unplaced.count} stored record{layer.unplaced.count === 1 ? ' is' : 's are'} not
            drawn: {layer.unplaced.reasons.join('; ')}.
          </span>
        )}
      </p>
    </section>
  );
}
