/**
 * Name patterns for the physical samples a cassette import creates, e.g. `{lot}-{slot:2}` →
 * `Native oxide-07`. Placeholders are written in braces; `{{` and `}}` stand for literal braces.
 */

/** The placeholders a pattern may use, with what they stand for (for the editor's help text). */
export const NAME_PLACEHOLDERS = {
  wafer_id: 'the wafer’s id in the file (WAFER ID, the sample column, or the file name)',
  lot: 'the lot id',
  slot: 'the slot number; {slot:2} pads it with zeros to 2 digits',
  file: 'the file name without its extension',
  index: 'the wafer’s position in the import (1, 2 …); {index:2} pads it',
} as const;

export type NamePlaceholder = keyof typeof NAME_PLACEHOLDERS;

/** The default pattern: the wafer's own id. */
export const DEFAULT_NAME_PATTERN = '{wafer_id}';

/** Longest sample name a pattern may produce (characters). */
export const MAX_SAMPLE_NAME_LENGTH = 200;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: NamePlaceholder; width: number | null };

export type ParsedPattern = { ok: true; parts: Part[] } | { ok: false; message: string };

/** What a pattern reads for one wafer. */
export interface NameFields {
  waferId: string;
  lot: string | null;
  slot: string | null;
  /** File name without directory and extension. */
  file: string;
  /** 1-based position in the import. */
  index: number;
}

const isPlaceholder = (name: string): name is NamePlaceholder =>
  Object.hasOwn(NAME_PLACEHOLDERS, name);

/** One `{…}` body: `name` or `name:width` (width 1–9, only for slot and index). */
function parseField(body: string): Part | string {
  const m = /^\s*([a-z_]+)\s*(?::\s*(\d+)\s*)?$/i.exec(body);
  const name = m?.[1]?.toLowerCase() ?? '';
  if (!m || !isPlaceholder(name)) {
    return `{${body}} is not a placeholder; use ${Object.keys(NAME_PLACEHOLDERS)
      .map((p) => `{${p}}`)
      .join(', ')}.`;
  }
  if (m[2] === undefined) return { kind: 'field', field: name, width: null };
  const width = Number(m[2]);
  if (name !== 'slot' && name !== 'index') return `{${name}} takes no width.`;
  if (width < 1 || width > 9) return `The width in {${body}} must be 1 to 9.`;
  return { kind: 'field', field: name, width };
}

/**
 * Check and split a name pattern. Errors (as a sentence for the pattern field): blank pattern,
 * an unknown placeholder, a width on a placeholder other than slot and index, a `{` without
 * `}` or a lone `}`, no placeholder at all (every wafer would get the same name).
 */
export function parseNamePattern(pattern: string): ParsedPattern {
  if (pattern.trim() === '') return { ok: false, message: 'Type a name pattern.' };
  const parts: Part[] = [];
  let text = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    const next = pattern[i + 1];
    if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      text += c;
      i++;
      continue;
    }
    if (c === '}') return { ok: false, message: 'A “}” has no “{” before it.' };
    if (c !== '{') {
      text += c;
      continue;
    }
    const end = pattern.indexOf('}', i + 1);
    if (end < 0) return { ok: false, message: 'A “{” is not closed with “}”.' };
    const part = parseField(pattern.slice(i + 1, end));
    if (typeof part === 'string') return { ok: false, message: part };
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push(part);
    i = end;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  if (!parts.some((p) => p.kind === 'field')) {
    return {
      ok: false,
      message: 'Use at least one placeholder, e.g. {wafer_id}, so names differ.',
    };
  }
  return { ok: true, parts };
}

function fieldText(part: Extract<Part, { kind: 'field' }>, f: NameFields): string | null {
  const raw =
    part.field === 'wafer_id'
      ? f.waferId
      : part.field === 'index'
        ? String(f.index)
        : part.field === 'file'
          ? f.file
          : f[part.field];
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  // Only whole numbers are padded: a slot such as `A3` is used as written.
  return part.width !== null && /^\d+$/.test(text) ? text.padStart(part.width, '0') : text;
}

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * The name `pattern` gives one wafer, trimmed, inner runs of whitespace made one space. Errors:
 * the pattern's own (see parseNamePattern), a placeholder with no value for this wafer ("No lot
 * for this wafer."), a name longer than MAX_SAMPLE_NAME_LENGTH.
 */
export function applyNamePattern(pattern: string | ParsedPattern, fields: NameFields): NameResult {
  const parsed = typeof pattern === 'string' ? parseNamePattern(pattern) : pattern;
  if (!parsed.ok) return parsed;
  let name = '';
  for (const part of parsed.parts) {
    if (part.kind === 'text') {
      name += part.text;
      continue;
    }
    const text = fieldText(part, fields);
    if (text === null) return { ok: false, message: `No ${part.field} for this wafer.` };
    name += text;
  }
  name = name.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, message: 'The name is blank.' };
  if (name.length > MAX_SAMPLE_NAME_LENGTH) {
    return { ok: false, message: `The name is longer than ${MAX_SAMPLE_NAME_LENGTH} characters.` };
  }
  return { ok: true, name };
}

/**
 * A sample name reduced for loose matching: Unicode NFKC, lower case, spaces, `_`, `-` and `.`
 * removed, leading zeros of every digit run dropped. So `Slot 07`, `slot_7` and `SLOT-07` are
 * one name, while `W1` and `W10` stay apart.
 */
export function normaliseSampleName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '')
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''));
}

/** The file name without its directory and last extension: `C:\\runs\\W07.txt` → `W07`. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}
