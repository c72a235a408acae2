/**
 * The measurement pattern chosen for a sample (and the active site of guided entry), kept in
 * localStorage. The custom patterns it may refer to are part of the sample's setup, saved with
 * the sample on the server (src/app/setup); earlier versions kept them in this browser for all
 * samples under `wafer-annotator:patterns`, which the setup migration reads.
 */
import { useMemo } from 'react';
import { z } from 'zod';
import type { SampleOutline } from '../domain/geometry/outline';
import type { CustomPattern } from '../domain/patterns/custom';
import { NO_PATTERN, PatternSpec } from '../domain/patterns/descriptor';
import { buildPattern } from '../domain/patterns/registry';
import { usePersistentState } from './persistent';

const GuidedState = z.object({ spec: PatternSpec, activeSite: z.number().int().positive() });
type GuidedState = z.infer<typeof GuidedState>;

/** The sample's chosen pattern (built on its outline) and the guided-entry active site. */
export function useGuidedPattern(
  sampleId: string,
  outline: SampleOutline,
  customs: CustomPattern[],
) {
  const [state, setState] = usePersistentState<GuidedState>(
    `wafer-annotator:pattern:${sampleId}`,
    GuidedState,
    () => ({ spec: NO_PATTERN, activeSite: 1 }),
  );
  const built = useMemo(
    () => buildPattern(state.spec, outline, { customs }),
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
