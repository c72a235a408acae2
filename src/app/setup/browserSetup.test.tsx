import { afterEach, describe, expect, it } from 'vitest';
import type { PhysicalSample } from '../../api/schemas';
import { standardWafer } from '../../domain/geometry/outline';
import { emptySetup, withSetup } from '../../domain/setup/setup';
import { knownSetup, writeBrowserCopy } from './browserSetup';

const now = new Date('2026-12-07T00:00:00Z');
const sample = (metadata?: Record<string, unknown> | null): PhysicalSample => ({
  id: 's1',
  name: 'wafer',
  created_datetime: null,
  last_updated: null,
  owner_name: null,
  projects: [],
  ...(metadata === undefined ? {} : { physical_sample_metadata: metadata }),
});

afterEach(() => localStorage.clear());

describe('knownSetup', () => {
  const onServer = { ...emptySetup(now), outline: standardWafer(300) };
  const inBrowser = { ...emptySetup(now), outline: standardWafer(150) };

  it('reads the setup from the listed metadata when the list carries it', () => {
    writeBrowserCopy('s1', { setup: inBrowser, synced: true });
    expect(knownSetup(sample(withSetup({ other: 1 }, onServer)))?.outline).toEqual(
      onServer.outline,
    );
  });

  it("falls back to this browser's copy when the list has no metadata or no setup in it", () => {
    expect(knownSetup(sample())).toBeNull();
    writeBrowserCopy('s1', { setup: inBrowser, synced: false });
    expect(knownSetup(sample())?.outline).toEqual(inBrowser.outline);
    expect(knownSetup(sample({ other: 1 }))?.outline).toEqual(inBrowser.outline);
    expect(knownSetup(undefined)).toBeNull();
  });
});
