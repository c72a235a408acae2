/**
 * The measurement pattern chosen for a sample (and the active site of guided entry), kept in
 * localStorage. The custom patterns it may refer to are part of the sample's setup, saved with
 * the sample on the server (src/app/setup); earlier versions kept them in this browser for all
 * samples under `wafer-annotator:patterns`, which the setup migration reads.
 */
import { useMemo } from 'react';
import { z } from 'zod';
import type { SampleOutline } from '../domain/geometry/outline';
import {
  type CustomPattern,
  gridPattern,
  lineScanPattern,
  type MeasurementPattern,
  patternFromCustom,
  polarRingPattern,
} from '../domain/patterns';
import { usePersistentState } from './persistent';

export const PatternSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('polar'), ringCounts: z.array(z.number().int().positive()).min(1) }),
  z.object({
    kind: z.literal('grid'),
    pitchXMm: z.number().positive(),
    pitchYMm: z.number().positive(),
    offsetXMm: z.number(),
    offsetYMm: z.number(),
  }),
  z.object({
    kind: z.literal('line'),
    siteCount: z.number().int().positive(),
    angleDeg: z.number(),
  }),
  z.object({ kind: z.literal('custom'), id: z.string() }),
]);
export type PatternSpec = z.infer<typeof PatternSpec>;

const GuidedState = z.object({ spec: PatternSpec, activeSite: z.number().int().positive() });
type GuidedState = z.infer<typeof GuidedState>;

/** Radius used for polar patterns: the wafer radius, or half the shorter side of a piece. */
function polarRadiusMm(outline: SampleOutline): number {
  return outline.kind === 'wafer'
    ? outline.diameterMm / 2
    : Math.min(outline.widthMm, outline.heightMm) / 2;
}

/**
 * Build the pattern a spec describes on this outline. Returns an error message instead of
 * throwing when the parameters do not make a pattern (e.g. a pitch too fine).
 */
export function buildPattern(
  spec: PatternSpec,
  outline: SampleOutline,
  customs: CustomPattern[],
): { pattern: MeasurementPattern | null; error: string | null } {
  try {
    switch (spec.kind) {
      case 'none':
        return { pattern: null, error: null };
      case 'polar':
        return {
          pattern: polarRingPattern({
            radiusMm: polarRadiusMm(outline),
            edgeExclusionMm: outline.edgeExclusionMm,
            ringCounts: spec.ringCounts,
          }),
          error: null,
        };
      case 'grid':
        return { pattern: gridPattern({ outline, ...spec }), error: null };
      case 'line':
        return { pattern: lineScanPattern({ outline, ...spec }), error: null };
      case 'custom': {
        const custom = customs.find((c) => c.id === spec.id);
        return custom
          ? { pattern: patternFromCustom(custom), error: null }
          : { pattern: null, error: 'that custom pattern no longer exists' };
      }
    }
  } catch (e) {
    return { pattern: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The sample's chosen pattern (built on its outline) and the guided-entry active site. */
export function useGuidedPattern(
  sampleId: string,
  outline: SampleOutline,
  customs: CustomPattern[],
) {
  const [state, setState] = usePersistentState<GuidedState>(
    `wafer-annotator:pattern:${sampleId}`,
    GuidedState,
    () => ({ spec: { kind: 'none' }, activeSite: 1 }),
  );
  const built = useMemo(
    () => buildPattern(state.spec, outline, customs),
    [state.spec, outline, customs],
  );
  const siteCount = built.pattern?.sites.length ?? 0;
  const activeSite = Math.min(Math.max(1, state.activeSite), Math.max(1, siteCount));
  return {
    spec: state.spec,
    pattern: built.pattern,
    error: built.error,
    activeSite,
    setSpec: (spec: PatternSpec) => setState({ spec, activeSite: 1 }),
    setActiveSite: (site: number) =>
      setState((s) => ({ ...s, activeSite: Math.min(Math.max(1, site), Math.max(1, siteCount)) })),
  };
}
