/**
 * An in-memory server of many physical samples for cassette-import tests: samples (list,
 * create, get, PATCH metadata) and each sample's annotations (a FakeServer per sample, with the
 * local server's rule that a `client_batch`/`client_index` pair is stored once).
 */
import { ApiError } from '../api/errors';
import type {
  AnnotationCreate,
  PhysicalSample,
  PhysicalSampleUpdate,
  SpatialAnnotation,
} from '../api/schemas';
import { tokenOf } from '../api/submitLedger';
import { aSample } from './builders';
import { FakeServer } from './fakeServer';

export class FakeLotServer {
  samples: PhysicalSample[] = [];
  annotations = new Map<string, FakeServer>();
  createCalls: string[] = [];
  /** Names whose create stores the sample, then fails (the answer is lost). */
  loseCreateAnswer = new Set<string>();
  /** Fail every PATCH of a sample (a server that keeps no metadata). */
  refusePatch = false;
  private clock = 0;

  server(sampleId: string): FakeServer {
    let s = this.annotations.get(sampleId);
    if (!s) {
      s = new FakeServer();
      this.annotations.set(sampleId, s);
    }
    return s;
  }

  listSamples = async () => this.samples.map((s) => ({ ...s }));

  getSample = async (id: string) => this.samples.find((s) => s.id === id) ?? null;

  createSample = async (name: string) => {
    this.createCalls.push(name);
    this.clock++;
    const sample = aSample({
      name,
      created_datetime: new Date(Date.UTC(2026, 0, 1, 0, 0, this.clock)).toISOString(),
      physical_sample_metadata: null,
    });
    this.samples.push(sample);
    if (this.loseCreateAnswer.delete(name)) {
      throw new ApiError('network', "Can't reach the API.");
    }
    return { ...sample };
  };

  updateSample = async (id: string, changes: PhysicalSampleUpdate) => {
    if (this.refusePatch) throw new ApiError('http', 'Request failed (HTTP 405).', { status: 405 });
    const i = this.samples.findIndex((s) => s.id === id);
    const current = this.samples[i];
    if (!current) throw new ApiError('not_found', 'Not Found', { status: 404 });
    const next = {
      ...current,
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.physical_sample_metadata !== undefined
        ? { physical_sample_metadata: changes.physical_sample_metadata }
        : {}),
    };
    this.samples[i] = next;
    return { ...next };
  };

  listAnnotations = async (sampleId: string) => this.server(sampleId).listAnnotations();

  /** Bulk create that, like the local server, stores a token pair at most once per sample. */
  bulkCreateAnnotations = async (sampleId: string, items: AnnotationCreate[]) => {
    const s = this.server(sampleId);
    const known = new Map(s.rows.map((r) => [tokenOf(r.annotation_metadata), r]));
    const fresh = items.filter((a) => {
      const t = tokenOf(a.metadata ?? null);
      return t === null || !known.has(t);
    });
    const created = fresh.length > 0 ? await s.bulkCreateAnnotations(sampleId, fresh) : [];
    let k = 0;
    return items.map((a): SpatialAnnotation => {
      const t = tokenOf(a.metadata ?? null);
      const old = t === null ? undefined : known.get(t);
      const record = old ?? created[k++];
      if (!record) throw new Error('fake server: no record for an item');
      return record;
    });
  };

  updateAnnotation = async (sampleId: string, id: string, changes: object) =>
    this.server(sampleId).updateAnnotation(sampleId, id, changes);

  /** Stored annotations of every sample, in all. */
  storedCount(): number {
    let n = 0;
    for (const s of this.annotations.values()) n += s.rows.length;
    return n;
  }
}
