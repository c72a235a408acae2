/**
 * The local Atomscale-compatible API: routes, API-key check, request validation with the shared
 * zod schemas (src/api/schemas.ts) and FastAPI-shaped error bodies.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import {
  AnnotationCreate,
  AnnotationFilters,
  AnnotationUpdate,
  BulkAnnotationCreate,
  MAX_BODY_BYTES,
  PhysicalSampleCreate,
  PhysicalSampleFilters,
  PhysicalSampleUpdate,
} from '../api/schemas';
import { HttpProblem, validationDetail } from './fastapi';
import { hostCheck } from './guards';
import { readJson } from './readBody';
import { storageFailure } from './storageErrors';
import { type Store, TokenConflictError } from './store';

export { MAX_JSON_DEPTH } from './readBody';

/** Everything `createApp` needs; the app owns no resources, so the caller closes the store. */
export interface AppOptions {
  store: Store;
  /** The key every request except `GET /health` must send in `X-API-KEY`. */
  apiKey: string;
  /** Host names accepted besides loopback (normalised, see originRules); others get 421. */
  allowedHosts?: readonly string[] | undefined;
  /** Browser origins allowed by CORS. Absent or empty: no CORS headers at all. */
  corsOrigins?: readonly string[] | undefined;
  /** Receives one line per request: method, path (no query string), status, milliseconds. */
  logRequest?: ((line: string) => void) | undefined;
  /**
   * Receives unexpected errors (answered as a bare 500) and one line per storage failure
   * (answered 503/507). Defaults to console.error.
   */
  logError?: ((error: unknown) => void) | undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Creates the hono app. Routes accept a trailing slash or none. Errors are `{"detail": ...}`:
 * 421 Host not loopback/allowed (checked first, so DNS rebinding never reaches the key check),
 * 401 bad key, 404 unknown record or route, 405, 409 resubmit token taken (PATCH), 413, 415,
 * 422 item list, 503/507 storage failure naming its cause, 500 without details.
 */
export function createApp(options: AppOptions): Hono {
  const { store, logRequest } = options;
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  // Hashing both sides gives equal-length buffers, which timingSafeEqual requires.
  const keyHash = sha256(options.apiKey);
  const app = new Hono({ strict: false });

  if (logRequest) {
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      const ms = (performance.now() - started).toFixed(1);
      logRequest(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
    });
  }
  app.use(hostCheck(options.allowedHosts));
  if (options.corsOrigins?.length) {
    app.use(
      cors({
        origin: [...options.corsOrigins],
        allowHeaders: ['X-API-KEY', 'Content-Type'],
        allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      }),
    );
  }
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json({ detail: 'Method Not Allowed' }, 405, { Allow: methods.join(', ') }),
    }),
  );

  // Registered before the key check so health probes need no key.
  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.use(async (c, next) => {
    const given = c.req.header('x-api-key');
    if (given === undefined || !timingSafeEqual(keyHash, sha256(given))) {
      return c.json({ detail: 'Missing or invalid X-API-KEY' }, 401);
    }
    return next();
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ detail: 'Request body exceeds the 10 MB limit' }, 413),
    }),
  );

  const requireSample = (id: string) => {
    if (!store.sampleExists(id)) throw new HttpProblem(404, 'Physical sample not found');
    return id;
  };
  const annotationNotFound = () => new HttpProblem(404, 'Annotation not found');

  app.get('/physical_samples', (c) => {
    const query = c.req.query();
    const filters = PhysicalSampleFilters.safeParse(query);
    if (!filters.success) {
      throw new HttpProblem(422, validationDetail(filters.error, 'query', query));
    }
    return c.json(store.listSamples({ id: filters.data.physical_sample_id }));
  });
  app.post('/physical_samples', async (c) => {
    const { name } = await readJson(c, PhysicalSampleCreate);
    return c.json(store.createSample(name));
  });
  app.patch('/physical_samples/:sampleId', async (c) => {
    const patch = await readJson(c, PhysicalSampleUpdate);
    const updated = store.updateSample(c.req.param('sampleId'), patch);
    if (!updated) throw new HttpProblem(404, 'Physical sample not found');
    return c.json(updated);
  });

  app.get('/physical_samples/:sampleId/annotations', (c) => {
    const query = c.req.query();
    const filters = AnnotationFilters.safeParse(query);
    if (!filters.success) {
      throw new HttpProblem(422, validationDetail(filters.error, 'query', query));
    }
    const sampleId = requireSample(c.req.param('sampleId'));
    return c.json(store.listAnnotations(sampleId, filters.data));
  });
  app.post('/physical_samples/:sampleId/annotations', async (c) => {
    const item = await readJson(c, AnnotationCreate);
    const sampleId = requireSample(c.req.param('sampleId'));
    const [created] = store.createAnnotations(sampleId, [item]);
    return c.json(created);
  });
  app.post('/physical_samples/:sampleId/annotations/bulk', async (c) => {
    const { annotations } = await readJson(c, BulkAnnotationCreate);
    const sampleId = requireSample(c.req.param('sampleId'));
    return c.json(store.createAnnotations(sampleId, annotations));
  });
  app.patch('/physical_samples/:sampleId/annotations/:annotationId', async (c) => {
    const patch = await readJson(c, AnnotationUpdate);
    const sampleId = requireSample(c.req.param('sampleId'));
    const updated = store.updateAnnotation(sampleId, c.req.param('annotationId'), patch);
    if (!updated) throw annotationNotFound();
    return c.json(updated);
  });
  app.delete('/physical_samples/:sampleId/annotations/:annotationId', (c) => {
    const sampleId = requireSample(c.req.param('sampleId'));
    if (!store.deleteAnnotation(sampleId, c.req.param('annotationId'))) throw annotationNotFound();
    return c.body(null, 204);
  });

  // FastAPI's exact text: the client tells "route missing" from "record missing" by it.
  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return c.json({ detail: error.detail }, error.status);
    if (error instanceof TokenConflictError) return c.json({ detail: error.message }, 409);
    const storage = storageFailure(error, c.req.method !== 'GET' && c.req.method !== 'HEAD');
    try {
      // A storage condition is for whoever runs the server to fix: one line, no stack.
      logError(storage ? `${c.req.method} ${c.req.path}: ${storage.detail}` : error);
    } catch {
      // A failing logger must not turn the JSON answer into an empty one from the HTTP adapter.
    }
    if (storage) return c.json({ detail: storage.detail }, storage.status);
    return c.json({ detail: 'Internal server error' }, 500);
  });
  return app;
}
