/**
 * "Natural order" of names, as a lab reads a cassette: Slot1, Slot2, slot 3, Slot 07,
 * Slot 07 200mm, Slot10. Names are compared on a normalised key (naturalKey) with
 * Intl.Collator('en', { numeric: true, sensitivity: 'base' }): digit runs compare as numbers,
 * case and accents are ignored. Ties on the key fall back to the collator on the names as
 * written ("Slot 7" before "slot07"); names that differ only in case or accents compare equal,
 * so a caller's own tie-break (e.g. by id) decides, as for any equal names.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The key a name sorts by: trimmed, lower case, spaces/underscores/hyphens between a letter and
 * a digit removed ("Slot 07", "slot_07", "SLOT-07" → "slot07"), runs of whitespace as one space,
 * and leading zeros of a number dropped ("slot07" → "slot7"; not after a decimal point or
 * comma, so "1.05" stays). E.g. "Slot 07 200mm" → "slot7 200mm".
 */
export function naturalKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})[\s_-]+(?=\p{N})/gu, '$1')
    .replace(/(^|[^\d.,])0+(?=\d)/g, '$1');
}

/** Compare two names in natural order (see the module comment); for Array.prototype.sort. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(naturalKey(a), naturalKey(b)) || collator.compare(a, b);
}
