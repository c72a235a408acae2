import { describe, expect, it } from 'vitest';
import { choiceNotice } from './choiceNotice';

describe('choiceNotice', () => {
  it('says an unknown property (and its unit) was not found, and what is shown instead', () => {
    expect(
      choiceNotice(
        { property: 'nonexistent', unit: 'furlong' },
        { property: 'thickness', unit: 'nm' },
      ),
    ).toBe("No sample has property 'nonexistent' (in furlong); showing thickness (in nm) instead.");
    expect(choiceNotice({ property: 'Rs', unit: null }, { property: 'gof', unit: '' })).toBe(
      "No sample has property 'Rs'; showing gof (without a unit) instead.",
    );
    expect(choiceNotice({ property: 'Rs', unit: null }, { property: null, unit: null })).toBe(
      "No sample has property 'Rs'; there is nothing to show.",
    );
  });

  it('says an unknown unit of a known property was not found', () => {
    expect(
      choiceNotice(
        { property: 'thickness', unit: 'furlong' },
        { property: 'thickness', unit: 'nm' },
      ),
    ).toBe('No sample has thickness in furlong; showing it in nm instead.');
    expect(choiceNotice({ property: null, unit: '' }, { property: 'thickness', unit: 'nm' })).toBe(
      'No sample has thickness without a unit; showing it in nm instead.',
    );
  });

  it('is silent when the request was met or nothing was asked', () => {
    const shown = { property: 'thickness', unit: 'nm' };
    expect(choiceNotice({ property: 'thickness', unit: 'nm' }, shown)).toBeNull();
    expect(choiceNotice({ property: null, unit: null }, shown)).toBeNull();
    expect(choiceNotice({ property: 'thickness', unit: null }, shown)).toBeNull();
  });
});
