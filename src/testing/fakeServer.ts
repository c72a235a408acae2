/** An in-memory annotation server for submit tests (bulk create, PATCH, list). */
import { ApiError } from '../api/errors';
import type { AnnotationCreate, AnnotationUpdate, SpatialAnnotation } from '../api/schemas';
import { anAnnotation } from './builders';

/** An in-memory server; `failures` makes the bulk call with that index fail, before or after
 * storing its rows. */
export class FakeServer {
  rows: SpatialAnnotation[] = [];
  bulkCalls: AnnotationCreate[][] = [];
  listCalls = 0;
  failures = new Map<number, { error: ApiError; afterStoring: boolean }>();

  /** While set, bulk answers wait for it (the request is stored at once). */
  answerGate: Promise<void> | null = null;

  bulkCreateAnnotations = async (_sampleId: string, items: AnnotationCreate[]) => {
    const fail = this.failures.get(this.bulkCalls.length);
    this.bulkCalls.push(items);
    const gate = this.answerGate;
    if (fail && !fail.afterStoring) throw fail.error;
    const created = items.map(({ metadata, ...fields }) =>
      anAnnotation({
        property_unit: null,
        ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? null])),
        annotation_metadata: metadata ?? null,
      }),
    );
    this.rows.push(...created);
    if (gate) await gate;
    if (fail) throw fail.error;
    return created;
  };

  patchCalls = 0;

  updateAnnotation = async (_sampleId: string, id: string, changes: AnnotationUpdate) => {
    this.patchCalls += 1;
    const i = this.rows.findIndex((r) => r.id === id);
    const row = this.rows[i];
    if (!row) throw new ApiError('not_found', 'Annotation not found', { status: 404 });
    const { metadata: _m, ...fields } = changes;
    this.rows[i] = { ...row, ...fields } as SpatialAnnotation;
    return this.rows[i];
  };

  listAnnotations = async () => {
    this.listCalls += 1;
    return [...this.rows];
  };
}
