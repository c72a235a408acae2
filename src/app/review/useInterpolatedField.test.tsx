import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { computeField, type Field } from '../../domain/interpolation/field';
import type { FieldWorkerLike, FieldWorkerRequest, FieldWorkerResponse } from './fieldProtocol';
import { type FieldInput, useInterpolatedField } from './useInterpolatedField';

/** A worker that answers only when the test says so. */
class FakeWorker implements FieldWorkerLike {
  static all: FakeWorker[] = [];
  posted: FieldWorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FieldWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: FieldWorkerRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answer a posted request by running the real computation. */
  answer(request: FieldWorkerRequest, elapsedMs = 5) {
    const data = { id: request.id, outcome: computeField(request.request), elapsedMs };
    act(() => this.onmessage?.({ data } as MessageEvent<FieldWorkerResponse>));
  }
}
const createWorker = () => new FakeWorker();

const outline = standardWafer(150);
const sites = (v: number) => [
  { xMm: -40, yMm: 0, value: v },
  { xMm: 40, yMm: 0, value: v + 1 },
  { xMm: 0, yMm: 40, value: v + 2 },
];
const input = (v: number, seriesKey = 'thickness|nm'): FieldInput => ({
  seriesKey,
  sites: sites(v),
  outline,
  method: 'thin-plate-spline',
  resolution: 20,
});

function setup(first: FieldInput | null) {
  FakeWorker.all = [];
  return renderHook(({ value }) => useInterpolatedField(value, createWorker), {
    initialProps: { value: first },
  });
}

describe('useInterpolatedField', () => {
  it('posts a request and shows its field', () => {
    const hook = setup(input(1));
    const worker = FakeWorker.all[0];
    expect(hook.result.current.computing).toBe(true);
    const request = worker?.posted[0];
    if (!worker || !request) throw new Error('nothing posted');
    worker.answer(request, 12);
    expect(hook.result.current.computing).toBe(false);
    expect(hook.result.current.elapsedMs).toBe(12);
    expect(hook.result.current.field?.siteCount).toBe(3);
  });

  it('restarts a busy worker when the settings change, and drops the stale answer', () => {
    const hook = setup(input(1));
    const first = FakeWorker.all[0];
    hook.rerender({ value: { ...input(100), method: 'inverse-distance' } });
    // The busy worker was terminated; the new request went to a fresh one.
    expect(first?.terminated).toBe(true);
    const second = FakeWorker.all[1];
    const stale = first?.posted[0];
    const fresh = second?.posted[0];
    if (!first || !second || !stale || !fresh) throw new Error('missing worker');
    expect(fresh.id).toBeGreaterThan(stale.id);
    first.answer(stale);
    expect(hook.result.current.field).toBeNull();
    expect(hook.result.current.computing).toBe(true);
    second.answer(fresh);
    const field = hook.result.current.field as Field;
    expect(Math.max(...Array.from(field.grid).filter(Number.isFinite))).toBeGreaterThan(50);
  });

  it('queues data-only changes behind the running request: only the newest is computed', () => {
    const hook = setup(input(1));
    hook.rerender({ value: input(50) });
    hook.rerender({ value: input(100) });
    const worker = FakeWorker.all[0];
    if (!worker) throw new Error('no worker');
    // No restart, and nothing more posted while the first request runs.
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker.terminated).toBe(false);
    expect(worker.posted).toHaveLength(1);
    const [first] = worker.posted;
    if (!first) throw new Error('nothing posted');
    worker.answer(first);
    // The stale answer is dropped; the newest data (100, not 50) is sent next.
    expect(hook.result.current.computing).toBe(true);
    expect(worker.posted).toHaveLength(2);
    const newest = worker.posted[1];
    if (!newest) throw new Error('newest not posted');
    expect(newest.request.sites[0]?.value).toBe(100);
    worker.answer(newest);
    expect(hook.result.current.computing).toBe(false);
    const field = hook.result.current.field as Field;
    expect(Math.max(...Array.from(field.grid).filter(Number.isFinite))).toBeGreaterThan(50);
  });

  it('keeps the field of the same series while recomputing, and clears it for another', () => {
    const hook = setup(input(1));
    const worker = FakeWorker.all[0];
    const request = worker?.posted[0];
    if (!worker || !request) throw new Error('nothing posted');
    worker.answer(request);
    hook.rerender({ value: input(2) });
    expect(hook.result.current.field).not.toBeNull();
    expect(hook.result.current.computing).toBe(true);
    hook.rerender({ value: input(2, 'Rs|ohm/sq') });
    expect(hook.result.current.field).toBeNull();
  });

  it('reports why there is no map, and goes idle without input', () => {
    const hook = setup({ ...input(1), sites: sites(1).slice(0, 2) });
    const worker = FakeWorker.all[0];
    const request = worker?.posted[0];
    if (!worker || !request) throw new Error('nothing posted');
    worker.answer(request);
    expect(hook.result.current.message).toContain('at least 3 distinct sites');
    hook.rerender({ value: null });
    expect(hook.result.current).toEqual({
      field: null,
      computing: false,
      message: null,
      elapsedMs: null,
    });
  });
});
