import { describe, expect, it } from 'vitest';
import { StagedAnnotation } from '../domain/staging/staged';
import type { MappedPoint } from './mapping';
import { mappedPointsToStaged } from './toStaged';

const points: MappedPoint[] = [
  {
    sourceRow: 14,
    xMm: -3.25,
    yMm: 0,
    values: [
      { propertyName: 'Thickness # 1', propertyUnit: 'nm', value: 101.25 },
      { propertyName: 'MSE', propertyUnit: null, value: 1.234 },
    ],
  },
  {
    sourceRow: 15,
    xMm: 7.07,
    yMm: 0,
    values: [{ propertyName: 'Thickness # 1', propertyUnit: ' ', value: 100.87 }],
  },
];

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('mappedPointsToStaged', () => {
  it('makes one annotation per value, point by point, with file and line in metadata', () => {
    const staged = mappedPointsToStaged(
      points,
      { sourceFile: 'map.txt', sourceType: 'CompleteEASE' },
      counter(),
    );
    expect(staged).toEqual([
      {
        localId: 'id-1',
        xMm: -3.25,
        yMm: 0,
        propertyName: 'Thickness # 1',
        propertyValue: 101.25,
        propertyUnit: 'nm',
        charSourceType: 'CompleteEASE',
        metadata: { source_file: 'map.txt', source_row: 14 },
        site: null,
      },
      {
        localId: 'id-2',
        xMm: -3.25,
        yMm: 0,
        propertyName: 'MSE',
        propertyValue: 1.234,
        propertyUnit: null,
        charSourceType: 'CompleteEASE',
        metadata: { source_file: 'map.txt', source_row: 14 },
        site: null,
      },
      {
        localId: 'id-3',
        xMm: 7.07,
        yMm: 0,
        propertyName: 'Thickness # 1',
        propertyValue: 100.87,
        propertyUnit: null,
        charSourceType: 'CompleteEASE',
        metadata: { source_file: 'map.txt', source_row: 15 },
        site: null,
      },
    ]);
    // Every result is a valid staged annotation (what the draft store accepts).
    for (const a of staged) expect(StagedAnnotation.parse(a)).toEqual(a);
  });

  it('adds extra metadata and takes per-row sources when no source is given', () => {
    const staged = mappedPointsToStaged(
      points,
      {
        sourceFile: 'kla.csv',
        sourceType: '  ',
        rowSources: new Map([[14, 'KLA-F5x']]),
        extraMetadata: { wafer_id: 'Slot07' },
      },
      counter(),
    );
    expect(staged.map((a) => a.charSourceType)).toEqual(['KLA-F5x', 'KLA-F5x', null]);
    expect(staged[2]?.metadata).toEqual({
      source_file: 'kla.csv',
      source_row: 15,
      wafer_id: 'Slot07',
    });
  });

  it('a fixed source wins over per-row sources', () => {
    const staged = mappedPointsToStaged(
      points,
      { sourceFile: 'a.csv', sourceType: 'Manual', rowSources: new Map([[14, 'KLA-F5x']]) },
      counter(),
    );
    expect(staged.map((a) => a.charSourceType)).toEqual(['Manual', 'Manual', 'Manual']);
  });

  it('stages nothing for no points', () => {
    expect(mappedPointsToStaged([], { sourceFile: 'a', sourceType: null }, counter())).toEqual([]);
  });
});
