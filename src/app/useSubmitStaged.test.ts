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

describe('describeOutcome agrees every count with its noun and verb', () => {
  it('says "1 annotation … was" for one, "2 annotations … were" for two, never "(s)"', () => {
    const one = describeOutcome(
      outcome({ storedCount: 1, reconciledCount: 1, correctedCount: 1, leftOut: 1 }),
    );
    expect(one).toBe(
      'Stored 1 annotation. 1 was already stored by an earlier submit (its answer was lost, or undo brought it back), so it was not sent again. 1 had been stored by an earlier submit and was edited since, so the stored record was corrected instead of stored twice. 1 annotation outside the sample outline stayed staged.',
    );
    const two = describeOutcome(
      outcome({ storedCount: 2, reconciledCount: 2, correctedCount: 2, leftOut: 2 }),
    );
    expect(two).toContain('2 were already stored');
    expect(two).toContain('so they were not sent again');
    expect(two).toContain('2 had been stored by an earlier submit and were edited since');
    expect(two).toContain('2 annotations outside the sample outline');
    expect(describeOutcome(outcome({ cancelled: true, remainingCount: 1 }))).toBe(
      'Cancelled before anything was sent: 1 is still staged.',
    );
    expect(describeOutcome(outcome({ storedCount: 1, cancelled: true, remainingCount: 1 }))).toBe(
      'Stored 1 annotation. Cancelled: 1 is still staged.',
    );
  });
});
