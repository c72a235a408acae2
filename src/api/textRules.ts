/**
 * Limits and checks on text that the local server stores, shared by the zod schemas (so client
 * and server agree) and the server's body reader. Pure: no DOM, no Node APIs.
 */

import { loneSurrogateIn } from '../domain/values/textLimits';

export {
  hasMoreCodePointsThan,
  loneSurrogateIn,
  MAX_TEXT_CHARS,
} from '../domain/values/textLimits';

/** Largest `metadata` of one annotation: the UTF-8 bytes of its JSON text (64 kB). */
export const MAX_METADATA_BYTES = 64 * 1024;

/**
 * Largest `physical_sample_metadata` of one sample (1 MiB of UTF-8 JSON): it comes back in every
 * samples list, so it must stay small; the app's setup with a 10,000-site custom pattern is
 * about 0.4 MiB.
 */
export const MAX_SAMPLE_METADATA_BYTES = 1024 * 1024;

/**
 * Bytes of `text` encoded as UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes, as TextEncoder
 * would write it). Counts without allocating an encoded copy.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** One text problem of a JSON value: `loc` is relative to that value (FastAPI style). */
export type TextProblem = {
  loc: (string | number)[];
  msg: string;
  type: 'string_unicode';
};

const surrogateMessage = (what: string, codePoint: string) =>
  `${what} contains a lone surrogate (${codePoint}), which has no UTF-8 form and cannot be stored unchanged`;

/**
 * Every string and object key inside the JSON value `value` that holds a lone surrogate, in
 * document order. A bad key is located as `[...path, key, "[key]"]` (pydantic's convention for
 * dict keys). Recursion depth is the value's nesting depth; callers bound it first.
 */
export function findLoneSurrogates(value: unknown, path: (string | number)[] = []): TextProblem[] {
  if (typeof value === 'string') {
    const codePoint = loneSurrogateIn(value);
    return codePoint
      ? [{ loc: path, msg: surrogateMessage('String', codePoint), type: 'string_unicode' }]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findLoneSurrogates(v, [...path, i]));
  const problems: TextProblem[] = [];
  for (const [key, v] of Object.entries(value)) {
    const codePoint = loneSurrogateIn(key);
    if (codePoint) {
      const msg = surrogateMessage('Key', codePoint);
      problems.push({ loc: [...path, key, '[key]'], msg, type: 'string_unicode' });
    }
    problems.push(...findLoneSurrogates(v, [...path, key]));
  }
  return problems;
}
