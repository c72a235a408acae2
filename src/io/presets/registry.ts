/**
 * The import presets, in the order the import dialog offers them; detection tries them in the
 * same order and falls back to the generic table. To add a format, write its descriptor (see
 * preset.ts) in its own file and add one line here.
 */
import type { ParsedTable } from '../readTable';
import { annotationCsvPreset } from './annotations';
import { genericPreset } from './generic';
import { klaF5xPreset } from './kla';
import type { ImportPreset, TablePreset } from './preset';
import { woollamPreset } from './woollam';

export const IMPORT_PRESETS = [
  genericPreset,
  klaF5xPreset,
  woollamPreset,
  annotationCsvPreset,
] as const satisfies readonly ImportPreset[];

/** The id of a registered preset. */
export type PresetId = (typeof IMPORT_PRESETS)[number]['id'];

/** The fallback for text no preset recognises. */
export const GENERIC_PRESET: TablePreset<PresetId> = genericPreset;

/** The preset `id` names (the generic table for an id no longer registered). */
export function presetById(id: string): ImportPreset<PresetId> {
  return IMPORT_PRESETS.find((p) => p.id === id) ?? GENERIC_PRESET;
}

/** How much of the text detection looks at: presets show themselves in their first rows. */
const DETECT_CHARS = 64 * 1024;

/** The first preset whose `detect` accepts the start of `text` (BOM removed), else generic. */
export function detectPreset(text: string): PresetId {
  const head = text.slice(0, DETECT_CHARS).replace(/\uFEFF/g, '');
  return IMPORT_PRESETS.find((p) => 'detect' in p && p.detect?.(head))?.id ?? GENERIC_PRESET.id;
}

/** The first table preset that recognises an already parsed table (a sheet), else generic. */
export function detectTablePreset(table: ParsedTable): TablePreset<PresetId> {
  for (const p of IMPORT_PRESETS) {
    if (p.layout === 'table' && 'detectTable' in p && p.detectTable?.(table)) return p;
  }
  return GENERIC_PRESET;
}
