/** A KLA-F5x export as a cassette: one wafer per `WAFER ID` block (see presets/kla.ts). */
import { type KlaWafer, klaMapping, readKlaF5x } from '../presets/kla';
import type { CassetteOptions, CassetteWafer, StatedStatistics } from './types';
import { buildWafer } from './waferBuilder';

/** A block field by name, case-insensitively (`SLOT`, `Slot`); null when absent or blank. */
function field(fields: Record<string, string>, name: string): string | null {
  const key = Object.keys(fields).find((k) => k.trim().toUpperCase() === name);
  const value = key === undefined ? '' : (fields[key] ?? '').trim();
  return value === '' ? null : value;
}

function statedStatistics(block: KlaWafer, wafer: CassetteWafer): StatedStatistics[] {
  const all = [...wafer.mapping.values, ...wafer.optionalValues];
  return block.resultColumns.map((column, i) => ({
    propertyName: all.find((v) => v.column === column)?.propertyName ?? block.resultTypes[i] ?? '',
    column,
    values: Object.fromEntries(
      Object.entries(block.statistics).map(([label, values]) => [label, values[i] ?? null]),
    ),
  }));
}

/**
 * Every wafer block of a KLA-F5x export, in file order: waferId from `WAFER ID`, slot from
 * `SLOT`, lot from `LOT ID`, the block's fields, its site table (lines are file lines) and the
 * statistics its header states (MEAN, STDDEV …) per value column. The mapping is klaMapping's
 * (X/Y in mm, one property per result type) with GOF offered but not selected. `key` is left
 * '' for readCassette to assign. A file without blocks gives [].
 */
export function klaCassetteWafers(
  text: string,
  sourceFile: string,
  options: CassetteOptions = {},
): CassetteWafer[] {
  return readKlaF5x(text).wafers.map((block) => {
    // Parse errors belong to the whole file (every block shares its rows): readCassette says them once.
    const warnings = block.table.rows.length === 0 ? [`Wafer ${block.waferId} has no sites.`] : [];
    const wafer = buildWafer(
      {
        waferId: block.waferId,
        slot: field(block.fields, 'SLOT'),
        lot: field(block.fields, 'LOT ID'),
        sourceFile,
        preset: 'kla-f5x',
        table: block.table,
        fields: block.fields,
        statedStatistics: [],
        warnings,
      },
      klaMapping(block),
      options,
    );
    wafer.statedStatistics = statedStatistics(block, wafer);
    return wafer;
  });
}
