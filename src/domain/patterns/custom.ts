/**
 * User-defined patterns: a named list of sites the user placed or imported, kept by the app in
 * localStorage and shared as JSON files. This module holds the schema and the pure file
 * round trip; storage lives in the app layer.
 */
import { z } from 'zod';
import { describePattern } from './descriptor';
import type { MeasurementPattern } from './pattern';

export const MAX_CUSTOM_SITES = 10_000;

/** Identifies an exported file; `parseImportedPatterns` also accepts a bare array of patterns. */
export const PATTERN_FILE_FORMAT = 'wafer-annotator/patterns';
export const PATTERN_FILE_VERSION = 1;

const finiteMm = z.number({
  error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a finite number'),
});

const CustomSite = z.object({ xMm: finiteMm, yMm: finiteMm }, { error: 'must be an object' });

/** A saved custom pattern. Messages are worded to follow a field name (see `parseImportedPatterns`). */
export const CustomPattern = z.object(
  {
    id: z.string({ error: 'must be a string' }),
    name: z.string({ error: 'must be a string' }).trim().min(1, { error: 'must not be empty' }),
    sites: z
      .array(CustomSite, { error: 'must be a list of sites' })
      .min(1, { error: 'must hold at least 1 site' })
      .max(MAX_CUSTOM_SITES, { error: `must hold at most ${MAX_CUSTOM_SITES} sites` }),
    createdAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
  },
  { error: 'must be an object' },
);
export type CustomPattern = z.infer<typeof CustomPattern>;

/**
 * JSON text of an export file: `{ format, version, patterns }`, pretty-printed with 2 spaces.
 * Only the schema's fields are written.
 */
export function toExportJson(patterns: readonly CustomPattern[]): string {
  const file = {
    format: PATTERN_FILE_FORMAT,
    version: PATTERN_FILE_VERSION,
    patterns: patterns.map((p) => ({
      id: p.id,
      name: p.name,
      sites: p.sites.map((s) => ({ xMm: s.xMm, yMm: s.yMm })),
      createdAt: p.createdAt,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; patterns: CustomPattern[] } | { ok: false; message: string };

/** "pattern 2: site 5: xMm must be a finite number" from a zod issue on the pattern list. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  let field = '';
  issue.path.forEach((key, k) => {
    if (typeof key === 'number') {
      parts.push(k === 0 ? `pattern ${key + 1}` : `site ${key + 1}`);
    } else if (!(key === 'sites' && typeof issue.path[k + 1] === 'number')) {
      field = String(key);
    }
  });
  parts.push(field ? `${field} ${issue.message}` : issue.message);
  return parts.join(': ');
}

/**
 * Parse an imported file: the text `toExportJson` writes, or a bare JSON array of patterns.
 * Returns every pattern (names trimmed) or the first problem as a message naming the pattern,
 * site and field (1-based), e.g. "pattern 2: site 5: xMm must be a finite number". Never throws.
 */
export function parseImportedPatterns(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const list: unknown =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as { patterns?: unknown }).patterns
      : data;
  if (!Array.isArray(list)) {
    return { ok: false, message: 'expected a list of patterns (a "patterns" array)' };
  }
  if (list.length === 0) return { ok: false, message: 'the file holds no patterns' };
  const parsed = z.array(CustomPattern).safeParse(list);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    if (!first) return { ok: false, message: 'the patterns are not valid' };
    const more =
      rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    return { ok: false, message: describeIssue(first) + more };
  }
  return { ok: true, patterns: parsed.data };
}

/** A custom pattern as a measurement pattern: sites numbered 1..n in their stored order. */
export function patternFromCustom(custom: CustomPattern): MeasurementPattern {
  return {
    name: custom.name,
    sites: custom.sites.map((s, i) => ({ index: i + 1, xMm: s.xMm, yMm: s.yMm })),
  };
}

/** A custom pattern saved with the sample, chosen by its id. */
export const customPatternKind = describePattern({
  kind: 'custom',
  label: 'Saved pattern',
  group: 'Saved patterns',
  params: z.object({ id: z.string() }),
  defaults: { id: '' },
  fields: [],
  presets: ({ customs }) =>
    customs.map((c) => ({
      id: c.id,
      label: `${c.name} (${c.sites.length} sites)`,
      params: { id: c.id },
    })),
  build: (_outline, { id }, { customs }) => {
    const custom = customs.find((c) => c.id === id);
    if (!custom) throw new RangeError('that custom pattern no longer exists');
    return patternFromCustom(custom);
  },
});
