/**
 * The API contract with Atomscale (and the local server that implements it).
 *
 * These zod schemas are the single definition of every request and response shape. The browser
 * client parses every response with them and the local server (src/server) validates every
 * request body with them. Schemas and their inferred types share one name.
 *
 * Source: the Atomscale API reference (physical samples and spatial annotations). Object schemas
 * are non-strict: unknown keys are dropped instead of failing, because real servers add fields.
 */
import { z } from 'zod';
import { JsonObject } from '../domain/jsonObject';
import {
  hasMoreCodePointsThan,
  MAX_METADATA_BYTES,
  MAX_SAMPLE_METADATA_BYTES,
  MAX_TEXT_CHARS,
  utf8ByteLength,
} from './textRules';

export { JsonObject } from '../domain/jsonObject';
export { MAX_METADATA_BYTES, MAX_SAMPLE_METADATA_BYTES, MAX_TEXT_CHARS } from './textRules';

/** Largest `annotations` array one bulk request may carry (local server limit). */
export const MAX_BULK_ANNOTATIONS = 10_000;
/** Largest request body the local server accepts, in bytes. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Frame of a coordinate: relative to the sample centre, or absolute on the instrument stage. */
export const CoordRefFrame = z.enum(['sample_relative', 'stage_absolute']);
export type CoordRefFrame = z.infer<typeof CoordRefFrame>;

/**
 * Loose UUID: any 8-4-4-4-12 hex string. zod's `z.uuid()` also checks the RFC 9562 version and
 * variant digits, which ids minted by other systems do not always satisfy.
 */
const Uuid = z.guid();

const NonBlankString = z
  .string()
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** Text a request may store in a name, unit or source field: at most MAX_TEXT_CHARS characters. */
const ShortText = z.string().refine((s) => !hasMoreCodePointsThan(s, MAX_TEXT_CHARS), {
  message: `String should have at most ${MAX_TEXT_CHARS} characters`,
  params: { type: 'string_too_long' },
});
const NonBlankShortText = NonBlankString.pipe(ShortText);

/** A JSON object (kept key for key, see JsonObject) whose JSON text is at most `maxBytes` in UTF-8. */
const metadataWithin = (maxBytes: number) =>
  JsonObject.superRefine((value, ctx) => {
    const bytes = utf8ByteLength(JSON.stringify(value));
    if (bytes <= maxBytes) return;
    ctx.addIssue({
      code: 'custom',
      message: `Metadata should be at most ${maxBytes} bytes as JSON (UTF-8), not ${bytes}`,
      params: { type: 'too_long' },
    });
  });

/** Metadata an annotation request may store: at most MAX_METADATA_BYTES of UTF-8 JSON. */
export const MetadataInput = metadataWithin(MAX_METADATA_BYTES);

/**
 * Timestamp normalised to ISO 8601 UTC with `Z` (millisecond precision).
 * Real servers send offset-free values such as `2026-04-03T14:36:51.973648`; those mean UTC.
 * A space instead of `T` (Python's `str(datetime)`) and more than 3 fraction digits are accepted.
 */
export const IsoTimestamp = z.string().transform((raw, ctx) => {
  // Records stored together share their timestamp: a list of 100,000 holds few distinct ones.
  if (raw === lastTimestamp.raw) return lastTimestamp.iso;
  let s = raw.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  // Date.parse only promises millisecond fractions; cut microseconds instead of trusting it.
  s = s.replace(/(T\d{2}:\d{2}:\d{2}\.\d{3})\d+/, '$1');
  const hasTime = s.includes('T');
  const hasZone = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(s);
  const ms = Date.parse(hasTime && !hasZone ? `${s}Z` : s);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: `not an ISO 8601 timestamp: ${JSON.stringify(raw)}` });
    return z.NEVER;
  }
  const iso = new Date(ms).toISOString();
  lastTimestamp = { raw, iso };
  return iso;
});
/** The last timestamp normalised (a pure function of `raw`, so reusing it changes nothing). */
let lastTimestamp = { raw: '', iso: '' };

export { ANNOTATION_VALUE_FIELDS } from '../domain/annotationFields';

/**
 * Request body of `POST /physical_samples/{id}/annotations` and one item of a bulk request.
 * Text fields hold at most MAX_TEXT_CHARS characters and `metadata` at most MAX_METADATA_BYTES.
 */
export const AnnotationCreate = z.object({
  property_name: NonBlankShortText,
  property_value: z.number(),
  property_unit: ShortText.nullish(),
  char_source_type: ShortText.nullish(),
  coord_ref_frame: CoordRefFrame.nullish(),
  coord_units: ShortText.nullish(),
  coord_x: z.number().nullish(),
  coord_y: z.number().nullish(),
  coord_z: z.number().nullish(),
  data_id: Uuid.nullish(),
  metadata: MetadataInput.nullish(),
});
export type AnnotationCreate = z.infer<typeof AnnotationCreate>;

/** Request body of `PATCH /physical_samples/{id}/annotations/{annotation_id}`: any subset. */
export const AnnotationUpdate = AnnotationCreate.partial();
export type AnnotationUpdate = z.infer<typeof AnnotationUpdate>;

/** Request body of `POST /physical_samples/{id}/annotations/bulk`. */
export const BulkAnnotationCreate = z.object({
  annotations: z
    .array(AnnotationCreate)
    .min(1, { message: 'at least one annotation is required' })
    .max(MAX_BULK_ANNOTATIONS, {
      message: `at most ${MAX_BULK_ANNOTATIONS} annotations per bulk request`,
    }),
});
export type BulkAnnotationCreate = z.infer<typeof BulkAnnotationCreate>;

