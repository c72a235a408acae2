/**
 * A physical sample's setup: what colleagues must see alike (outline and edge exclusion, stage
 * calibration and submit frame, spec limits and colour ranges per property, custom patterns).
 * It lives in the sample's `physical_sample_metadata` under one namespaced key, SETUP_KEY, with
 * a schema version; every other key of that object belongs to someone else and is kept as is.
 */
import { z } from 'zod';
import { StageCalibrationSchema } from '../frames/calibration';
import { SampleOutlineSchema } from '../geometry/outlineSchema';
import { CustomPattern } from '../patterns/custom';

/** The key of `physical_sample_metadata` this app owns. */
export const SETUP_KEY = 'wafer_map';
/** The version this app writes and reads; a higher one was written by a newer app. */
export const SETUP_VERSION = 1;

const finite = z.number().finite();

/** Typed colour range and spec limits of one property in one unit ('' = no unit). */
export const PropertyLimits = z.object({
  property: z.string().min(1),
  unit: z.string(),
  min: finite.optional(),
  max: finite.optional(),
  halfWidth: finite.optional(),
  lsl: finite.optional(),
  usl: finite.optional(),
});
export type PropertyLimits = z.infer<typeof PropertyLimits>;

/**
 * Schema of SETUP_VERSION (`version: 1`). Non-strict: keys a later minor change adds are dropped
 * when read, and kept on the server when written (withSetup).
 */
export const SampleSetup = z.object({
  version: z.literal(SETUP_VERSION),
  /** null: nobody set or confirmed the outline yet (the app may guess one from the name). */
  outline: SampleOutlineSchema.nullable(),
  /** The frame submits use. */
  frame: z.enum(['sample_relative', 'stage_absolute']),
  calibration: StageCalibrationSchema.nullable(),
  limits: z.array(PropertyLimits),
  customPatterns: z.array(CustomPattern),
  /** When this setup was last changed (ISO 8601), to tell an older copy from a newer one. */
  updatedAt: z.iso.datetime({ offset: true }),
  /**
   * When each field was last written, by fieldKey (src/domain/setup/fieldStamps.ts), valid only
   * while `at` equals `updatedAt`: a writer that does not know them keeps them unchanged.
   */
  fieldStamps: z
    .object({
      at: z.iso.datetime({ offset: true }),
      fields: z.record(z.string(), z.iso.datetime({ offset: true })),
    })
    .optional(),
});
export type SampleSetup = z.infer<typeof SampleSetup>;

/** A setup with nothing set yet, stamped `now`. */
export function emptySetup(now: Date): SampleSetup {
  return {
    version: SETUP_VERSION,
    outline: null,
    frame: 'sample_relative',
    calibration: null,
    limits: [],
    customPatterns: [],
    updatedAt: now.toISOString(),
  };
}

/** What a sample's metadata holds under SETUP_KEY. */
export type SetupRead =
  /** The server did not send the metadata at all (e.g. Atomscale's list): nothing is known. */
  | { kind: 'unknown' }
  /** The metadata has no SETUP_KEY (or is null): nothing was set up. */
  | { kind: 'absent' }
  | { kind: 'ok'; setup: SampleSetup }
  /** Written by a newer version of the app: shown as is and never overwritten. */
  | { kind: 'newer'; version: number }
  /** Present but not a valid setup: never overwritten, the message says why. */
  | { kind: 'invalid'; message: string };

/** "outline.diameterMm: Too small…" for the first issue of a failed parse. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid setup';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Read SETUP_KEY of a sample's metadata (see SetupRead): `undefined` metadata is 'unknown',
 * null or a missing key 'absent', a version above SETUP_VERSION 'newer', anything that does not
 * parse 'invalid'. Never throws.
 */
export function readSetup(metadata: Record<string, unknown> | null | undefined): SetupRead {
  if (metadata === undefined) return { kind: 'unknown' };
  if (metadata === null || !Object.hasOwn(metadata, SETUP_KEY)) return { kind: 'absent' };
  const value = metadata[SETUP_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', message: `${SETUP_KEY} is not an object` };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETUP_VERSION) {
    return { kind: 'newer', version };
  }
  const parsed = SampleSetup.safeParse(value);
  return parsed.success
    ? { kind: 'ok', setup: parsed.data }
    : { kind: 'invalid', message: firstIssue(parsed.error) };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The metadata to write: `metadata` with SETUP_KEY set to `setup`, every other key (and its
 * value) exactly as it was and in the same order. Keys of the SETUP_KEY object that this
 * version does not know (added by a later minor change) are kept too. `setup` is checked with
 * SampleSetup first; throws a ZodError if it is not valid, so an invalid setup never reaches
 * the server.
 */
export function withSetup(
  metadata: Record<string, unknown> | null | undefined,
  setup: SampleSetup,
): Record<string, unknown> {
  const checked = SampleSetup.parse(setup);
  const previous = metadata?.[SETUP_KEY];
  const unknown = isRecord(previous)
    ? Object.entries(previous).filter(([key]) => !Object.hasOwn(SampleSetup.shape, key))
    : [];
  return { ...(metadata ?? {}), [SETUP_KEY]: { ...Object.fromEntries(unknown), ...checked } };
}

/** The limits of `property` in `unit` (undefined when none are typed). */
export function limitsOf(
  setup: SampleSetup,
  property: string,
  unit: string,
): PropertyLimits | undefined {
  return setup.limits.find((l) => l.property === property && l.unit === unit);
}

/** Limits with only the typed bounds (no property/unit). */
export type LimitValues = Omit<PropertyLimits, 'property' | 'unit'>;

/**
 * `setup` with the limits of `property` in `unit` replaced by `values` (removed when `values`
 * holds no bound), other entries unchanged and in order. Does not stamp `updatedAt`.
 */
export function withLimits(
  setup: SampleSetup,
  property: string,
  unit: string,
  values: LimitValues,
): SampleSetup {
  const bounds = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as LimitValues;
  const others = setup.limits.filter((l) => !(l.property === property && l.unit === unit));
  const index = setup.limits.findIndex((l) => l.property === property && l.unit === unit);
  if (Object.keys(bounds).length === 0) return { ...setup, limits: others };
  const entry = { property, unit, ...bounds };
  const limits = [...others];
  limits.splice(index < 0 ? limits.length : index, 0, entry);
  return { ...setup, limits };
}
