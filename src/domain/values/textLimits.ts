/**
 * The server's rules for text, shared by the zod schemas (src/api/textRules.ts re-exports them)
 * and every form and import check, so text the server would refuse or a browser would alter is
 * refused where it is typed: the limit on short fields and the ban on lone surrogates.
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

/** Matches a lone UTF-16 surrogate; with the `u` flag a valid pair is one astral code point. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Where a lone surrogate sits: its code point ("U+D800") and 1-based character position. */
export interface LoneSurrogate {
  codePoint: string;
  /** 1-based, in characters (code points) as the user counts them, not UTF-16 units. */
  position: number;
}

/**
 * The first lone surrogate of `text` (a UTF-16 half with no partner: it has no UTF-8 form, so
 * `fetch` and TextEncoder write it as U+FFFD), or null when `text` is well formed.
 */
export function firstLoneSurrogate(text: string): LoneSurrogate | null {
  const match = LONE_SURROGATE.exec(text);
  if (!match) return null;
  const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { codePoint, position: [...text.slice(0, match.index)].length + 1 };
}

/** The first lone surrogate of `text` as "U+D800", or null when `text` is well formed. */
export function loneSurrogateIn(text: string): string | null {
  return firstLoneSurrogate(text)?.codePoint ?? null;
}

/**
 * The message for text with a lone surrogate, or null: "The unit contains a broken character
 * (lone surrogate U+D800) at position 6; it would be stored as �. Retype it." `what` names the
 * field ("The property name").
 */
export function brokenCharacter(what: string, text: string): string | null {
  const found = firstLoneSurrogate(text);
  if (!found) return null;
  return `${what} contains a broken character (lone surrogate ${found.codePoint}) at position ${found.position}; it would be stored as \uFFFD. Retype it.`;
}

/** The message for a text field over the server's limit (MAX_TEXT_CHARS code points), or null. */
export function textTooLong(what: string, text: string): string | null {
  if (!hasMoreCodePointsThan(text, MAX_TEXT_CHARS)) return null;
  const length = [...text].length;
  return `${what} is ${length} characters long; the server stores at most ${MAX_TEXT_CHARS}. Shorten it by ${length - MAX_TEXT_CHARS}.`;
}

/**
 * The first problem of a short text field (name, unit, source) the server would refuse or the
 * browser would alter: a broken character, else a length over MAX_TEXT_CHARS; null when fine.
 */
export function shortTextProblem(what: string, text: string): string | null {
  return brokenCharacter(what, text) ?? textTooLong(what, text);
}

/**
 * The first broken character anywhere in a JSON-like value (strings and object keys, depth
 * first), as a message naming its place: `what` names the value ("The metadata"); null when
 * every string is well formed.
 */
export function brokenCharacterInValue(what: string, value: unknown): string | null {
  if (typeof value === 'string') return brokenCharacter(what, value);
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, v] of Object.entries(value)) {
    const inKey = brokenCharacter(`${what} key "${key}"`, key);
    if (inKey) return inKey;
    const inValue = brokenCharacterInValue(Array.isArray(value) ? what : `${what} "${key}"`, v);
    if (inValue) return inValue;
  }
  return null;
}

/** The texts of an annotation to be stored, as the staged and planned lists hold them. */
export interface AnnotationTexts {
  propertyName: string;
  propertyUnit: string | null;
  charSourceType: string | null;
  metadata?: unknown;
}

/**
 * The first broken character in a list of annotations to store: its 0-based index and the
 * message naming the field; null when every text is well formed. One pass, O(total text).
 */
export function brokenTextInAnnotations(
  annotations: readonly AnnotationTexts[],
): { index: number; message: string } | null {
  for (const [index, a] of annotations.entries()) {
    const message =
      brokenCharacter('The property name', a.propertyName) ??
      brokenCharacter('The unit', a.propertyUnit ?? '') ??
      brokenCharacter('The source', a.charSourceType ?? '') ??
      brokenCharacterInValue('The metadata', a.metadata ?? null);
    if (message) return { index, message };
  }
  return null;
}
