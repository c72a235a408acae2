/**
 * The server's limit on short text fields, shared by the zod schemas (src/api/textRules.ts
 * re-exports it) and the entry form's checks, so a name too long is refused where it is typed.
 */

/**
 * Longest property_name, property_unit, char_source_type, coord_units and sample name, in
 * characters (Unicode code points, as pydantic's `max_length` counts them).
 */
export const MAX_TEXT_CHARS = 255;

/** True when `text` has more than `max` code points; stops counting once past `max`. */
export function hasMoreCodePointsThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}
