/**
 * Fetch wrapper for the Atomscale API (and the local server): base URL, `X-API-KEY`, every
 * response parsed with its zod schema, every failure thrown as an `ApiError`.
 * The key is only ever sent as a header; it never appears in a URL or a log line.
 */

import type { z } from 'zod';
import { counted } from '../domain/values/plural';
import { ApiError, describeContractError, locateValidationDetail } from './errors';
import {
  type AnnotationCreate,
  type AnnotationFilters,
  type AnnotationUpdate,
  ErrorBody,
  PhysicalSample,
  PhysicalSampleList,
  type PhysicalSampleUpdate,
  SpatialAnnotation,
  SpatialAnnotationList,
} from './schemas';
import { findLoneSurrogates } from './textRules';

export interface ApiConnection {
  /** e.g. `/api` (the dev/preview proxy to the local server) or `https://api.atomscale.ai`. */
  baseUrl: string;
  /** Sent as `X-API-KEY`; empty means "send none" (the local proxy then adds the local key). */
  apiKey: string;
}

type Query = Record<string, string | number | undefined>;

interface RequestOptions<T extends z.ZodType | null> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  schema: T;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const statusText = (status: number, detail: string | null) =>
  detail ? `HTTP ${status}: ${detail}` : `HTTP ${status}`;

