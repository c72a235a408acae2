/**
 * Reading numbers from imported table cells.
 *
 * Instrument and spreadsheet exports write numbers in several locales, so unlike the typed-number
 * parser (src/domain/values/parseNumber.ts) this one understands a decimal comma (when the table
 * says so) and digit grouping. The rule that matters: a cell is either read exactly, reported as
 * missing, or reported as invalid with its raw text. It is never guessed, never truncated (a
 * `1,320.4` is never 1) and a blank or `N/A` is never 0.
 */

export type ReadNumberResult =
  | { ok: true; value: number }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'invalid'; raw: string; reason: string };

export interface ReadNumberOptions {
  /** True when the table writes `1,5` for one and a half (and may group thousands with `.`). */
  decimalComma: boolean;
  /**
   * Multiply the value by 10^powerOfTen by moving the decimal point in the text, so unit changes
   * by powers of ten are decimal-exact: `0.354` with powerOfTen 1 is exactly the double of 3.54
   * (0.354 * 10 in binary floating point is not, for about a quarter of 3-decimal values).
   */
  powerOfTen?: number;
}

/**
 * Cell texts that mean "no value" (compared case-insensitively after trimming): blanks,
 * spreadsheet error values, NA/NaN spellings and lone dashes.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  '',
  'n/a',
  'na',
  'nan',
  '-',
  '--',
  '#ref!',
  '#n/a',
  '#value!',
  '#div/0!',
  '#num!',
  '#null!',
  '#name?',
]);

const NOT_FINITE = /^[+-]?(?:inf|infinity|∞)$/i;
const SIGN_AND_BODY = /^([+-]?)(.*?)([eE][+-]?\d+)?$/;
const DIGITS = /^\d*$/;
const SIMPLE_POINT = /^[+-]?\d+(?:\.\d*)?$/;
const NONZERO_DIGIT = /[1-9]/;
const TOO_SMALL = 'number too small (it would be stored as 0)';
const SIMPLE_COMMA = /^[+-]?\d+(?:,\d*)?$/;
/** Separators used to group thousands besides the "other" decimal mark. */
const SPACE_SEPARATORS = ' \u00a0\u202f\u2009';

const invalid = (raw: string, reason: string): ReadNumberResult => ({
  ok: false,
  kind: 'invalid',
  raw,
  reason,
});

/** True when the trimmed cell text is one of MISSING_MARKERS. */
export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.trim().toLowerCase());
}

/**
 * Validates the integer part of a number: plain digits, or groups of exactly three digits after
 * a first group of one to three, all with the same separator. Returns the digits or an error.
 */
function readIntegerPart(
  intPart: string,
  groupMark: string,
  hasFraction: boolean,
): { digits: string } | { error: string } {
  if (DIGITS.test(intPart)) return { digits: intPart };
  const sep = [...intPart].find((c) => c < '0' || c > '9') ?? '';
  if (sep !== groupMark && !SPACE_SEPARATORS.includes(sep)) {
    return { error: `unexpected character "${sep}"` };
  }
  const groups = intPart.split(sep);
  const wellGrouped =
    groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g))) &&
    groups.length > 1;
  if (!wellGrouped) return { error: `"${sep}" is not a thousands separator here` };
  // `1,320` (one group, no fraction) reads as 1320 with grouping or 1.32 with a decimal comma.
  if (sep === groupMark && groups.length === 2 && !hasFraction) {
    return { error: `ambiguous: "${groupMark}" could be a decimal mark or a thousands separator` };
  }
  return { digits: groups.join('') };
}

/**
 * Read one table cell as a number.
 *
 * Accepted: optional sign (`-`, `+` or the Unicode minus U+2212), digits with at most one decimal
 * mark (`.`, or `,` when `decimalComma`), an optional exponent, and thousands grouping in groups
 * of three by the other mark (`1,320.4`; `1.320,4` in decimal-comma mode) or by a space, NBSP
 * (U+00A0), narrow NBSP (U+202F) or thin space (U+2009). Surrounding whitespace is ignored.
 * Results: `{ ok: true, value }` (never NaN, never −0); `{ kind: 'missing' }` for MISSING_MARKERS;
 * `{ kind: 'invalid', raw, reason }` for anything else, including ambiguous grouping such as
 * `1,320` without a decimal part, the wrong decimal mark for the mode, units, infinities, and
 * non-zero numbers too small for a double (1e-400), which would otherwise read as 0.
 */
