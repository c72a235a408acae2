import { describe, expect, it } from 'vitest';
import { entryMessages as say } from './messages';

describe('the notice after a saved edit replaced values set meanwhile', () => {
  it("says whose value each field replaced, another tab's first", () => {
    expect(
      say.replacedOnSave(1, [{ label: 'Value', theirs: '1.11', yours: '2.22', elsewhere: true }]),
    ).toBe('Saved row 1: your Value 2.22 replaced 1.11, set in another tab while you edited.');
    expect(
      say.replacedOnSave(3, [
        { label: 'x (mm)', theirs: '4', yours: '5', elsewhere: false },
        { label: 'Value', theirs: '1.11', yours: '2.22', elsewhere: true },
        { label: 'Unit', theirs: 'nm', yours: '', elsewhere: true },
      ]),
    ).toBe(
      'Saved row 3: your Value 2.22 replaced 1.11 and your Unit (empty) replaced nm, set in another tab; your x (mm) 5 replaced 4, changed in this tab while you edited.',
    );
  });
});
