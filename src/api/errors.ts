/**
 * Every failure of an API call becomes one typed `ApiError`, so the UI has one place that turns
 * errors into messages (src/panels/ErrorNotice.tsx).
 */
import type { z } from 'zod';
import type { ValidationErrorItem } from './schemas';

export type ApiErrorKind =
  | 'network'
  | 'unauthorized'
  | 'not_found'
  | 'not_supported'
  | 'too_large'
  | 'validation'
  /** 503/507 with the server's reason (local database read-only, full, busy): nothing was done. */
  | 'unavailable'
  | 'server'
  | 'contract'
  | 'http';

/** One 422 detail, located: `row` is the index into the `annotations` array that was sent. */
export interface FieldError {
  row: number | null;
  field: string | null;
  message: string;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  /** 422 details, in the server's order; empty for other kinds. */
  readonly fieldErrors: FieldError[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number | null; fieldErrors?: FieldError[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.fieldErrors = options.fieldErrors ?? [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/**
 * Locate a FastAPI 422 detail: the row is the integer right after `"annotations"` in `loc`,
 * wherever that sits (`["body","annotations",3,"property_value"]` and
 * `["body","payload","annotations",3,"property_value"]` both give row 3); the field is the first
 * string after that integer. Details without an `annotations` index get `row: null`; the field
 * then falls back to the last string of `loc` other than "body".
 */
export function locateValidationDetail(item: ValidationErrorItem): FieldError {
  const { loc, msg } = item;
  // The first "annotations" that is followed by an index: FastAPI with an embedded body named
  // `annotations` sends ["body","annotations","annotations",3,...].
  const at = loc.findIndex((part, i) => part === 'annotations' && Number.isInteger(loc[i + 1]));
  const next = loc[at + 1];
  if (at >= 0 && typeof next === 'number') {
    const field = loc.slice(at + 2).find((part): part is string => typeof part === 'string');
    return { row: next, field: field ?? null, message: msg };
  }
  const strings = loc.filter((p): p is string => typeof p === 'string' && p !== 'body');
  return { row: null, field: strings.at(-1) ?? null, message: msg };
}

/** Group located 422 details by row (rows only; details without a row are left out). */
export function fieldErrorsByRow(errors: FieldError[]): Map<number, FieldError[]> {
  const byRow = new Map<number, FieldError[]>();
  for (const e of errors) {
    if (e.row === null) continue;
    const list = byRow.get(e.row) ?? [];
    list.push(e);
    byRow.set(e.row, list);
  }
  return byRow;
}

/**
 * Name the first field where a response broke the contract, e.g.
 * "field 0.property_value: Invalid input: expected number, received string".
 */
export function describeContractError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the response does not match the API contract';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `field ${path}: ${issue.message}${more}`;
}