async function readErrorBody(response: Response): Promise<ErrorBody | null> {
  try {
    const parsed = ErrorBody.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function toApiError(response: Response, method: string): Promise<ApiError> {
  const { status } = response;
  const body = await readErrorBody(response);
  const detail = typeof body?.detail === 'string' ? body.detail : null;
  if (status === 401 || status === 403) {
    return new ApiError('unauthorized', `API key rejected (${statusText(status, detail)}).`, {
      status,
    });
  }
  // A server without the route answers 405, or FastAPI's bare "Not Found" for unknown paths.
  if (method === 'DELETE' && (status === 405 || (status === 404 && detail === 'Not Found'))) {
    return new ApiError('not_supported', 'Deleting annotations is not supported by this server.', {
      status,
    });
  }
  if (status === 404) return new ApiError('not_found', detail ?? 'Not Found', { status });
  if (status === 413) {
    return new ApiError('too_large', `Too large: ${detail ?? 'the request body is too big'}.`, {
      status,
    });
  }
  if (status === 422 && Array.isArray(body?.detail)) {
    const fieldErrors = body.detail.map(locateValidationDetail);
    return new ApiError(
      'validation',
      `The server rejected the input (${counted(fieldErrors.length, 'problem')}).`,
      {
        status,
        fieldErrors,
      },
    );
  }
  // By HTTP's definition a 503 or 507 did not carry out the request; the local server names
  // the storage condition in `detail` (src/server/storageErrors.ts).
  if ((status === 503 || status === 507) && detail) {
    return new ApiError('unavailable', `${detail.replace(/\.?\s*$/, '')}.`, { status });
  }
  if (status >= 500)
    return new ApiError('server', `Server error (${statusText(status, detail)}).`, { status });
  return new ApiError('http', `Request failed (${statusText(status, detail)}).`, { status });
}

/** Where a lone surrogate may be in JSON text: an escape of a surrogate code unit. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Refuse, before anything is sent, a body holding a lone surrogate: `JSON.stringify` keeps it
 * but `fetch` encodes the body as UTF-8 and silently writes U+FFFD, so the server would store
 * altered text it cannot detect. Thrown as a 'validation' ApiError with status null (nothing
 * reached the server); `loc` starts with "body" as a 422's does, so rows are marked alike.
 */
export function refuseBrokenText(body: unknown): void {
  const problems = findLoneSurrogates(body, ['body']);
  if (problems.length === 0) return;
  const fieldErrors = problems.map((p) =>
    locateValidationDetail({
      ...p,
      msg: p.msg.replace(/, which .*$/, ': a broken character the browser would send as \uFFFD'),
    }),
  );
  throw new ApiError(
    'validation',
    `Not sent: the input contains a broken character (${counted(fieldErrors.length, 'problem')}).`,
    { status: null, fieldErrors },
  );
}

function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

/** Create a client bound to one connection. `fetchImpl` is injectable for tests. */
export function createApiClient(connection: ApiConnection, fetchImpl: typeof fetch = fetch) {
  async function request<T extends z.ZodType | null>(
    options: RequestOptions<T>,
  ): Promise<T extends z.ZodType ? z.output<T> : undefined> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (connection.apiKey) headers['X-API-KEY'] = connection.apiKey;
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (body !== undefined) {
      // JSON.stringify writes a lone surrogate as a \uD800-style escape (ES2019), so text
      // without one has none: the walk that names each one runs only when there may be one.
      if (SURROGATE_ESCAPE.test(body)) refuseBrokenText(options.body);
      headers['Content-Type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(connection.baseUrl, options.path, options.query), {
        method: options.method,
        headers,
        body,
        signal: options.signal,
      });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new ApiError('network', `Can't reach the API at ${connection.baseUrl}.`, { cause });
    }
    if (!response.ok) throw await toApiError(response, options.method);
    if (options.schema === null) return undefined as never;
    let json: unknown;
    try {
      json = await response.json();
    } catch (cause) {
      throw new ApiError('contract', 'The server sent a response that is not JSON.', { cause });
    }
    const parsed = options.schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(
        'contract',
        `The server's response does not match the API contract: ${describeContractError(parsed.error)}.`,
        { status: response.status, cause: parsed.error },
      );
    }
    return parsed.data as never;
  }

  const annotationsPath = (sampleId: string) =>
    `/physical_samples/${encodeURIComponent(sampleId)}/annotations`;

  return {
    connection,
    listSamples: (signal?: AbortSignal) =>
      request({ method: 'GET', path: '/physical_samples/', schema: PhysicalSampleList, signal }),
    createSample: (name: string) =>
      request({
        method: 'POST',
        path: '/physical_samples/',
        schema: PhysicalSample,
        body: { name },
      }),
    /**
     * One sample through the list endpoint's `physical_sample_id` filter (the API documents no
     * single-sample GET); null when the server lists no such sample.
     */
    getSample: async (sampleId: string, signal?: AbortSignal) => {
      const list = await request({
        method: 'GET',
        path: '/physical_samples/',
        schema: PhysicalSampleList,
        query: { physical_sample_id: sampleId },
        signal,
      });
      return list.find((s) => s.id === sampleId) ?? null;
    },
    /**
     * `PATCH /physical_samples/{id}`: only the fields in `changes` change; the answer is the
     * sample with its `physical_sample_metadata`. An empty `changes` changes nothing and is a
     * way to read the metadata from a server whose list does not carry it.
     */
    updateSample: (sampleId: string, changes: PhysicalSampleUpdate) =>
      request({
        method: 'PATCH',
        path: `/physical_samples/${encodeURIComponent(sampleId)}`,
        schema: PhysicalSample,
        body: changes,
      }),
    listAnnotations: (sampleId: string, filters: AnnotationFilters = {}, signal?: AbortSignal) =>
      request({
        method: 'GET',
        path: `${annotationsPath(sampleId)}/`,
        schema: SpatialAnnotationList,
        query: filters,
        signal,
      }),
    createAnnotation: (sampleId: string, annotation: AnnotationCreate) =>
      request({
        method: 'POST',
        path: annotationsPath(sampleId),
        schema: SpatialAnnotation,
        body: annotation,
      }),
    /** Answers the stored records in the order sent; a count mismatch is a contract error. */
    bulkCreateAnnotations: async (
      sampleId: string,
      annotations: AnnotationCreate[],
      signal?: AbortSignal,
    ) => {
      const stored = await request({
        method: 'POST',
        path: `${annotationsPath(sampleId)}/bulk`,
        schema: SpatialAnnotationList,
        body: { annotations },
        signal,
      });
      if (stored.length !== annotations.length) {
        throw new ApiError(
          'contract',
          `The server's response does not match the API contract: sent ${annotations.length} annotations, got ${stored.length} records back.`,
        );
      }
      return stored;
    },
    updateAnnotation: (sampleId: string, annotationId: string, changes: AnnotationUpdate) =>
      request({
        method: 'PATCH',
        path: `${annotationsPath(sampleId)}/${encodeURIComponent(annotationId)}`,
        schema: SpatialAnnotation,
        body: changes,
      }),
    deleteAnnotation: (sampleId: string, annotationId: string) =>
      request({
        method: 'DELETE',
        path: `${annotationsPath(sampleId)}/${encodeURIComponent(annotationId)}`,
        schema: null,
      }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
