/**
 * English number agreement for the sentences the app shows: "1 annotation", "2 annotations",
 * "0 annotations", never "annotation(s)".
 */

/** `one` when `n` is exactly 1, else `many`. */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `n` and the noun that agrees with it: counted(1, 'point') → "1 point"; many defaults to +s. */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${plural(n, one, many)}`;
