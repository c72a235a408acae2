/**
 * Text an import would stage that the browser cannot send unchanged: a lone surrogate in a
 * property name or unit (from a header, a long-layout cell or the dialog), a source, a site or
 * wafer cell, or the file name. Checked before anything is staged, so the import is refused
 * with the place to fix instead of storing U+FFFD (see domain/values/textLimits.ts).
 */
import { brokenCharacter, brokenCharacterInValue } from '../domain/values/textLimits';
import type { PackedStaged } from './packedStaged';

/** File line of the first annotation whose `column[k]` is `index` (0 when there is none). */
function firstLine(packed: PackedStaged, column: ArrayLike<number>, index: number): number {
  for (let k = 0; k < column.length; k++) {
    if (column[k] === index) return packed.sourceRow[k] ?? 0;
  }
  return 0;
}

/**
 * The first broken character (lone surrogate) in the strings of `packed`, as a message naming
 * the file line, the field, the code point and its position; null when every text is well
 * formed. Cost: one pass over the interned strings plus one over the rows of a bad one.
 */
export function brokenTextInImport(packed: PackedStaged): string | null {
  const onLine = (column: ArrayLike<number>, index: number) => {
    const line = firstLine(packed, column, index);
    return line > 0 ? ` (line ${line})` : '';
  };
  for (const [i, p] of packed.properties.entries()) {
    const at = onLine(packed.property, i);
    const problem =
      brokenCharacter(`The property name${at}`, p.name) ??
      brokenCharacter(`The unit of ${p.name}${at}`, p.unit ?? '') ??
      brokenCharacterInValue(`The column of ${p.name}`, p.source ?? null);
    if (problem) return problem;
  }
  for (const [i, source] of packed.sources.entries()) {
    const problem = brokenCharacter(`The source${onLine(packed.source, i)}`, source);
    if (problem) return problem;
  }
  for (const [i, identity] of packed.identities.entries()) {
    const problem = brokenCharacterInValue(`The row${onLine(packed.identity, i)}`, identity);
    if (problem) return problem;
  }
  return (
    brokenCharacter('The file name', packed.sourceFile) ??
    brokenCharacterInValue('The wafer metadata', packed.extraMetadata)
  );
}
