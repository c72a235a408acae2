/**
 * What an import preset (a file format an instrument or app writes) tells the importer: how to
 * recognise it, read it and guess its mapping, what it says about units, and the notes the
 * import dialog shows for it. The registry (registry.ts) lists every preset; the importer, the
 * cassette import and the dialog read only these descriptors, never a preset's id, so a new
 * format is one file plus one line there.
 */
import type { MappingGuess } from '../guessMapping';
import type { ImportMapping } from '../mapping';
import type { Delimiter, ParsedTable } from '../readTable';

/** How a table format is read: the user may override the sniffed delimiter and header line. */
export interface TableReadOptions {
  delimiter?: Delimiter;
  /** 1-based line of the header row. */
  headerLine?: number;
}

/** One wafer's block of a file holding several (e.g. a KLA-F5x export): its fields and sites. */
export interface WaferBlock {
  waferId: string;
  /** 1-based line of the row that starts the block. */
  line: number;
  /** The block's key/value rows (LOT ID, SLOT, RECIPE, MATERIAL …), trimmed. */
  fields: Record<string, string>;
  /** Names of the value columns, in order (e.g. `1st Thickness`, `GOF`). */
  resultTypes: string[];
  /** The table column of each result type (same order as `resultTypes`). */
  resultColumns: number[];
  /** Statistics rows by label (MEAN, STDDEV …): one number per result type, null if unreadable. */
  statistics: Record<string, Array<number | null>>;
  /** The site table of this wafer. */
  table: ParsedTable;
}

/** What a preset says about units. */
export interface PresetUnitRules {
  /** Said next to the coordinate unit when the preset set it (e.g. "… give X and Y in mm."). */
  coordinateNote: string;
  /**
   * False when the format does not state the unit of its values: the user must type each one
   * before staging (fit-quality columns such as GOF have none).
   */
  valueUnitsStated: boolean;
  /** Shown while a value unit is missing, when `valueUnitsStated` is false. */
  missingValueUnitNote?: string;
}

interface PresetBase<Id extends string> {
  id: Id;
  /** The entry of the import dialog's Format list. */
  label: string;
  /** Short name for sentences ("No KLA-F5x wafer blocks found …"). */
  name: string;
  /**
   * True when the start of a file's text (BOM removed, at most 64 KiB) is in this format.
   * Absent: never detected; the registry's generic preset is the fallback.
   */
  detect?: (head: string) => boolean;
  units: PresetUnitRules;
  /** char_source_type the import starts with for this format ('' = none). */
  sourceType: string;
  /** Sentences about the format shown under the Format list. */
  notes: readonly string[];
}

/** A format holding one table (a CSV, TSV or text export). */
export interface TablePreset<Id extends string = string> extends PresetBase<Id> {
  layout: 'table';
  read: (text: string, options: TableReadOptions) => ParsedTable;
  /** The guessed mapping for a table of this format. */
  mapping: (table: ParsedTable) => MappingGuess;
  /** True when an already parsed table (a spreadsheet sheet) is in this format. */
  detectTable?: (table: ParsedTable) => boolean;
  /** Header of a column naming each row's char_source_type (the annotation export's). */
  rowSourceColumn?: string;
}

/** A format holding one block per wafer; the user picks the wafer to import. */
export interface WaferBlocksPreset<Id extends string = string> extends PresetBase<Id> {
  layout: 'wafer-blocks';
  /** Every wafer block in file order; [] when the text holds none. */
  readBlocks: (text: string) => WaferBlock[];
  blockMapping: (block: WaferBlock) => ImportMapping;
  /** Metadata every annotation of the block gets (e.g. wafer_id, slot). */
  blockMetadata: (block: Omit<WaferBlock, 'table'>) => Record<string, string | number>;
  /** Slot and lot as the block writes them, or null. */
  blockPlace: (block: Omit<WaferBlock, 'table'>) => { slot: string | null; lot: string | null };
}

/** An import preset (see the module comment). */
export type ImportPreset<Id extends string = string> = TablePreset<Id> | WaferBlocksPreset<Id>;
