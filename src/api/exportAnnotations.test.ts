import { describe, expect, it } from 'vitest';
import type { RectangleOutline } from '../domain/geometry/outline';
import { ImportSession } from '../io/importSession';
import { anAnnotation, aStagedAnnotation } from '../testing/builders';
import { exportFileName, recordsToCsv, stagedToCsv } from './exportAnnotations';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('stagedToCsv', () => {
  it('writes staged points with the API field names in the sample frame', () => {
    const csv = stagedToCsv([
      aStagedAnnotation({
        xMm: -3.25,
        yMm: 0.1,
        propertyName: 'Thickness, SiO2',
        propertyValue: 9.7878,
        propertyUnit: 'nm',
        charSourceType: 'KLA-F5x',
        metadata: { source_file: 'a.csv', source_row: 3, site: 7, wafer_id: 'Slot01', slot: 1 },
      }),
      aStagedAnnotation({ propertyUnit: null }),
    ]);
    expect(csv).toBe(
      'property_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z,site,wafer_id,slot\r\n' +
        '"Thickness, SiO2",9.7878,nm,KLA-F5x,sample_relative,mm,-3.25,0.1,,7,Slot01,1\r\n' +
        'thickness,100,,,sample_relative,mm,0,0,,,,\r\n',
    );
  });
});

describe('recordsToCsv', () => {
  it('adds id and last_updated', () => {
    const r = anAnnotation({
      id: '00000000-0000-4000-8000-000000000abc',
      coord_x: 1.5,
      annotation_metadata: { site: 'A7', wafer_id: 'W 12', other: { x: 1 } },
    });
    expect(recordsToCsv([r]).split('\r\n')).toEqual([
      'property_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z,site,wafer_id,slot,id,last_updated',
      `thickness,100,nm,,sample_relative,mm,1.5,0,,A7,W 12,,00000000-0000-4000-8000-000000000abc,2026-01-01T00:00:00.000Z`,
      '',
    ]);
  });

  it('writes a header even for no records', () => {
    expect(recordsToCsv([])).toMatch(/^property_name,.*,id,last_updated\r\n$/);
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 3, 3, 23, 59);

  it('slugs the sample name and adds what and the local date', () => {
    expect(exportFileName('Demo 150 mm Si wafer', 'staged', 'csv', day)).toBe(
      'demo-150-mm-si-wafer_staged_2026-04-03.csv',
    );
    expect(exportFileName('Ångström / µ-test #7', 'map', 'png', day)).toBe(
      'angstrom-test-7_map_2026-04-03.png',
    );
  });

  it('falls back to "sample" for a missing or symbol-only name', () => {
    expect(exportFileName(null, 'stored', 'csv', day)).toBe('sample_stored_2026-04-03.csv');
    expect(exportFileName('***', 'stored', 'csv', day)).toBe('sample_stored_2026-04-03.csv');
  });

  it('keeps at most 60 characters of the name', () => {
    const name = exportFileName('a'.repeat(80), 'map', 'png', day);
    expect(name).toBe(`${'a'.repeat(60)}_map_2026-04-03.png`);
  });
});

describe('ImportSession round trip through the CSV export', () => {
  it('reads an exported staged list back as the same points, names, values and units', () => {
    const piece: RectangleOutline = {
      kind: 'rectangle',
      widthMm: 40,
      heightMm: 30,
      edgeExclusionMm: 0,
    };
    const original = [
      aStagedAnnotation({
        xMm: -12.345678,
        yMm: 3.1,
        propertyName: 'Rs',
        propertyValue: 101.5,
        propertyUnit: 'ohm/sq',
        charSourceType: '4PP',
      }),
      aStagedAnnotation({
        xMm: -12.345678,
        yMm: 3.1,
        propertyName: 'Mean, corrected',
        propertyValue: -0.1,
        propertyUnit: null,
      }),
      aStagedAnnotation({
        xMm: 0,
        yMm: 0,
        propertyName: 'Rs',
        propertyValue: 1e-7,
        propertyUnit: 'ohm/sq',
      }),
    ];
    const session = new ImportSession(stagedToCsv(original), 'export.csv');
    const a = session.analyse();
    expect(a.preset).toBe('annotations');
    expect(a.hasRowSources).toBe(true);
    const back = session.stage(
      { mapping: a.mapping, outline: piece, sourceType: '', includeOutside: false },
      ids(),
    );
    const key = (s: (typeof back)[number]) => [
      s.xMm,
      s.yMm,
      s.propertyName,
      s.propertyValue,
      s.propertyUnit,
      s.charSourceType,
    ];
    expect(back.map(key)).toEqual(original.map(key));
  });
});
