import { describe, expect, it } from 'vitest';
import { formatBytes, importSizeProblem, MAX_IMPORT_BYTES } from './importLimits';

describe('formatBytes', () => {
  it('writes bytes, kB and MB', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(12_595)).toBe('12.3 kB');
    expect(formatBytes(66_000_000)).toBe('62.9 MB');
  });
});

describe('importSizeProblem', () => {
  it('takes files up to exactly 50 MB', () => {
    expect(importSizeProblem('a.csv', 1)).toBeNull();
    expect(importSizeProblem('a.csv', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('refuses a file one byte over 50 MB, naming its size and the limit', () => {
    expect(importSizeProblem('big.csv', MAX_IMPORT_BYTES + 1)).toBe(
      'big.csv is 50.0 MB, more than the 50.0 MB the importer takes. Split it, or export fewer wafers or columns.',
    );
    expect(importSizeProblem('huge.csv', 60 * 1024 * 1024)).toMatch(
      /^huge\.csv is 60\.0 MB, more than/,
    );
  });

  it('refuses an empty file', () => {
    expect(importSizeProblem('empty.txt', 0)).toBe('empty.txt is empty.');
  });
});
