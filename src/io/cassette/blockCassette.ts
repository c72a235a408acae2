/**
 * A file with one block per wafer (a wafer-blocks preset such as KLA-F5x, see presets/kla.ts)
 * as a cassette: one wafer per block.
 */
import type { WaferBlock, WaferBlocksPreset } from '../presets/preset';
import type { PresetId } from '../presets/registry';
import type { CassetteOptions, CassetteWafer, StatedStatistics } from './types';
import { buildWafer } from './waferBuilder';

function statedStatistics(block: WaferBlock, wafer: CassetteWafer): StatedStatistics[] {
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
 * Every wafer block of `text` in file order: waferId from the block, slot and lot as the preset
 * reads them (KLA: `SLOT`, `LOT ID`), the block's fields, its site table (lines are file lines)
 * and the statistics its header states (MEAN, STDDEV …) per value column. The mapping is the
 * preset's (KLA: X/Y in mm, one property per result type) with GOF offered but not selected.
 * `key` is left '' for readCassette to assign. A file without blocks gives [].
 */
export function blockCassetteWafers(
  preset: WaferBlocksPreset<PresetId>,
  text: string,
  sourceFile: string,
  options: CassetteOptions = {},
): CassetteWafer[] {
  return preset.readBlocks(text).map((block) => {
    // Parse errors belong to the whole file (every block shares its rows): readCassette says them once.
    const warnings = block.table.rows.length === 0 ? [`Wafer ${block.waferId} has no sites.`] : [];
    const wafer = buildWafer(
      {
        waferId: block.waferId,
        ...preset.blockPlace(block),
        sourceFile,
        preset: preset.id,
        table: block.table,
        fields: block.fields,
        statedStatistics: [],
        warnings,
      },
      preset.blockMapping(block),
      options,
    );
    wafer.statedStatistics = statedStatistics(block, wafer);
    return wafer;
  });
}