export function readNumber(text: string, options: ReadNumberOptions): ReadNumberResult {
  const raw = text;
  const t = text.trim().replace(/\u2212/g, '-');
  // Fast path for the common plain form; same result as the full grammar below.
  if ((options.decimalComma ? SIMPLE_COMMA : SIMPLE_POINT).test(t)) {
    const plain = options.decimalComma ? t.replace(',', '.') : t;
    const shift = options.powerOfTen ?? 0;
    const value = shift === 0 ? Number(plain) : Number(`${plain}e${shift}`);
    if (value === 0 && NONZERO_DIGIT.test(plain)) return invalid(raw, TOO_SMALL);
    return { ok: true, value: value === 0 ? 0 : value };
  }
  if (MISSING_MARKERS.has(t.toLowerCase())) return { ok: false, kind: 'missing' };
  if (NOT_FINITE.test(t)) return invalid(raw, 'not a finite number');
  const m = SIGN_AND_BODY.exec(t);
  const sign = m?.[1] ?? '';
  const body = m?.[2] ?? '';
  const exponent = Number((m?.[3] ?? 'e0').slice(1));
  const decimalMark = options.decimalComma ? ',' : '.';
  const groupMark = options.decimalComma ? '.' : ',';
  const parts = body.split(decimalMark);
  if (parts.length > 2) return invalid(raw, `more than one decimal mark "${decimalMark}"`);
  const intPart = parts[0] ?? '';
  const fraction = parts[1];
  if (fraction !== undefined && !DIGITS.test(fraction)) {
    return invalid(raw, fraction.includes(groupMark) ? 'mixed decimal marks' : 'not a number');
  }
  if (intPart === '' && !fraction) return invalid(raw, 'not a number');
  const integer = readIntegerPart(intPart, groupMark, fraction !== undefined);
  if ('error' in integer) {
    const hint =
      intPart.includes(groupMark) && /^\d+[.,]\d+$/.test(intPart)
        ? `; is the decimal mark "${groupMark}"?`
        : '';
    return invalid(raw, `${integer.error}${hint}`);
  }
  const mantissa = `${sign}${integer.digits || '0'}.${fraction || '0'}`;
  const value = Number(`${mantissa}e${exponent + (options.powerOfTen ?? 0)}`);
  if (!Number.isFinite(value)) return invalid(raw, 'number too large');
  // 1e-400 would silently become 0: a wrong number, so it is flagged instead.
  if (value === 0 && NONZERO_DIGIT.test(mantissa)) return invalid(raw, TOO_SMALL);
  return { ok: true, value: value === 0 ? 0 : value };
}

const PAIR = /^\(\s*([^()]*)\s*\)$/;

/**
 * Split a coordinate pair cell such as `(0.354,-0.354)` (J.A. Woollam CompleteEASE map exports)
 * into its two number texts. The pair separator is `;` when the text contains one (needed with
 * decimal commas) and otherwise `,`. Returns null when the cell is not a two-part pair.
 */
export function splitCoordinatePair(text: string): { xText: string; yText: string } | null {
  const m = PAIR.exec(text.trim());
  if (!m) return null;
  const inner = m[1] ?? '';
  const parts = inner.split(inner.includes(';') ? ';' : ',');
  if (parts.length !== 2) return null;
  return { xText: (parts[0] ?? '').trim(), yText: (parts[1] ?? '').trim() };
}

const COMMA_DECIMAL = /^[+\-\u2212]?[\d. \u00a0\u202f]*\d,\d+(?:[eE][+-]?\d+)?$/;
const POINT_DECIMAL = /^[+\-\u2212]?[\d, \u00a0\u202f]*\d?\.\d+(?:[eE][+-]?\d+)?$/;

/**
 * Guess whether a table writes decimal commas: only for `;` or tab delimited tables (a comma
 * delimiter rules it out), and only when more cells look like `1,5` than like `1.5`.
 */
export function guessDecimalComma(cells: Iterable<string>, delimiter: string): boolean {
  if (delimiter === ',') return false;
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const t = cell.trim();
    if (COMMA_DECIMAL.test(t)) comma++;
    else if (POINT_DECIMAL.test(t)) point++;
  }
  return comma > point;
}
