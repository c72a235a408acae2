/**
 * FastAPI-shaped errors. The browser client was written against the real Atomscale API (FastAPI),
 * so the local server answers failures with the same `{"detail": ...}` bodies.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { ValidationErrorItem } from '../api/schemas';

/** Where an invalid value came from: the first element of a FastAPI `loc`. */
export type ErrorSource = 'body' | 'query' | 'path';

type ZodIssue = ZodError['issues'][number];

/**
 * An HTTP failure a handler throws; the app's error handler answers it as
 * `{"detail": detail}` with `status`. `detail` is a string, or the 422 item list.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string | ValidationErrorItem[],
  ) {
    super(typeof detail === 'string' ? detail : `HTTP ${status}`);
    this.name = 'HttpProblem';
  }
}

/** Pydantic's type names for zod's `expected` values, so clients see familiar codes. */
const TYPE_NAMES: Record<string, string> = {
  number: 'float_type',
  string: 'string_type',
  boolean: 'bool_type',
  object: 'dict_type',
  record: 'dict_type',
  array: 'list_type',
};

/** True when `path` names a key that is absent from its (object) parent inside `input`. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = input;
  for (const [i, key] of path.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (!Object.hasOwn(node, key)) return i === path.length - 1;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return false;
}

/** A short, stable snake_case code for one zod issue (modelled on pydantic's error types). */
function issueType(issue: ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(input, issue.path)) return 'missing';
      // z.coerce.number() turns query text into NaN (unparsable) or Infinity before the check.
      if (issue.expected === 'number' && 'received' in issue) {
        if (issue.received === 'NaN') return 'float_parsing';
        if (issue.received === 'Infinity') return 'finite_number';
      }
      return TYPE_NAMES[issue.expected] ?? `${issue.expected}_type`;
    case 'invalid_value':
      return 'enum';
    case 'invalid_format':
      return issue.format === 'guid' || issue.format === 'uuid' ? 'uuid_parsing' : 'string_pattern';
    case 'too_small':
      if (issue.origin === 'string') return 'string_too_short';
      return issue.origin === 'array' ? 'too_short' : 'greater_than_equal';
    case 'too_big':
      if (issue.origin === 'string') return 'string_too_long';
      return issue.origin === 'array' ? 'too_long' : 'less_than_equal';
    case 'custom':
      // A schema can name its pydantic type in the refinement's params.
      return typeof issue.params?.type === 'string' ? issue.params.type : 'value_error';
    default:
      return issue.code;
  }
}

/**
 * Maps every zod issue to a FastAPI validation item: `loc` = [source, ...issue.path], `msg` =
 * the zod message, `type` = a pydantic-style code ("missing" when the key is absent from `input`,
 * the value that was validated). Order follows zod's, which follows the input.
 */
export function validationDetail(
  error: ZodError,
  source: ErrorSource,
  input: unknown,
): ValidationErrorItem[] {
  return error.issues.map((issue) => ({
    loc: [source, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    msg: issue.message,
    type: issueType(issue, input),
  }));
}

/**
 * The 422 problem for a body that is not valid JSON, as FastAPI words it; `reason` (the parser's
 * message) goes to `ctx.error`.
 */
export function jsonInvalid(reason: string): HttpProblem {
  const item = {
    loc: ['body'],
    msg: 'JSON decode error',
    type: 'json_invalid',
    ctx: { error: reason },
  };
  return new HttpProblem(422, [item]);
}
