/**
 * The import dialog's state and actions: the source (a file or pasted text), the analysis, the
 * mapping as the user edits it, what that mapping makes of the rows (for the checks and the map
 * preview), and staging. The state outlives a closed dialog, so Escape loses nothing; it is
 * cleared when the points are staged or the user discards the import. A file dropped anywhere on
 * the page opens the dialog with it.
 */

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PreviewMarkers } from '../../canvas/mapTypes';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { counted } from '../../domain/values/plural';
import { importSizeProblem, PASTED_SOURCE } from '../../io/importLimits';
import type { AnalysisView, MapView, SessionOptions } from '../../io/importSession';
import { brokenTextInImport } from '../../io/importText';
import type { ImportMapping } from '../../io/mapping';
import { unpackStaged } from '../../io/packedStaged';
import { type KnownProperty, withVocabulary } from '../../io/vocabulary';
import type { ImportBusy, ImportSourceInfo } from '../../panels/import/types';
import type { ImportEngine } from './importEngine';
import { usePageFileDrop } from './usePageFileDrop';

/** How long mapping edits settle before the rows are mapped again (typing a property name). */
const REMAP_DELAY_MS = 150;

const sameHeader = (a: AnalysisView | null, b: AnalysisView) =>
  a !== null && a.preset === b.preset && a.header.join('\u0000') === b.header.join('\u0000');

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * `outline` is the open sample's (for the inside/outside checks); `onStaged` receives the new
 * annotations and a sentence for the status line, and must add them as one undoable step.
 * While `blocked` holds a reason (the outline is not set), staging is refused with it.
 * `knownProperties` gives the lab's property names, which a new file's columns are mapped to.
 */
