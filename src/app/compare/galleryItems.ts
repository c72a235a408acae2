/** The small multiples' tiles from the comparison, in the table's order, with their remarks. */
import type { MiniMapField } from '../../canvas/miniMap';
import type { SmallMultipleItem } from '../../panels/compare/SmallMultiples';
import type { ComparedSample, Comparison } from './useComparison';

/** The remark under a tile: loading, an error, how the outline was found, records left out. */
export function tileNote(s: ComparedSample): string | null {
  if (s.status === 'loading') return 'loading…';
  if (s.status === 'error') return `not loaded: ${s.error ?? 'error'}`;
  const notes: string[] = [];
  if (!s.listed) notes.push('not on this server');
  if (s.outlineSource === 'name') notes.push('outline guessed from the name');
  if (s.outlineSource === null) notes.push('no outline set: drawn around the sites');
  if (s.sites.otherUnit > 0) notes.push(`${s.sites.otherUnit} in other units left out`);
  if (s.sites.unplaced > 0) notes.push(`${s.sites.unplaced} not placed`);
  if (s.sites.converted > 0) notes.push(`${s.sites.converted} converted`);
  return notes.length > 0 ? notes.join('; ') : null;
}

/** One tile per row of the table, in its order. */
export function galleryItems(
  c: Pick<Comparison, 'rows' | 'samples'>,
  fields: ReadonlyMap<string, MiniMapField>,
): SmallMultipleItem[] {
  const byId = new Map(c.samples.map((s) => [s.id, s]));
  return c.rows.flatMap((row) => {
    const s = byId.get(row.sampleId);
    if (!s) return [];
    return [
      {
        id: s.id,
        name: s.name,
        outline: s.drawOutline,
        sites: s.sites.sites,
        limits: s.limits,
        field: fields.get(s.id) ?? null,
        n: row.n,
        mean: row.mean,
        nonUniformity: row.nonUniformity,
        note: tileNote(s),
      },
    ];
  });
}
