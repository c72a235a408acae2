/**
 * The compare view's settings as they live in the URL (the route's free `options`), so a
 * comparison, its sort and a difference pair are links: `convert=1` (every unit of one dimension
 * shown in `unit`), `nu=` (non-uniformity definition), `sort=mean:desc`, `map=` (colour map),
 * `field=0` (no interpolated maps), `a=`, `b=`, `tol=` (mm), `rate=` (minutes). Anything that does
 * not read is ignored (the default is used), never an error.
 */
import type { SequentialMapId } from '../../domain/color/colorScale';
import type { ComparisonColumnKey, ComparisonSort } from '../../domain/lot/comparisonTable';
import { COMPARISON_COLUMNS } from '../../domain/lot/comparisonTable';
import { DEFAULT_MATCH_TOLERANCE_MM } from '../../domain/lot/siteMatching';
import {
  DEFAULT_NON_UNIFORMITY,
  NON_UNIFORMITY_DEFINITIONS,
  type NonUniformityDefinitionId,
} from '../../domain/stats/uniformity';

export interface CompareOptions {
  convert: boolean;
  nonUniformity: NonUniformityDefinitionId;
  /** null: the default order (by slot when known, else by name). */
  sort: ComparisonSort | null;
  map: SequentialMapId;
  showField: boolean;
  /** The difference pair (sample ids) and its settings. */
  a: string | null;
  b: string | null;
  toleranceMm: number;
  rateMinutes: number | null;
}

const MAPS: readonly SequentialMapId[] = ['viridis', 'cividis', 'magma'];

function positive(text: string | undefined): number | null {
  const n = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : null;
}

function readSort(text: string | undefined): ComparisonSort | null {
  const [key, direction = 'asc'] = (text ?? '').split(':');
  const column = COMPARISON_COLUMNS.find((c) => c.key === key);
  if (!column || (direction !== 'asc' && direction !== 'desc')) return null;
  return { key: column.key, direction };
}

/** The settings in `options` (see the module comment). */
export function readCompareOptions(options: Record<string, string>): CompareOptions {
  const nu = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === options.nu);
  const map = MAPS.find((m) => m === options.map);
  const tol = Number(options.tol);
  return {
    convert: options.convert === '1',
    nonUniformity: nu?.id ?? DEFAULT_NON_UNIFORMITY,
    sort: readSort(options.sort),
    map: map ?? 'viridis',
    showField: options.field !== '0',
    a: options.a || null,
    b: options.b || null,
    toleranceMm:
      options.tol !== undefined && options.tol.trim() !== '' && Number.isFinite(tol) && tol >= 0
        ? tol
        : DEFAULT_MATCH_TOLERANCE_MM,
    rateMinutes: positive(options.rate),
  };
}

/** `options` with the given settings written (defaults leave their key out). */
export function writeCompareOptions(
  options: Record<string, string>,
  changes: Partial<CompareOptions>,
): Record<string, string> {
  const next = { ...readCompareOptions(options), ...changes };
  const out: Record<string, string> = { ...options };
  const set = (key: string, value: string | null) => {
    if (value === null) delete out[key];
    else out[key] = value;
  };
  set('convert', next.convert ? '1' : null);
  set('nu', next.nonUniformity === DEFAULT_NON_UNIFORMITY ? null : next.nonUniformity);
  set('sort', next.sort ? `${next.sort.key}:${next.sort.direction}` : null);
  set('map', next.map === 'viridis' ? null : next.map);
  set('field', next.showField ? null : '0');
  set('a', next.a);
  set('b', next.b);
  set('tol', next.toleranceMm === DEFAULT_MATCH_TOLERANCE_MM ? null : String(next.toleranceMm));
  set('rate', next.rateMinutes === null ? null : String(next.rateMinutes));
  return out;
}

/** The next sort after a click on a column's header: ascending first, then descending. */
export function nextSort(current: ComparisonSort, key: ComparisonColumnKey): ComparisonSort {
  if (current.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
