/** What the import dialog shows and the callbacks it calls (provided by useImportFlow). */
import type { AnalysisView, MapView, SessionOptions } from '../../io/importSession';
import type { ImportMapping } from '../../io/mapping';
import type { KnownProperty } from '../../io/vocabulary';

export interface ImportSourceInfo {
  kind: 'file' | 'paste';
  name: string;
  bytes: number;
  /** True when a worker reads and parses it. */
  offThread: boolean;
}

export interface ImportBusy {
  step: 'reading' | 'analysing' | 'mapping' | 'staging';
  /** Bytes read so far and in all (reading a file). */
  loaded?: number;
  total?: number;
}

export interface ImportDialogState {
  open: boolean;
  source: ImportSourceInfo | null;
  /** The paste box's text; kept until the import is staged. */
  pasteText: string;
  busy: ImportBusy | null;
  error: string | null;
  /** Remarks about reading the source (e.g. the encoding used). */
  notes: string[];
  options: SessionOptions;
  analysis: AnalysisView | null;
  /** The mapping as the user has edited it. */
  mapping: ImportMapping | null;
  unitConfirmed: boolean;
  sourceType: string;
  includeOutside: boolean;
  /** What the mapping makes of the rows; null until mapped. */
  view: MapView | null;
  /** Why nothing may be staged into this sample yet (its outline is not set); else null. */
  blocked: string | null;
  /** The lab's property names and units (most used first), offered for the value columns. */
  known: KnownProperty[];
}

export interface ImportDialogActions {
  close: () => void;
  chooseFile: (file: File) => void;
  setPasteText: (text: string) => void;
  readPaste: (text: string) => void;
  setOptions: (options: SessionOptions) => void;
  setMapping: (mapping: ImportMapping) => void;
  setUnitConfirmed: (confirmed: boolean) => void;
  setSourceType: (text: string) => void;
  setIncludeOutside: (include: boolean) => void;
  stage: () => void;
  discard: () => void;
}
