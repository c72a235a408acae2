/** Sentences and defaults the import dialog shows for what the importer found. */

import { isFitQualityName } from '../domain/units/fitQuality';
import { formatMm } from '../domain/values/formatMm';
import type { ImportMapping, SkippedRow, ValueColumn } from './mapping';
import type { UnitSuggestion } from './unitSuggestion';

/**
 * The unit-mistake hint as a sentence, e.g. "Coordinates look like µm, not mm: 13 of 13 points
 * fall inside the outline when read as µm."
 */
export function describeUnitSuggestion(s: UnitSuggestion): string {
  if (s.reason === 'bunched') {
    return `Coordinates may be in ${s.to}, not ${s.from}: every point lies within ${formatMm(s.farthestMm)} mm of the centre; read as ${s.to} they spread over the sample (${s.insideAfter} of ${s.total} inside).`;
  }
  return `Coordinates look like ${s.to}, not ${s.from}: ${s.insideAfter} of ${s.total} points fall inside the outline when read as ${s.to} (${s.insideBefore} now).`;
}

/** Why a row was not imported, as a phrase. */
export function describeSkipReason(reason: SkippedRow['reason']): string {
  return reason === 'coordinates' ? 'coordinates missing or unreadable' : 'no readable value';
}

/** True for a fit-quality value column such as `GOF` or `MSE` (isFitQualityName): offered as an extra property, not imported by default. */
export function isFitQuality(v: ValueColumn): boolean {
  return isFitQualityName(v.propertyName);
}

/**
 * The mapping the dialog starts from: the guessed one without fit-quality columns, unless they
 * are all there is (then nothing would be imported).
 */
export function withoutFitQuality(mapping: ImportMapping): ImportMapping {
  const measured = mapping.values.filter((v) => !isFitQuality(v));
  return measured.length > 0 ? { ...mapping, values: measured } : mapping;
}

/**
 * What stops `mapping` from being staged, as sentences: no value column, a blank property name,
 * a coordinate column used twice or also as a value. [] when it can be staged.
 */
export function mappingProblems(mapping: ImportMapping, header: readonly string[]): string[] {
  const name = (column: number) => `“${header[column] || `Column ${column + 1}`}”`;
  const problems: string[] = [];
  const c = mapping.coordinates;
  const coordinates =
    c.kind === 'xy'
      ? [c.xColumn, c.yColumn]
      : c.kind === 'polar'
        ? [c.rColumn, c.thetaColumn]
        : [c.column];
  if (coordinates.some((col) => col < 0 || col >= header.length)) {
    problems.push('Choose the coordinate columns.');
  } else if (new Set(coordinates).size < coordinates.length) {
    problems.push(`${name(coordinates[0] ?? 0)} cannot be both coordinates.`);
  }
  if (mapping.long) return problems;
  if (mapping.values.length === 0) problems.push('Add at least one value column.');
  const stored = new Map<string, number>();
  for (const v of mapping.values) {
    if (v.propertyName.trim() === '')
      problems.push(`Name the property of column ${name(v.column)}.`);
    if (coordinates.includes(v.column)) problems.push(`${name(v.column)} is a coordinate column.`);
    // Two columns stored as one property would put two values of it at every point.
    const unit = (v.convertTo ? v.convertTo.unit : v.propertyUnit)?.trim() || null;
    const key = JSON.stringify([v.propertyName.trim(), unit]);
    const first = stored.get(key);
    if (first !== undefined && v.propertyName.trim() !== '') {
      problems.push(
        `${name(first)} and ${name(v.column)} are both stored as “${v.propertyName.trim()}”${unit ? ` (${unit})` : ''}: rename one or leave one out.`,
      );
    } else stored.set(key, v.column);
  }
  return problems;
}
