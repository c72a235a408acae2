import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { PhysicalSample, PhysicalSampleUpdate } from '../../api/schemas';
import { standardWafer } from '../../domain/geometry/outline';
import { emptySetup, type SampleSetup, SETUP_KEY } from '../../domain/setup/setup';
import { describeFailure, readServerMetadata, SetupNotShared, saveSetup } from './setupSync';

const ID = '9a8b7c6d-5e4f-4321-8fed-cba987654321';
const NOW = new Date('2026-04-03T10:00:00.000Z');
const setup: SampleSetup = {
  ...emptySetup(new Date('2026-04-03T10:00:00.000Z')),
  outline: standardWafer(200, 5),
};
/** `setup` as the first write stores it: the fields it set stamped with the write. */
const firstWrite: SampleSetup = {
  ...setup,
  fieldStamps: {
    at: setup.updatedAt,
    fields: { outline: setup.updatedAt, edgeExclusion: setup.updatedAt },
  },
};

/** A server holding one sample; `listsMetadata: false` behaves like Atomscale's list. */
function fakeServer(metadata: Record<string, unknown> | null, listsMetadata = true) {
  const sample: PhysicalSample = {
    id: ID,
    name: 'Wafer',
    created_datetime: null,
    last_updated: null,
    projects: [],
    owner_name: null,
    physical_sample_metadata: metadata,
  };
  const patches: PhysicalSampleUpdate[] = [];
  return {
    patches,
    sample,
    getSample: vi.fn(async () => {
      if (listsMetadata) return { ...sample };
      const { physical_sample_metadata: _, ...rest } = sample;
      return rest;
    }),
    updateSample: vi.fn(async (_id: string, changes: PhysicalSampleUpdate) => {
      patches.push(changes);
      if (changes.physical_sample_metadata !== undefined) {
        sample.physical_sample_metadata = changes.physical_sample_metadata;
      }
      return { ...sample };
    }),
  };
}

describe('saveSetup', () => {
  it('re-reads the sample and changes only our key', async () => {
    const server = fakeServer({ theirs: { a: [1, 2] }, [SETUP_KEY]: { version: 1 } });
    // Someone else's key changed after the page loaded: the write must keep the new value.
    server.sample.physical_sample_metadata = { theirs: { a: [3] } };
    await saveSetup(server, ID, null, setup, NOW);
    expect(server.patches).toEqual([
      { physical_sample_metadata: { theirs: { a: [3] }, [SETUP_KEY]: firstWrite } },
    ]);
  });

  it("merges this session's changes onto a colleague's, writing only what it changed", async () => {
    const theirs: SampleSetup = {
      ...emptySetup(new Date('2026-04-03T10:05:00.000Z')),
      outline: standardWafer(200, 5),
    };
    const server = fakeServer({ [SETUP_KEY]: theirs, other: 'kept' });
    const mine: SampleSetup = {
      ...emptySetup(new Date('2026-04-03T10:06:00.000Z')),
      limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
    };
    // This session last knew no setup at all (null base), and this clock is behind the server's copy.
    const out = await saveSetup(server, ID, null, mine, NOW);
    const at = '2026-04-03T10:05:00.001Z';
    // theirs carries no stamps (written before them): only the field this write set gets one.
    const stored = {
      ...theirs,
      limits: mine.limits,
      updatedAt: at,
      fieldStamps: { at, fields: { 'limits:["thickness","nm"]:usl': at } },
    };
    expect(out).toMatchObject({ wrote: true, stored });
    expect(out.merge.fromTheirs.map((c) => c.name)).toEqual(['outline', 'edge exclusion']);
    expect(server.patches).toEqual([
      { physical_sample_metadata: { [SETUP_KEY]: stored, other: 'kept' } },
    ]);
  });

  it('writes nothing when the server already holds every change of this session', async () => {
    const server = fakeServer({ [SETUP_KEY]: setup });
    const out = await saveSetup(server, ID, null, { ...setup, updatedAt: NOW.toISOString() }, NOW);
    expect(out).toMatchObject({ wrote: false, stored: setup });
    expect(server.patches).toEqual([]);
  });

  it('reads the metadata with an empty PATCH when the list does not carry it', async () => {
    const server = fakeServer({ theirs: 1 }, false);
    await saveSetup(server, ID, null, setup, NOW);
    expect(server.patches).toEqual([
      {},
      { physical_sample_metadata: { theirs: 1, [SETUP_KEY]: firstWrite } },
    ]);
  });

  it.each([
    [{ [SETUP_KEY]: { version: 2 } }, /newer version \(2\)/],
    [{ [SETUP_KEY]: 'text' }, /not valid/],
  ])('never overwrites a key it cannot read: %j', async (metadata, message) => {
    const server = fakeServer(metadata);
    await expect(saveSetup(server, ID, null, setup, NOW)).rejects.toThrow(message);
    expect(server.patches).toEqual([]);
  });

  it('fails when the server sends no metadata at all or lists no such sample', async () => {
    const blind = fakeServer(null, false);
    blind.updateSample.mockImplementation(async () => {
      const { physical_sample_metadata: _, ...rest } = blind.sample;
      return rest;
    });
    await expect(saveSetup(blind, ID, null, setup, NOW)).rejects.toThrow(/does not send/);
    const gone = fakeServer(null);
    gone.getSample.mockResolvedValue(null as never);
    await expect(readServerMetadata(gone, ID)).rejects.toThrow(/does not list this sample/);
  });

  it('fails when the answer does not hold what was sent', async () => {
    const server = fakeServer({});
    server.updateSample.mockImplementation(async () => ({
      ...server.sample,
      physical_sample_metadata: {},
    }));
    await expect(saveSetup(server, ID, null, setup, NOW)).rejects.toThrow(SetupNotShared);
  });
});

describe('describeFailure', () => {
  it.each([
    [new ApiError('network', 'x'), 'the server cannot be reached'],
    [new ApiError('unauthorized', 'x', { status: 403 }), 'the API key may not change samples'],
    [new ApiError('http', 'x', { status: 405 }), 'the server does not accept changes to samples'],
    [
      new ApiError('not_found', 'Not Found', { status: 404 }),
      'the server does not accept changes to samples',
    ],
    [new SetupNotShared('why'), 'why'],
  ])('words %o', (error, text) => {
    expect(describeFailure(error)).toBe(text);
  });
});
