/**
 * A fake server holding one sample, shared by setup sessions made with `session()` (each one a
 * tab of its own browser), for the SetupSession tests.
 */
import { vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { PhysicalSample, PhysicalSampleUpdate } from '../../api/schemas';
import { type SampleOutline, standardWafer } from '../../domain/geometry/outline';
import type { BrowserCopy } from '../../domain/setup/migration';
import { readSetup, type SampleSetup } from '../../domain/setup/setup';
import { SetupSession } from './setupSession';
import type { SetupServer } from './setupSync';

export const ID = '9a8b7c6d-5e4f-4321-8fed-cba987654321';
export const notch200 = (edgeMm: number): SampleOutline => ({
  ...standardWafer(200),
  edgeExclusionMm: edgeMm,
});

/** One sample on a server shared by every session made with `session()` (two browsers). */
export function aServer(metadata: Record<string, unknown> | null = null) {
  const state = { metadata, refuse: false, hold: null as Promise<void> | null };
  const sample = (): PhysicalSample => ({
    id: ID,
    name: 'Setup race 200mm',
    created_datetime: null,
    last_updated: null,
    projects: [],
    owner_name: null,
    physical_sample_metadata: structuredClone(state.metadata),
  });
  const patches: PhysicalSampleUpdate[] = [];
  const server: SetupServer = {
    getSample: vi.fn(async () => sample()),
    updateSample: vi.fn(async (_id: string, changes: PhysicalSampleUpdate) => {
      if (state.hold) await state.hold;
      if (state.refuse) throw new ApiError('http', 'Method Not Allowed', { status: 405 });
      patches.push(changes);
      if (changes.physical_sample_metadata !== undefined) {
        state.metadata = structuredClone(changes.physical_sample_metadata);
      }
      return sample();
    }),
  };
  let clock = Date.parse('2026-04-03T10:00:00.000Z');
  /** A session (a tab of its own browser) opened from the list as it is now. */
  const session = (options: { verifyDelayMs?: number } = {}) => {
    const copies: BrowserCopy[] = [];
    const published: SampleSetup[] = [];
    const s = new SetupSession(
      {
        server,
        sampleId: ID,
        readCopy: () => copies.at(-1) ?? null,
        keepCopy: (copy) => void copies.push(copy),
        legacy: () => null,
        publish: (stored) => void published.push(stored),
        exclusive: (fn) => fn(),
        now: () => {
          clock += 1000;
          return new Date(clock);
        },
        saveDelayMs: 60_000,
        verifyDelayMs: options.verifyDelayMs ?? null,
      },
      sample().physical_sample_metadata,
    );
    s.start();
    return Object.assign(s, { copies, published });
  };
  const stored = () => {
    const read = readSetup(state.metadata);
    if (read.kind !== 'ok') throw new Error(`no setup stored: ${read.kind}`);
    return read.setup;
  };
  return { state, patches, server, session, stored };
}
