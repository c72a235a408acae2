import { describe, expect, it } from 'vitest';
import type { PhysicalSample } from '../../api/schemas';
import { standardWafer } from '../../domain/geometry/outline';
import { emptySetup, withSetup } from '../../domain/setup/setup';
import { overviewRow } from './useSampleSummaries';

const sample = (name: string, metadata: Record<string, unknown> = {}): PhysicalSample => ({
  id: `id-${name}`,
  name,
  owner_name: 'lab',
  created_datetime: '2026-01-02T00:00:00.000Z',
  projects: [],
  last_updated: null,
  physical_sample_metadata: metadata,
});

describe('overviewRow', () => {
  it.each([
    ['Demo 150 mm Si wafer', 'wafer', 150],
    ['8" wafer 12', 'wafer', 200],
    ['Piece 20 x 15 mm', 'rectangle', 20],
  ])(
    'guesses the outline from the name %j, as the workspace does, marked as a guess',
    (name, kind, sizeMm) => {
      const row = overviewRow(sample(name));
      expect(row.outlineSource).toBe('name');
      expect(row.outline?.kind).toBe(kind);
      expect(
        row.outline && ('diameterMm' in row.outline ? row.outline.diameterMm : row.outline.widthMm),
      ).toBe(sizeMm);
    },
  );

  it('prefers the outline the setup holds, and has none when the name says no size', () => {
    const set = overviewRow(
      sample(
        'Demo 150 mm Si wafer',
        withSetup({}, { ...emptySetup(new Date(0)), outline: standardWafer(300) }),
      ),
    );
    expect(set.outlineSource).toBe('setup');
    expect(set.outline).toMatchObject({ kind: 'wafer', diameterMm: 300 });
    expect(overviewRow(sample('Slot01'))).toMatchObject({ outline: null, outlineSource: null });
  });
});