const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => (v === undefined ? null : v));

/** Null when the field is absent: the output always holds it. */
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

/**
 * A record that says `metadata` where the reference says `annotation_metadata` (a real server
 * does), renamed; every other value is passed on as it is (no copy).
 */
function renameMetadata(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const r = value as { annotation_metadata?: unknown; metadata?: unknown };
  if ((r.annotation_metadata ?? null) !== null || (r.metadata ?? null) === null) return value;
  return { ...r, annotation_metadata: r.metadata };
}

/**
 * A stored annotation, normalised. Accepts the two ways real servers differ from the reference:
 * `metadata` instead of `annotation_metadata`, and `last_updated` without a zone (read as UTC).
 * Output always has `annotation_metadata` and a `Z` timestamp; absent optional fields become null;
 * the fields come in the reference's order. (Built so a record is copied once, by zod, with no
 * transform of the whole record: lists of 100,000 records are parsed several times faster.)
 */
export const SpatialAnnotation = z.preprocess(
  renameMetadata,
  z.object({
    id: Uuid,
    physical_sample_id: Uuid,
    property_name: z.string(),
    property_value: z.number(),
    property_unit: orNull(z.string()),
    char_source_type: orNull(z.string()),
    coord_ref_frame: orNull(CoordRefFrame),
    coord_units: orNull(z.string()),
    coord_x: orNull(z.number()),
    coord_y: orNull(z.number()),
    coord_z: orNull(z.number()),
    data_id: orNull(Uuid),
    annotation_metadata: orNull(JsonObject),
    last_updated: IsoTimestamp,
    version: z.union([z.string(), z.number()]).transform(String),
  }),
);
export type SpatialAnnotation = z.output<typeof SpatialAnnotation>;

export const SpatialAnnotationList = z.array(SpatialAnnotation);

/** Request body of `POST /physical_samples/`: a name of at most MAX_TEXT_CHARS characters. */
export const PhysicalSampleCreate = z.object({ name: NonBlankShortText });
export type PhysicalSampleCreate = z.infer<typeof PhysicalSampleCreate>;

/** An optional reference such as `sample_id` or `detail_notes_id`: text, null clears it. */
const SampleReference = ShortText.nullish();

/**
 * Request body of `PATCH /physical_samples/{id}` ("Update Physical Sample"): any subset of the
 * fields; only those sent change. `physical_sample_metadata` replaces the whole object (the
 * client merges its own key into what it read first); null clears it.
 */
export const PhysicalSampleUpdate = z.object({
  name: NonBlankShortText.optional(),
  sample_id: SampleReference,
  detail_notes_id: SampleReference,
  physical_sample_metadata: metadataWithin(MAX_SAMPLE_METADATA_BYTES).nullish(),
});
export type PhysicalSampleUpdate = z.infer<typeof PhysicalSampleUpdate>;

/**
 * A physical sample as listed by `GET /physical_samples/`, created or updated (extra fields are
 * dropped). `physical_sample_metadata` is kept exactly as sent (every key, every value), and
 * stays `undefined` when the answer has no such field: Atomscale documents it in the create and
 * update answers, not in the list, and "absent" must not read as "no metadata".
 */
export const PhysicalSample = z.object({
  id: Uuid,
  name: nullable(z.string()),
  created_datetime: nullable(IsoTimestamp),
  last_updated: nullable(IsoTimestamp),
  owner_name: nullable(z.string()),
  physical_sample_metadata: JsonObject.nullable().optional(),
  /** The projects the sample belongs to (list answer only; the local server has none). */
  projects: z
    .array(
      z.object({
        id: z.union([z.string(), z.number()]).transform(String),
        name: nullable(z.string()),
      }),
    )
    .nullish()
    .transform((p) => p ?? []),
});
export type PhysicalSample = z.output<typeof PhysicalSample>;

export const PhysicalSampleList = z.array(PhysicalSample);

/** Query of `GET /physical_samples/`. */
export const PhysicalSampleFilters = z.object({ physical_sample_id: Uuid.optional() });
export type PhysicalSampleFilters = z.infer<typeof PhysicalSampleFilters>;

/**
 * A number sent as query text: a plain decimal (optionally signed, with an exponent). Blank text
 * and forms such as `0x10` are errors, not 0 or 16 as `Number()` would make them.
 */
const QueryNumber = z.coerce
  .string()
  .trim()
  .refine((text) => /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text), {
    message: 'Input should be a valid number',
    params: { type: 'float_parsing' },
  })
  .transform(Number)
  .pipe(z.number());

/** Query of `GET /physical_samples/{id}/annotations/`. Numbers arrive as query strings. */
export const AnnotationFilters = z.object({
  property_name: z.string().optional(),
  char_source_type: z.string().optional(),
  x_min: QueryNumber.optional(),
  x_max: QueryNumber.optional(),
  y_min: QueryNumber.optional(),
  y_max: QueryNumber.optional(),
});
export type AnnotationFilters = z.infer<typeof AnnotationFilters>;

/** One entry of FastAPI's validation error list; extra keys (`input`, `ctx`, `url`) are kept. */
export const ValidationErrorItem = z.looseObject({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string(),
});
export type ValidationErrorItem = z.infer<typeof ValidationErrorItem>;

/** Error body: FastAPI sends a list for 422 and a plain string for other HTTP errors. */
export const ErrorBody = z.object({
  detail: z.union([z.string(), z.array(ValidationErrorItem)]),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
