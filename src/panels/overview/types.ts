/** Shapes shared by the samples overview's panels. */
import type { SampleOutline } from '../../domain/geometry/outline';
import type { SampleSummary } from '../../domain/lot/sampleSummary';
import type { ListedSample } from './sampleListModel';

/** What is known of a sample's stored annotations (loaded only once its row is in view). */
export type SummaryState =
  /** Not asked for yet (the row has not been in view). */
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; summary: SampleSummary };

/** One row of the overview: the sample and its outline (null: none known). */
export interface OverviewRow {
  sample: ListedSample;
  /** The outline its shared setup holds, else the one its name suggests (nameGuess.ts). */
  outline: SampleOutline | null;
  /** Where `outline` came from: the setup, a guess from the name, or nowhere (null). Absent: setup. */
  outlineSource?: 'setup' | 'name' | null;
}

export const IDLE: SummaryState = { status: 'idle' };
