/**
 * Fitting a chart's axis label into the length it has: the property name is shortened in its
 * middle ("sheet_resist…forming_gas"), so both the start and the end that tell similar names
 * apart stay readable, and the unit is always kept whole. Pure: the caller measures.
 */

/**
 * `text` cut to at most `maxChars` characters (code points) by replacing its middle with "…";
 * the head gets the odd character. Unchanged when it fits; "…" alone when `maxChars` < 2.
 */
export function middleEllipsis(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  if (maxChars < 2) return '…';
  const kept = maxChars - 1;
  const head = Math.ceil(kept / 2);
  const tail = kept - head;
  return `${chars.slice(0, head).join('')}…${tail > 0 ? chars.slice(-tail).join('') : ''}`;
}

/** The whole label: "name (unit)", or the name alone without a unit. */
export function axisLabelText(name: string, unit: string | null | undefined): string {
  return unit ? `${name} (${unit})` : name;
}

/**
 * The label in at most `maxChars` characters: the name cut in its middle, the " (unit)" kept.
 * A name is never cut below 3 characters; then the unit goes too (the tooltip has it all).
 */
export function fitAxisLabel(
  name: string,
  unit: string | null | undefined,
  maxChars: number,
): string {
  const whole = axisLabelText(name, unit);
  if (Array.from(whole).length <= maxChars) return whole;
  const suffix = unit ? ` (${unit})` : '';
  const room = maxChars - Array.from(suffix).length;
  if (room >= 3) return `${middleEllipsis(name, room)}${suffix}`;
  return middleEllipsis(whole, maxChars);
}
