/** Recognising which instrument or app wrote an imported file. */
import { looksLikeAnnotationCsv } from './annotations';
import { looksLikeKlaF5x } from './kla';
import { looksLikeCompleteEase } from './woollam';

export type PresetId = 'kla-f5x' | 'woollam' | 'annotations' | 'generic';

/** Every preset with a label for the import dialog, in the order to offer them. */
export const PRESETS: ReadonlyArray<{ id: PresetId; label: string }> = [
  { id: 'generic', label: 'Table with x/y or r/θ columns' },
  { id: 'kla-f5x', label: 'KLA-Tencor F5x export' },
  { id: 'woollam', label: 'J.A. Woollam CompleteEASE map' },
  { id: 'annotations', label: 'Annotation CSV (this app’s export)' },
];

/** How much of the text detection looks at: presets show themselves in their first rows. */
const DETECT_CHARS = 64 * 1024;

/**
 * The preset a file's text matches, tried in this order: KLA-F5x (a `WAFER ID` row and a
 * `Site #` row), CompleteEASE (a line starting with an `(x,y)` cell and a tab), annotation CSV
 * (a line with property_name, property_value, coord_x and coord_y), else generic.
 */
export function detectPreset(text: string): PresetId {
  const head = text.slice(0, DETECT_CHARS).replace(/\uFEFF/g, '');
  if (looksLikeKlaF5x(head)) return 'kla-f5x';
  if (looksLikeCompleteEase(head)) return 'woollam';
  if (looksLikeAnnotationCsv(head)) return 'annotations';
  return 'generic';
}
