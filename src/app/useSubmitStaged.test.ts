import { describe, expect, it } from 'vitest';
import type { TabSubmitOutcome } from './submitStaged';
import { describeOutcome } from './useSubmitStaged';

const outcome = (o: Partial<TabSubmitOutcome>): TabSubmitOutcome => ({
  storedCount: 0,
  reconciledCount: 0,
  correctedCount: 0,
  cancelled: false,
  remainingCount: 0,
  editedInFlight: 0,
  deletedInFlight: 0,
  nothingLeft: false,
  leftOut: 0,
  ...o,
});

describe('describeOutcome', () => {
  it('says when another tab had stored everything while this one waited', () => {
    expect(describeOutcome(outcome({ nothingLeft: true }))).toBe(
      'Nothing left to send: another tab stored these annotations while this one waited.',
    );
  });

  it('says when a cancel (e.g. while another tab submitted) sent nothing', () => {
    expect(describeOutcome(outcome({ cancelled: true, remainingCount: 4 }))).toBe(
      'Cancelled before anything was sent: 4 are still staged.',
    );
  });

  it('says what was edited or deleted while being sent', () => {
    expect(describeOutcome(outcome({ storedCount: 3, editedInFlight: 1 }))).toBe(
      'Stored 3 annotations. 1 was edited while being sent: it stays staged, and the next Submit corrects the stored record instead of storing it again.',
    );
    expect(describeOutcome(outcome({ storedCount: 2, deletedInFlight: 2 }))).toBe(
      'Stored 2 annotations. 2 deleted from the staged list while being sent were stored anyway: delete them under Review if they should not be kept.',
    );
  });
});
