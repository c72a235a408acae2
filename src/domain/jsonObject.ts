/**
 * A lossless zod schema for free-form JSON objects (annotation metadata, staged drafts).
 *
 * zod's `z.record` (and `z.object`/`z.looseObject` for unknown keys) builds its output by
 * assigning each key into a fresh object, and assigning `__proto__` sets the prototype instead of
 * an own key: the key silently disappears. JSON.parse keeps `__proto__` as an own key, so a
 * schema that hands back the parsed object unchanged keeps every key exactly, `__proto__`,
 * `constructor` and `prototype` included.
 */
import { z } from 'zod';

/** True for a JSON object: a non-null object that is not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON object (not array, not null); the output IS the input object, never a copy, so no key is
 * dropped or renamed. Values are not checked (they are whatever JSON.parse produced). A failure
 * is a `custom` issue with `params.type` "dict_type" (pydantic's name for it).
 */
export const JsonObject = z.custom<Record<string, unknown>>(isJsonObject, {
  message: 'Input should be a valid dictionary',
  params: { type: 'dict_type' },
});
export type JsonObject = z.infer<typeof JsonObject>;
