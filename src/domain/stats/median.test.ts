import { describe, expect, it } from 'vitest';
import { medianStatistic } from './median';
import { statisticInput } from './statistic';
import { summarizeValues } from './uniformity';

const median = (values: number[]) =>
  medianStatistic.compute(statisticInput(values, summarizeValues(values)));

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([9.7878])).toBe(9.7878);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([-2, 2])).toBe(0);
  });

  it('is not pulled by an outlier, unlike the mean', () => {
    expect(median([10, 10.1, 9.9, 10, 55])).toBe(10);
  });

  it('leaves non-finite values out and is null without values', () => {
    expect(median([1, Number.NaN, 3])).toBe(2);
    expect(median([])).toBeNull();
  });
});
