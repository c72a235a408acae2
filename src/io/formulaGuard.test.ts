import { describe, expect, it } from 'vitest';
import { unescapeFormulaText } from './formulaGuard';

describe('unescapeFormulaText', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+1", '+1'],
    ["'-x", '-x'],
    ["'@x", '@x'],
    ["'\tx", '\tx'],
  ])('takes the guard off %j', (text, plain) => {
    expect(unescapeFormulaText(text)).toBe(plain);
  });

  it.each(["'quoted'", "'", 'plain', "it's", "''=x"])('leaves %j alone', (text) => {
    expect(unescapeFormulaText(text)).toBe(text);
  });
});
