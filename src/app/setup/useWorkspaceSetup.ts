/**
 * The sample setup as the workspace uses it: the outline to draw and whether it is set, guessed
 * from the name or missing; the submit frame and calibration; the typed limits of each property;
 * the custom patterns. Every setter goes through useSampleSetup (saved with the sample).
 */
import { useCallback, useMemo } from 'react';
import type { PhysicalSample } from '../../api/schemas';
import type { SampleOutline } from '../../domain/geometry/outline';
import { standardWafer } from '../../domain/geometry/outline';
import type { CustomPattern } from '../../domain/patterns/custom';
import type { ValueLimits } from '../../domain/review/colorSettings';
import { withLimits } from '../../domain/setup/setup';
import type { FrameSettings, OutlineStatus } from '../../domain/setup/status';
import { useSampleSetup } from './useSampleSetup';

/** The outline offered (never assumed) for a sample whose name gives no size. */
export const SUGGESTED_OUTLINE: SampleOutline = standardWafer(150);

export type { OutlineStatus } from '../../domain/setup/status';

/** Why nothing can be placed while the outline is missing; shown where the user acted. */
export const OUTLINE_NEEDED =
  'Set the sample’s outline first: its name gives no size. Choose the geometry in the Outline panel (Entry tab).';

const NO_LIMITS: ValueLimits = Object.freeze({});

export function useWorkspaceSetup(sample: PhysicalSample) {
  const { setup, update, status, guess, retry } = useSampleSetup(sample);
  const outlineStatus: OutlineStatus = setup.outline ? 'set' : guess ? 'guessed' : 'missing';
  const outline = setup.outline ?? guess?.outline ?? SUGGESTED_OUTLINE;

  const setOutline = useCallback(
    (next: SampleOutline) => update((s) => ({ ...s, outline: next })),
    [update],
  );
  const frame: FrameSettings = useMemo(
    () => ({ frame: setup.frame, calibration: setup.calibration }),
    [setup.frame, setup.calibration],
  );
  const setFrame = useCallback(
    (next: FrameSettings) =>
      update((s) => ({ ...s, frame: next.frame, calibration: next.calibration })),
    [update],
  );
  const setCustoms = useCallback(
    (customPatterns: CustomPattern[]) => update((s) => ({ ...s, customPatterns })),
    [update],
  );
  const limits = setup.limits;
  // One object per entry while the limits are unchanged, so memos over them stay valid.
  const byKey = useMemo(
    () =>
      new Map(
        limits.map(({ property, unit, ...values }) => [JSON.stringify([property, unit]), values]),
      ),
    [limits],
  );
  /** The typed limits of a property in a unit; one frozen empty object when none. */
  const limitsFor = useCallback(
    (property: string | null, unit: string | null): ValueLimits =>
      property === null
        ? NO_LIMITS
        : (byKey.get(JSON.stringify([property, unit ?? ''])) ?? NO_LIMITS),
    [byKey],
  );
  const setLimits = useCallback(
    (property: string, unit: string | null, values: ValueLimits) =>
      update((s) => withLimits(s, property, unit ?? '', values)),
    [update],
  );

  return {
    outline,
    outlineStatus,
    guess,
    setOutline,
    /** Keep the outline shown (guessed or suggested) as the sample's. */
    confirmOutline: () => setOutline(outline),
    frame,
    setFrame,
    customs: setup.customPatterns,
    setCustoms,
    limitsFor,
    setLimits,
    status,
    retry,
    placementBlocked: outlineStatus === 'missing' ? OUTLINE_NEEDED : null,
  };
}

/** What useWorkspaceSetup returns. */
export type WorkspaceSetup = ReturnType<typeof useWorkspaceSetup>;
