/**
 * Sample names under a chart's x axis (the lot trend chart on screen and in the PDF): names of
 * a lot share a long start ("T3 Native oxide S01" … "S25") and differ at the end, so a name too
 * long for the axis is shortened in the middle, keeping its distinguishing end; the margins
 * under and left of the plot are computed from the longest label actually drawn, so a rotated
 * label is never cut off (issue 16). The full name stays in the point's tooltip and the table.
 */

/** Most characters of an axis label; longer names get a middle ellipsis. */
export const MAX_AXIS_LABEL_CHARS = 22;

/**
 * `name` shortened to `maxChars` (≥ 5) characters with "…" in the middle, keeping more of the
 * end (about 60 %) than of the start: "T3 Native oxide before etch S01" → "T3 Native…etch S01".
 * Names that fit are returned unchanged (after trimming).
 */
export function middleEllipsis(name: string, maxChars = MAX_AXIS_LABEL_CHARS): string {
  const text = name.trim();
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  const keep = Math.max(4, maxChars) - 1;
  const tail = Math.ceil(keep * 0.6);
  const head = keep - tail;
  return `${chars.slice(0, head).join('').trimEnd()}…${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
}

function commonPrefix(names: readonly string[][]): number {
  const first = names[0] ?? [];
  let n = 0;
  while (n < first.length && names.every((c) => c[n] === first[n])) n++;
  return n;
}

function commonSuffix(names: readonly string[][], prefix: number): number {
  const first = names[0] ?? [];
  let n = 0;
  const fits = (c: string[]) => c.length - n - 1 >= prefix;
  while (
    n < first.length &&
    names.every((c) => fits(c) && c[c.length - 1 - n] === first[first.length - 1 - n])
  )
    n++;
  return n;
}

/**
 * Axis labels of at most `maxChars` characters for a lot's names: names that fit are kept;
 * a longer name is cut to the window around the part that tells it from the others (what is
 * left after the prefix and the suffix every name shares), with "…" where it was cut, taking
 * context from the shared start first, then from the shared end: with the tag " (run 17, lot
 * 7734 before etch)" after "Slot01" … "Slot25" the labels read "Slot01 (run 17, lot 77…". When
 * the distinguishing part alone is too long, it gets a middle ellipsis (middleEllipsis).
 */
export function lotAxisLabels(names: readonly string[], maxChars = MAX_AXIS_LABEL_CHARS): string[] {
  const chars = names.map((n) => [...n.trim()]);
  if (chars.every((c) => c.length <= maxChars)) return chars.map((c) => c.join(''));
  const prefix = chars.length > 1 ? commonPrefix(chars) : 0;
  const suffix = chars.length > 1 ? commonSuffix(chars, prefix) : 0;
  return chars.map((c) => {
    if (c.length <= maxChars) return c.join('');
    const start = prefix;
    const end = c.length - suffix;
    if (end - start > maxChars - 2) return middleEllipsis(c.join(''), maxChars);
    // Room for context around the distinguishing part, less one character per ellipsis.
    const rest = c.length - end;
    let room = maxChars - (end - start) - (start > 0 ? 1 : 0) - (rest > 0 ? 1 : 0);
    const before = Math.min(start, room);
    if (before === start && start > 0) room += 1;
    room -= before;
    const after = Math.min(rest, room);
    const from = start - before;
    const to = end + after;
    const window = c.slice(from, to).join('');
    const text = from > 0 ? window.trimStart() : window;
    return `${from > 0 ? '…' : ''}${to < c.length ? text.trimEnd() : text}${to < c.length ? '…' : ''}`;
  });
}

/** Average advance of a character as a fraction of the font size (a sans-serif UI font). */
const CHAR_EM = 0.6;

export interface RotatedLabelMargins {
  /** Room under the plot area for the rotated labels and the tick (px). */
  bottomPx: number;
  /** Room left of the plot area so the first label's start is not cut off (px). */
  leftPx: number;
}

/**
 * Margins (px) that hold x labels of up to `longestChars` characters in a `fontPx` font, rotated
 * by `angleDeg` (negative = rising to the right, the end under the tick), for a first tick
 * `firstTickPx` from the plot area's left edge; never less than `minLeftPx` (the y axis's own
 * room). Estimate: a label is longestChars · 0.6 · fontPx wide; its vertical extent is
 * width · sin|angle| + fontPx · cos|angle| and it reaches width · cos|angle| left of its tick.
 */
export function rotatedLabelMargins(
  longestChars: number,
  fontPx: number,
  angleDeg: number,
  firstTickPx: number,
  minLeftPx: number,
): RotatedLabelMargins {
  const widthPx = longestChars * CHAR_EM * fontPx;
  const a = (Math.abs(angleDeg) * Math.PI) / 180;
  const tickPx = 12;
  const bottomPx = Math.ceil(widthPx * Math.sin(a) + fontPx * Math.cos(a) + tickPx);
  const reachPx = widthPx * Math.cos(a) - firstTickPx + 6;
  return { bottomPx, leftPx: Math.max(minLeftPx, Math.ceil(reachPx)) };
}
