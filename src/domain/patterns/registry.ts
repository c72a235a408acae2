/**
 * The measurement pattern kinds, in the order the pattern list offers them. To add a kind, write
 * its descriptor (see descriptor.ts) in its own file and add one line here.
 */
import type { SampleOutline } from '../geometry/outline';
import { customPatternKind } from './custom';
import {
  NO_PATTERN,
  type PatternContext,
  type PatternDescriptor,
  type PatternSpec,
} from './descriptor';
import { gridPatternKind } from './grid';
import { lineScanPatternKind } from './lineScan';
import type { MeasurementPattern } from './pattern';
import { polarPatternKind } from './polar';

export const PATTERN_KINDS: readonly PatternDescriptor[] = [
  polarPatternKind,
  gridPatternKind,
  lineScanPatternKind,
  customPatternKind,
];

/** The descriptor of `kind`, or undefined (none, or a kind no longer known). */
export function patternKind(kind: string): PatternDescriptor | undefined {
  return PATTERN_KINDS.find((d) => d.kind === kind);
}

/** The parameters of `spec` (the spec without `kind`). */
function paramsOf(spec: PatternSpec): Record<string, unknown> {
  const { kind: _, ...params } = spec;
  return params;
}

/** JSON of `value` with object keys sorted, so equal parameters give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The result of building a spec: the pattern, or null with a sentence saying why. */
export interface BuiltPattern {
  pattern: MeasurementPattern | null;
  error: string | null;
}

/**
 * Build the pattern `spec` describes on `outline`. Never throws: parameters the kind's schema
 * refuses and geometry the kind cannot lay out come back as `error` (e.g. "pitch too fine").
 * `none` gives no pattern and no error.
 */
export function buildPattern(
  spec: PatternSpec,
  outline: SampleOutline,
  context: PatternContext,
): BuiltPattern {
  if (spec.kind === NO_PATTERN.kind) return { pattern: null, error: null };
  const descriptor = patternKind(spec.kind);
  if (!descriptor) return { pattern: null, error: `unknown pattern kind "${spec.kind}"` };
  const params = descriptor.params.safeParse(paramsOf(spec));
  if (!params.success) {
    return { pattern: null, error: params.error.issues[0]?.message ?? 'invalid settings' };
  }
  try {
    return { pattern: descriptor.build(outline, params.data, context), error: null };
  } catch (e) {
    return { pattern: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Value of the pattern list for no pattern. */
export const NONE_CHOICE = 'none';

/**
 * The pattern list's value for `spec`: `<kind>:<preset id>` when its parameters are those of a
 * preset of its kind, else `<kind>` (the entry with fields); `none` for no pattern.
 */
export function choiceOf(spec: PatternSpec, context: PatternContext): string {
  const descriptor = patternKind(spec.kind);
  if (!descriptor) return NONE_CHOICE;
  const params = canonicalJson(paramsOf(spec));
  const preset = descriptor.presets?.(context).find((p) => canonicalJson(p.params) === params);
  return preset ? `${descriptor.kind}:${preset.id}` : descriptor.kind;
}

/**
 * The spec a list value stands for (see choiceOf): a preset's parameters, or the kind's
 * defaults; no pattern for `none`, an unknown kind or a preset that no longer exists.
 */
export function specOfChoice(value: string, context: PatternContext): PatternSpec {
  const [kind = '', presetId] = value.split(/:(.*)/s);
  const descriptor = patternKind(kind);
  if (!descriptor) return NO_PATTERN;
  if (presetId === undefined) return { kind, ...structuredClone(descriptor.defaults) };
  const preset = descriptor.presets?.(context).find((p) => p.id === presetId);
  return preset ? { kind, ...structuredClone(preset.params) } : NO_PATTERN;
}
