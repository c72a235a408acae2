import { describe, expect, it } from 'vitest';
import type { MappedPoint } from './mapping';
import { packedBuffers, packMappedPoints, unpackStaged } from './packedStaged';

const points: MappedPoint[] = [
  {
    sourceRow: 7,
    xMm: 1.5,
    yMm: -2,
    values: [
      { propertyName: 'Rs', propertyUnit: 'ohm/sq', value: 101.5 },
      { propertyName: 'GOF', propertyUnit: null, value: 0.99 },
    ],
  },
  {
    sourceRow: 9,
    xMm: 0,
    yMm: 3.25,
    values: [{ propertyName: 'Rs', propertyUnit: 'ohm/sq', value: 99.8 }],
  },
];

describe('packMappedPoints', () => {
  it('stores each repeated name, unit and source once', () => {
    const packed = packMappedPoints(points, {
      sourceFile: 'a.csv',
      sourceType: null,
      rowSources: new Map([
        [7, 'KLA-F5x'],
        [9, 'KLA-F5x'],
      ]),
    });
    expect([...packed.xMm]).toEqual([1.5, 1.5, 0]);
    expect([...packed.value]).toEqual([101.5, 0.99, 99.8]);
    expect([...packed.sourceRow]).toEqual([7, 7, 9]);
    expect(packed.properties).toEqual([
      { name: 'Rs', unit: 'ohm/sq' },
      { name: 'GOF', unit: null },
    ]);
    expect([...packed.property]).toEqual([0, 1, 0]);
    expect(packed.sources).toEqual(['KLA-F5x']);
    expect(packedBuffers(packed)).toHaveLength(7);
  });
});

describe('unpackStaged', () => {
  it('rebuilds the staged annotations, with separate metadata objects', () => {
    let n = 0;
    const staged = unpackStaged(
      packMappedPoints(points, { sourceFile: 'a.csv', sourceType: '', extraMetadata: { w: '1' } }),
      () => `id-${++n}`,
    );
    expect(staged).toEqual([
      {
        localId: 'id-1',
        xMm: 1.5,
        yMm: -2,
        propertyName: 'Rs',
        propertyValue: 101.5,
        propertyUnit: 'ohm/sq',
        charSourceType: null,
        metadata: { source_file: 'a.csv', source_row: 7, w: '1' },
        site: null,
      },
      {
        localId: 'id-2',
        xMm: 1.5,
        yMm: -2,
        propertyName: 'GOF',
        propertyValue: 0.99,
        propertyUnit: null,
        charSourceType: null,
        metadata: { source_file: 'a.csv', source_row: 7, w: '1' },
        site: null,
      },
      {
        localId: 'id-3',
        xMm: 0,
        yMm: 3.25,
        propertyName: 'Rs',
        propertyValue: 99.8,
        propertyUnit: 'ohm/sq',
        charSourceType: null,
        metadata: { source_file: 'a.csv', source_row: 9, w: '1' },
        site: null,
      },
    ]);
    expect(staged[0]?.metadata).not.toBe(staged[1]?.metadata);
  });

  it('unpacks nothing from no points', () => {
    const packed = packMappedPoints([], { sourceFile: 'a', sourceType: null });
    expect(unpackStaged(packed, () => 'x')).toEqual([]);
  });
});
