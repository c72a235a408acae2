/**
 * Reading numbers the user typed into a field (a measured value or a coordinate).
 *
 * The rule is: one plain decimal number, optionally signed and with an exponent, surrounded by
 * optional whitespace. Anything else is refused with a message that says what to type instead,
 * because a silently "fixed" number (a blank read as 0, `1,5` read as 1 or 15) corrupts data.
 * Decimal commas and digit grouping are only understood by the table import, which knows the
 * file's locale.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_THEN_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\d\s.,+-].*)$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|∞)$/i;

/** U+2212 MINUS SIGN, as pasted from documents and instrument software. */
const UNICODE_MINUS = /\u2212/g;

/**
 * Parse one typed number. Leading/trailing whitespace is ignored and the Unicode minus `−` is
 * read as `-`. Returns `{ ok: false, message }` (never NaN, never 0 for blank input) for: empty
 * input, a decimal comma, digit grouping, a unit after the number, NaN/Infinity, or any other text.
 */
export function parseTypedNumber(
  input: string,
  /** The field has a Unit field beside it (a property value): name it in the unit hint. */
  options: { unitField?: boolean } = {},
): ParsedNumber {
  const text = input.trim().replace(UNICODE_MINUS, '-');
  if (text === '') return { ok: false, message: 'Enter a number.' };
  if (NOT_FINITE.test(text)) return { ok: false, message: 'Must be a finite number.' };
  if (PLAIN_NUMBER.test(text)) {
    const value = Number(text);
    if (!Number.isFinite(value)) return { ok: false, message: 'Number is too large.' };
    // 1e-400 rounds to 0 in a double: refused rather than stored as a wrong 0.
    if (value === 0 && /[1-9]/.test(text.split(/[eE]/)[0] ?? '')) {
      return { ok: false, message: 'Number is too small to store (it would become 0).' };
    }
    return { ok: true, value: Object.is(value, -0) ? 0 : value };
  }
  if (/^[+-]?\d{1,3},\d{3}$/.test(text)) {
    const [whole, frac] = text.split(',');
    return {
      ok: false,
      message: `Is ${text} ${whole}.${frac} or ${whole}${frac}? Type it without a comma.`,
    };
  }
  if (/^[+-]?\d*,\d+$/.test(text)) {
    return {
      ok: false,
      message: `Use a decimal point: type ${text.replace(',', '.')}, not ${text}. Decimal commas are read by the table import.`,
    };
  }
  if (/^[+-]?\d{1,3}([ ,\u00a0\u202f'_]\d{3})+(\.\d+)?$/.test(text)) {
    return {
      ok: false,
      message: `Remove the digit grouping: type ${text.replace(/[ ,\u00a0\u202f'_]/g, '')}.`,
    };
  }
  // Hex/binary/octal literals look like "0" followed by a unit; they are simply not numbers here.
  const withText = /^[+-]?0[xXbBoO]/.test(text) ? null : NUMBER_THEN_TEXT.exec(text);
  if (withText) {
    return {
      ok: false,
      message: options.unitField
        ? `Type only the number (${withText[1]}); put the unit "${withText[2]}" in the Unit field.`
        : `Type only the number (${withText[1]}), without "${withText[2]}": the field's label gives its unit.`,
    };
  }
  return { ok: false, message: `"${input.trim()}" is not a number.` };
}
