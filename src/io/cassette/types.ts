/**
 * A cassette: the wafers (or samples) one import holds, each with its own rows of the source
 * table and a suggested mapping. Built by readCassette (KLA-F5x wafer blocks, a table with a
 * sample/wafer column, or several files with one wafer each) and staged wafer by wafer with
 * stageWafer, which runs the same mapRows validation as a single-sample import.
 */
import type { ImportMapping, ValueColumn } from '../mapping';
import type { PresetId } from '../presets/registry';
import type { ParsedTable } from '../readTable';

/** How the wafers were told apart. */
export type CassetteSplit =
  /** KLA-F5x `WAFER ID` blocks. */
  | 'kla-blocks'
  /** A column naming the sample, wafer or slot (see detectSampleColumns). */
  | 'sample-column'
  /** One file (or sheet) is one wafer, named after the file. */
  | 'file'
  /** Files of different kinds chosen together. */
  | 'mixed';

/** Statistics the file itself states for one value column (KLA-F5x block header). */
export interface StatedStatistics {
  /** The property the column is imported as (after the propertyName hook). */
  propertyName: string;
  /** 0-based column of the wafer's table. */
  column: number;
  /** Label as written (MEAN, STDDEV, MIN, MAX, RANGE, % STDDEV …) → value, null if unreadable. */
  values: Record<string, number | null>;
}

export interface CassetteWafer {
  /** Unique within the cassette: `<source file>#<wafer id>` (made unique with `~2`, `~3` …). */
  key: string;
  /** The wafer's name in the source: WAFER ID, the sample column's value, or the file's stem. */
  waferId: string;
  /** Slot as written (`1`, `07`), or null when the source does not say. */
  slot: string | null;
  /** Lot id as written, or null. */
  lot: string | null;
  /** File (or `file › sheet`) the rows come from; recorded as `metadata.source_file`. */
  sourceFile: string;
  preset: PresetId;
  /** This wafer's rows only, with the source's header; `line` is the source line (or sheet row). */
  table: ParsedTable;
  /** The suggested mapping (fit-quality columns such as GOF left out, see optionalValues). */
  mapping: ImportMapping;
  /** Value columns left out of `mapping` (fit quality: GOF, MSE), to offer. */
  optionalValues: ValueColumn[];
  /** 0-based column holding the site number (`Site #`, `Point`), or null. */
  siteColumn: number | null;
  /** Key/value fields of the source (KLA block: LOT ID, SLOT, RECIPE …); {} otherwise. */
  fields: Record<string, string>;
  /** Statistics stated by the file, per value column; [] when it states none. */
  statedStatistics: StatedStatistics[];
  /** Things to check about this wafer (no sites, parse errors …). */
  warnings: string[];
}

export interface Cassette {
  split: CassetteSplit;
  wafers: CassetteWafer[];
  /** Things to check about the whole import (duplicate wafer ids, rows without a sample …). */
  warnings: string[];
}

/** Where helper `setup`'s property vocabulary plugs in: the property name for a value column. */
export type PropertyNamer = (columnHeader: string, suggestedName: string) => string;

export interface CassetteOptions {
  /**
   * Names the property of every value column (e.g. `Thickness # 1` → `thickness`). Called with
   * the column's header and the name the preset suggests; default: keep the suggested name.
   */
  propertyName?: PropertyNamer;
}
