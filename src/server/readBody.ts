/**
 * Reading a JSON request body without altering a character: the raw bytes must be valid UTF-8,
 * no string or key may hold a lone surrogate (it has no UTF-8 form, so SQLite would store U+FFFD
 * in its place), nesting is bounded, and the result is validated with a shared zod schema.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { findLoneSurrogates } from '../api/textRules';
import { HttpProblem, jsonInvalid, validationDetail } from './fastapi';

/**
 * Deepest array/object nesting a body may have. JSON.parse copes with any depth, but
 * JSON.stringify (storing metadata) overflows the call stack at a few thousand levels, which
 * would turn a client's mistake into a 500.
 */
export const MAX_JSON_DEPTH = 100;

/** True when valid JSON `text` nests arrays/objects deeper than `maxDepth`; one pass, no stack. */
function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (++depth > maxDepth) return true;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return false;
}

/**
 * Offset of the first byte where `bytes` stop being valid UTF-8 (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or -1 when all of it is valid.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (RFC 3629, section 4).
    let length = 0;
    let [lo, hi] = [0x80, 0xbf];
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (b === undefined || b < min || b > max) return i;
    }
    i += length;
  }
  return -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; throws a 422 naming the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const item = {
      loc: ['body'],
      msg: `Request body is not valid UTF-8: byte 0x${byte} at offset ${offset}`,
      type: 'string_unicode',
    };
    throw new HttpProblem(422, [item]);
  }
}

/** Surrogates reach JSON text only as `\uD800`-style escapes (decoded UTF-8 never holds one). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Parses the JSON body of `c` with `schema`. Throws HttpProblem 415 (not `application/json`) or
 * 422 (not UTF-8, bad JSON, nesting deeper than MAX_JSON_DEPTH, lone surrogates anywhere in the
 * body with their `loc`, or every schema issue).
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpProblem(415, 'Content-Type must be application/json');
  }
  const text = decodeUtf8(new Uint8Array(await c.req.arrayBuffer()));
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw jsonInvalid(error instanceof Error ? error.message : String(error));
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw jsonInvalid(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
  }
  if (SURROGATE_ESCAPE.test(text)) {
    const problems = findLoneSurrogates(input, ['body']);
    if (problems.length > 0) throw new HttpProblem(422, problems);
  }
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpProblem(422, validationDetail(result.error, 'body', input));
  return result.data;
}
