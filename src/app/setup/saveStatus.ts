/**
 * What the Outline panel says about the sample's setup: where it is saved and what happened to
 * it (SaveStatus), and the state an open plan leaves it in.
 */
import type { OpenPlan, SetupHome } from '../../domain/setup/migration';
import type { SetupRead } from '../../domain/setup/setup';

/** Where the panel says the setup is. */
export interface SaveStatus {
  home: SetupHome;
  /**
   * 'loading': reading the server; 'new': the server holds no setup and nothing was changed yet;
   * 'pending'/'saving': a write is due or under way; 'saved': the server holds what is shown;
   * 'browser': this browser only.
   */
  state: 'loading' | 'new' | 'pending' | 'saving' | 'saved' | 'browser';
  /** Why it is in this browser only (after "saved in this browser only: "), without a period. */
  reason: string | null;
  /** Sentences about the last open, save or colleague's change; null when nothing to say. */
  notice: string | null;
}

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
