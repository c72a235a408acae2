/**
 * The sample workspace's way in and out: the import dialog's flow (staging its points as one
 * undoable `add`), CSV export of the staged and stored lists, and PNG export of the map. The
 * export code is its own chunk, loaded on the first export.
 */
import { useCallback, useState } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import type { MapImageText } from '../canvas/mapImage';
import type { SpecLimits } from '../domain/color/specLimits';
import { describeOutline, type SampleOutline } from '../domain/geometry/outline';
import type { InterpolationMethod } from '../domain/interpolation/sites';
import { isoDateTime } from '../domain/isoDate';
import type { StagingAction } from '../domain/staging/reducer';
import type { StagedAnnotation } from '../domain/staging/staged';
import { methodLine, statLines } from '../domain/stats/mapFacts';
import type { NonUniformityDefinitionId } from '../domain/stats/uniformity';
import { counted, formatCount } from '../domain/values/plural';
import { countFromSource } from '../io/earlierImports';
import { downloadCsv } from './download';
import { entryMessages } from './entry/messages';
import { useImportFlow } from './import/useImportFlow';
import { useKnownProperties, useRememberProperties } from './units/knownProperties';
import { useMapExport } from './useMapExport';

const loadCsvExport = () => import('../api/exportAnnotations');

interface ImportExportInput {
  sampleName: string | null;
  outline: SampleOutline;
  staged: StagedAnnotation[];
  stored: SpatialAnnotation[];
  dispatch: (action: StagingAction) => void;
  /** Shows a sentence in the map's status line. */
  onStatus: (message: string) => void;
  /** Why no point may be staged yet (the outline is not set); null when they may. */
  placementBlocked: string | null;
  /** The colour bar as the map shows it, or null when nothing is coloured. */
  colorBar: MapImageText['colorBar'];
  /**
   * What the shown map is made of, for the PNG's statistics block, spec limits and method line
   * (e.g. from the review: its shown values, limits, definition and the field drawn).
   */
  mapFacts?: {
    values: readonly number[];
    limits: SpecLimits;
    definition: NonUniformityDefinitionId;
    /** The interpolation of the coloured map drawn; null when only the sites are. */
    interpolation: InterpolationMethod | null;
  } | null;
}

export function useImportExport(input: ImportExportInput) {
  const { sampleName, outline, staged, stored, dispatch, onStatus, colorBar, mapFacts } = input;
  const knownProperties = useKnownProperties();
  useRememberProperties(stored);
  const importFlow = useImportFlow(
    outline,
    (annotations, summary) => {
      dispatch({ type: 'add', annotations });
      onStatus(summary);
    },
    input.placementBlocked,
    knownProperties,
  );
  const [pngOpen, setPngOpen] = useState(false);

  const imageInfo = useCallback(
    (): MapImageText => ({
      title: sampleName ?? 'Unnamed sample',
      subtitle: [
        describeOutline(outline),
        `${formatCount(stored.length)} stored, ${counted(staged.length, 'staged annotation')}`,
        colorBar ? `coloured by ${colorBar.propertyName}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      colorBar: colorBar && mapFacts ? { ...colorBar, limits: mapFacts.limits } : colorBar,
      stats:
        colorBar && mapFacts
          ? statLines(mapFacts.values, colorBar.unit, mapFacts.definition, mapFacts.limits)
          : [],
      method: methodLine({
        interpolation: mapFacts?.interpolation ?? null,
        edgeExclusionMm: outline.edgeExclusionMm,
      }),
      footer: `Wafer Annotator · exported ${isoDateTime(new Date())}`,
    }),
    [sampleName, outline, stored.length, staged.length, colorBar, mapFacts],
  );
  const pngName = useCallback(
    async () => (await loadCsvExport()).exportFileName(sampleName, 'map', 'png', new Date()),
    [sampleName],
  );
  const { imageRef, exportPng } = useMapExport(imageInfo, pngName);

  /** Runs `write` with the export code once its chunk is in; a failed load is reported. */
  const withCsvExport = (write: (csv: Awaited<ReturnType<typeof loadCsvExport>>) => void) => {
    loadCsvExport().then(write, (e: unknown) =>
      onStatus(`Nothing exported: the export code could not be loaded (${String(e)}).`),
    );
  };
  const exportStagedCsv = () => {
    const list = staged;
    withCsvExport(({ stagedToCsv, exportFileName }) => {
      downloadCsv(stagedToCsv(list), exportFileName(sampleName, 'staged', 'csv', new Date()));
      onStatus(entryMessages.exportedStaged(list.length));
    });
  };
  /** Download stored records as CSV: the list the table shows (its filter), or all of them. */
  const exportStoredCsv = (records: SpatialAnnotation[] = stored) => {
    withCsvExport(({ recordsToCsv, exportFileName }) => {
      downloadCsv(recordsToCsv(records), exportFileName(sampleName, 'stored', 'csv', new Date()));
      onStatus(entryMessages.exportedStored(records.length));
    });
  };

  const earlierImports = useCallback(
    (sourceFile: string | null, waferId: string | null) => ({
      stored: countFromSource(
        stored.map((r) => r.annotation_metadata),
        sourceFile,
        waferId,
      ),
      staged: countFromSource(
        staged.map((a) => a.metadata),
        sourceFile,
        waferId,
      ),
    }),
    [stored, staged],
  );

  return {
    importFlow,
    earlierImports,
    imageRef,
    exportPng,
    pngOpen,
    openPng: () => setPngOpen(true),
    closePng: () => setPngOpen(false),
    exportStagedCsv,
    exportStoredCsv,
  };
}