export function useImportFlow(
  outline: SampleOutline,
  onStaged: (annotations: StagedAnnotation[], summary: string) => void,
  blocked: string | null = null,
  knownProperties: () => KnownProperty[] = () => [],
) {
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<ImportSourceInfo | null>(null);
  const [pasteText, setPasteText] = useState('');
  const [busy, setBusy] = useState<ImportBusy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [options, setOptions] = useState<SessionOptions>({});
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [unitConfirmed, setUnitConfirmed] = useState(false);
  const [sourceType, setSourceTypeState] = useState('');
  const [includeOutside, setIncludeOutside] = useState(false);
  const [view, setView] = useState<MapView | null>(null);
  const [known, setKnown] = useState<KnownProperty[]>([]);
  /** True once the user typed a source: a new analysis then keeps it. */
  const sourceTypeTouched = useRef(false);
  const engine = useRef<ImportEngine | null>(null);
  /** Bumped for every new source or discard, so answers about an older one are dropped. */
  const generation = useRef(0);

  const reset = useCallback(() => {
    generation.current++;
    engine.current?.dispose();
    engine.current = null;
    setSource(null);
    setBusy(null);
    setError(null);
    setNotes([]);
    setOptions({});
    setAnalysis(null);
    setMapping(null);
    setView(null);
    setIncludeOutside(false);
    sourceTypeTouched.current = false;
  }, []);

  useEffect(() => () => engine.current?.dispose(), []);

  const analyse = async (next: SessionOptions, previous: AnalysisView | null) => {
    const e = engine.current;
    if (!e) return;
    const gen = generation.current;
    setBusy({ step: 'analysing' });
    try {
      const a = await e.analyse(next);
      if (gen !== generation.current) return;
      setOptions(next);
      setAnalysis(a);
      setError(null);
      // A new wafer or preset option with the same columns keeps the user's mapping.
      if (!sameHeader(previous, a)) {
        const names = knownProperties();
        setKnown(names);
        setMapping(withVocabulary(a.mapping, names));
        setUnitConfirmed(a.coordinateUnitSource === 'preset');
        setView(null);
      }
      if (!sourceTypeTouched.current) setSourceTypeState(a.defaultSourceType);
    } catch (err) {
      if (gen === generation.current) setError(messageOf(err));
    } finally {
      if (gen === generation.current) setBusy(null);
    }
  };

  const load = async (input: File | string, info: Omit<ImportSourceInfo, 'offThread'>) => {
    const problem = importSizeProblem(info.name, info.bytes);
    // A refused file replaces the previous one: its preview must not stay stageable.
    reset();
    if (problem) {
      setError(problem);
      return;
    }
    const gen = generation.current;
    setBusy({ step: 'reading', loaded: 0, total: info.bytes });
    try {
      // The parsers (CSV, presets, mapping) are their own chunk, loaded with the first file.
      const { createImportEngine } = await import('./importEngine');
      if (gen !== generation.current) return;
      const e = createImportEngine(info.bytes);
      engine.current = e;
      setSource({ ...info, offThread: e.offThread });
      const loaded = await e.load(input, info.name, (done, total) => {
        if (gen === generation.current) setBusy({ step: 'reading', loaded: done, total });
      });
      if (gen !== generation.current) return;
      setNotes(loaded.encodingWarning ? [loaded.encodingWarning] : []);
      await analyse({}, null);
    } catch (err) {
      if (gen === generation.current) {
        setError(`Could not read ${info.name}: ${messageOf(err)}`);
        setBusy(null);
      }
    }
  };

  // Map the rows again whenever the mapping or the outline changes (debounced for typing).
  useEffect(() => {
    const e = engine.current;
    if (!e || !mapping || !analysis) return;
    const gen = generation.current;
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (e.offThread) setBusy({ step: 'mapping' });
      try {
        const v = await e.map(mapping, outline);
        if (!cancelled && gen === generation.current) setView(v);
      } catch (err) {
        if (!cancelled && gen === generation.current) setError(messageOf(err));
      } finally {
        if (!cancelled && gen === generation.current && e.offThread) setBusy(null);
      }
    }, REMAP_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [mapping, outline, analysis]);

  const stage = async () => {
    const e = engine.current;
    if (!e || !mapping || !source) return;
    if (blocked) {
      setError(`Nothing staged. ${blocked}`);
      return;
    }
    const gen = generation.current;
    setBusy({ step: 'staging' });
    try {
      const packed = await e.stage({ mapping, outline, sourceType, includeOutside });
      if (gen !== generation.current) return;
      // Refused before staging: the browser would send a lone surrogate as U+FFFD.
      const broken = brokenTextInImport(packed);
      if (broken) {
        setError(`Nothing staged. ${broken}`);
        setBusy(null);
        return;
      }
      const annotations = unpackStaged(packed, () => crypto.randomUUID());
      const points = new Set(packed.sourceRow).size;
      const from = source.kind === 'paste' ? 'the pasted table' : source.name;
      // Close first, so the page draws the staged points once, without the preview.
      reset();
      setPasteText('');
      setOpen(false);
      onStaged(
        annotations,
        `Imported ${counted(annotations.length, 'annotation')} at ${counted(points, 'point')} from ${from}. Ctrl+Z undoes.`,
      );
    } catch (err) {
      if (gen === generation.current) {
        setError(`Staging failed: ${messageOf(err)}`);
        setBusy(null);
      }
    }
  };

  usePageFileDrop((file) => {
    setOpen(true);
    void load(file, { kind: 'file', name: file.name, bytes: file.size });
  });

  const preview: PreviewMarkers | null = useMemo(
    () => (open && view ? { xMm: view.xMm, yMm: view.yMm, inside: view.inside } : null),
    [open, view],
  );

  return {
    open,
    source,
    pasteText,
    busy,
    error,
    notes,
    options,
    analysis,
    mapping,
    unitConfirmed,
    sourceType,
    includeOutside,
    view,
    blocked,
    known,
    preview,
    openDialog: () => setOpen(true),
    close: () => setOpen(false),
    chooseFile: (file: File) => load(file, { kind: 'file', name: file.name, bytes: file.size }),
    setPasteText,
    readPaste: (text: string) =>
      load(text, { kind: 'paste', name: PASTED_SOURCE, bytes: new Blob([text]).size }),
    setOptions: (next: SessionOptions) => analyse(next, analysis),
    setMapping: (next: ImportMapping) => {
      if (mapping && next.coordinateUnit !== mapping.coordinateUnit) setUnitConfirmed(true);
      setMapping(next);
    },
    setUnitConfirmed,
    setSourceType: (text: string) => {
      sourceTypeTouched.current = true;
      setSourceTypeState(text);
    },
    setIncludeOutside,
    stage,
    discard: () => {
      reset();
      setPasteText('');
    },
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
