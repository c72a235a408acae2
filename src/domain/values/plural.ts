/**
 * English number agreement and count formatting for the sentences the app shows: "1 annotation",
 * "2 annotations", "0 annotations", "100,000 annotations", never "annotation(s)".
 */

const countFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });

/**
 * A count as the user reads it, with thousands separators: 100000 → "100,000" (English
 * grouping always, so texts and tests do not change with the browser's locale).
 */
export const formatCount = (n: number): string => countFormat.format(n);

/** `one` when `n` is exactly 1, else `many`. */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `n` and the noun that agrees with it: counted(1, 'point') → "1 point"; many defaults to +s. */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${plural(n, one, many)}`;
