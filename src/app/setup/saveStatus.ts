/**
 * What the Outline panel says about the sample's setup (SaveStatus, src/domain/setup/status.ts):
 * the state an open plan leaves it in, and its sentences.
 */
import type { OpenPlan } from '../../domain/setup/migration';
import type { SetupRead } from '../../domain/setup/setup';
import type { SaveStatus } from '../../domain/setup/status';

export type { SaveStatus } from '../../domain/setup/status';

/** The state a plan leaves the panel in (see SaveStatus). */
export function planStatus(plan: OpenPlan, read: SetupRead): SaveStatus {
  const state = plan.write
    ? 'pending'
    : plan.home === 'browser'
      ? 'browser'
      : read.kind === 'absent'
        ? 'new'
        : 'saved';
  return { home: plan.home, state, reason: plan.reason, notice: plan.notice };
}

/** The given sentences (nulls skipped) joined with a space; null when there are none. */
export const sentences = (...parts: (string | null | string[])[]) =>
  parts
    .flat()
    .filter((p): p is string => p !== null)
    .join(' ') || null;
