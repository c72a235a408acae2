/**
 * Widths of the numeric columns of the data tables, sized to what they show: cells use tabular
 * figures (`font-variant-numeric: tabular-nums`, every digit 1ch wide), so the longest text in
 * characters, in `ch`, is enough room for every value of the list and no number is cut.
 */

/** Horizontal padding of a cell (both sides, px) and a pixel for rounding. */
const CELL_PAD_PX = 13;
/** Room for the sort arrow (" ▲") after a sortable header's label (ch). */
const SORT_ARROW_CH = 2;

/** Longest text (characters) of `texts`; 0 for none. */
export function longestText(texts: Iterable<string>): number {
  let longest = 0;
  for (const t of texts) if (t.length > longest) longest = t.length;
  return longest;
}

/**
 * CSS width of a column whose longest cell text is `contentChars` characters and whose header
 * reads `header` (`sortable`: it may carry a sort arrow), plus `extraPx` (a link's padding), e.g.
 * `calc(8ch + 13px)`. For the table's `<col>` elements, whose `ch` is that of the cells' font
 * (the bold header's is wider). Digits are 1ch; an ASCII minus and a decimal point are narrower,
 * so only exponent texts (formatTableValue) need `contentChars` counted one more.
 */
export function columnWidth(
  contentChars: number,
  header: string,
  sortable = false,
  extraPx = 0,
): string {
  const ch = Math.max(contentChars, header.length + (sortable ? SORT_ARROW_CH : 0));
  return `calc(${ch}ch + ${CELL_PAD_PX + extraPx}px)`;
}

/** Characters of `text` in digit widths: an exponent's "e+" is wider than two digits. */
export function numberChars(text: string): number {
  return text.includes('e') ? text.length + 1 : text.length;
}

/** Longest text a value gets in a table cell (characters); longer ones are shortened. */
export const TABLE_VALUE_MAX_CHARS = 10;

/**
 * A measured value as a table cell shows it: as stored when it fits TABLE_VALUE_MAX_CHARS
 * (9.5113, -119.25, 100000), else to 7 significant digits (0.30000000000000004 → 0.3,
 * 123.456789012 → 123.4568), else in exponent form (1.2346e+21). The cell's tooltip shows the
 * full value.
 */
export function formatTableValue(value: number): string {
  const stored = String(value);
  if (stored.length <= TABLE_VALUE_MAX_CHARS) return stored;
  const rounded = String(Number(value.toPrecision(7)));
  if (rounded.length <= TABLE_VALUE_MAX_CHARS) return rounded;
  return value.toExponential(4);
}
