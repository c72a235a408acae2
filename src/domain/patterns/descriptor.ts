/**
 * What a kind of measurement pattern tells the rest of the app: its name, the zod schema and
 * defaults of its parameters, the form fields that edit them, the fixed layouts it offers, and
 * how to build its sites on an outline. The registry (registry.ts) lists every kind; the pattern
 * panel and guided entry read only descriptors, so a new kind is one file plus one line there.
 */
import { z } from 'zod';
import type { SampleOutline } from '../geometry/outline';
import type { CustomPattern } from './custom';
import type { MeasurementPattern } from './pattern';

/**
 * A chosen pattern as it is kept (localStorage, per sample): `kind` and that kind's parameters,
 * side by side (`{ kind: 'grid', pitchXMm: 10, … }`). Only `kind` is checked here; the kind's own
 * schema checks the rest when the pattern is built.
 */
export const PatternSpec = z.looseObject({ kind: z.string().min(1) });
export type PatternSpec = z.infer<typeof PatternSpec>;

/** No pattern: points are clicked freely. */
export const NO_PATTERN: PatternSpec = { kind: 'none' };

/** What building a pattern may need besides the outline. */
export interface PatternContext {
  /** The sample's saved custom patterns (its setup). */
  customs: readonly CustomPattern[];
}

/** A number parameter, typed in a NumberField and committed when valid. */
export interface NumberFieldSpec<P> {
  kind: 'number';
  key: keyof P & string;
  label: string;
  min: number;
  max: number;
  /** Only whole numbers (a count). */
  integer?: boolean;
}

/** A list of whole numbers ≥ 1 typed as text separated by commas or spaces (ring site counts). */
export interface CountsFieldSpec<P> {
  kind: 'counts';
  key: keyof P & string;
  label: string;
  /** Said when the text is not such a list, e.g. "Sites per ring: whole numbers …". */
  invalidMessage: string;
}

/** A form field of a pattern kind. */
export type PatternField<P> = NumberFieldSpec<P> | CountsFieldSpec<P>;

/** A fixed layout a kind offers in the pattern list (e.g. the 49-site polar map). */
export interface PatternPreset<P> {
  /** Unique within the kind; the list's value is `<kind>:<id>`. */
  id: string;
  label: string;
  params: P;
}

/** One kind of measurement pattern (see the module comment). */
export interface PatternDescriptor<P extends object = Record<string, unknown>> {
  kind: string;
  /** The list entry that opens the fields (e.g. "Rectangular grid…"); unused without fields. */
  label: string;
  /** Heading of a group in the pattern list holding the presets and the entry; none: no group. */
  group?: string;
  /** Schema of the parameters (the spec without `kind`). */
  params: z.ZodType<P>;
  /** Parameters when the user picks the entry with fields. */
  defaults: P;
  /** Fields of the parameters, in form order; [] = the kind is chosen only by its presets. */
  fields: readonly PatternField<P>[];
  /** Fixed layouts to offer, given the sample's context. */
  presets?: (context: PatternContext) => readonly PatternPreset<P>[];
  /** The sites on `outline` (sample mm). Throws RangeError with a sentence for the user. */
  build: (outline: SampleOutline, params: P, context: PatternContext) => MeasurementPattern;
}

/**
 * A descriptor with its parameter type erased, as the registry holds it. Sound because every
 * use parses the parameters with the descriptor's own schema first.
 */
export function describePattern<P extends object>(d: PatternDescriptor<P>): PatternDescriptor {
  return d as unknown as PatternDescriptor;
}
