import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyseImport } from './analyseImport';
import { type AnnotationCsvRow, annotationsToCsv } from './exportCsv';
import { mapRows } from './mapping';

const rows: AnnotationCsvRow[] = [
  {
    property_name: 'Thickness',
    property_value: 2 / 3,
    property_unit: 'nm',
    char_source_type: 'ellipsometry',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: -140,
    coord_y: 0.1 + 0.2,
    coord_z: null,
  },
  {
    property_name: 'Sheet "Rs", corrected',
    property_value: -1e-7,
    property_unit: 'ohm/sq',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: 12.5,
    coord_y: -7.25,
  },
  {
    property_name: 'Mean',
    property_value: 3,
    property_unit: null,
    coord_units: 'mm',
    coord_x: 0,
    coord_y: 0,
  },
];

describe('annotationsToCsv', () => {
  it('writes the API field names, full-precision numbers and RFC 4180 quoting', () => {
    const csv = annotationsToCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'property_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z,site,wafer_id,slot',
    );
    expect(lines[1]).toBe(
      'Thickness,0.6666666666666666,nm,ellipsometry,sample_relative,mm,-140,0.30000000000000004,,,,',
    );
    expect(lines[2]).toBe(
      '"Sheet ""Rs"", corrected",-1e-7,ohm/sq,,sample_relative,mm,12.5,-7.25,,,,',
    );
    expect(lines[3]).toBe('Mean,3,,,,mm,0,0,,,,');
    expect(lines.slice(4)).toEqual(['']);
  });

  it('adds id and last_updated for stored records', () => {
    const stored = [
      { ...rows[0], id: 'a1', last_updated: '2026-01-02T03:04:05.000Z' } as AnnotationCsvRow,
    ];
    const parsed = Papa.parse<string[]>(annotationsToCsv(stored)).data;
    expect(parsed[0]?.slice(-2)).toEqual(['id', 'last_updated']);
    expect(parsed[1]?.slice(-2)).toEqual(['a1', '2026-01-02T03:04:05.000Z']);
    expect(annotationsToCsv(stored, { includeRecordFields: false })).not.toContain('last_updated');
  });

  it('round-trips through analyseImport + mapRows to the same points, values, names and units', () => {
    const a = analyseImport(annotationsToCsv(rows), 'export.csv');
    expect(a.preset).toBe('annotations');
    expect(a.mapping.coordinateUnit).toBe('mm');
    const r = mapRows(a.table, a.mapping);
    expect(r.problems).toEqual([]);
    const back = r.points.flatMap((p) =>
      p.values.map((v) => ({
        property_name: v.propertyName,
        property_value: v.value,
        property_unit: v.propertyUnit,
        coord_x: p.xMm,
        coord_y: p.yMm,
      })),
    );
    expect(back).toEqual(
      rows.map((row) => ({
        property_name: row.property_name,
        property_value: row.property_value,
        property_unit: row.property_unit ?? null,
        coord_x: row.coord_x,
        coord_y: row.coord_y,
      })),
    );
  });

  it('guards text a spreadsheet would run as a formula, never numbers, and still round-trips', () => {
    const risky: AnnotationCsvRow[] = [
      {
        property_name: '=HYPERLINK("http://evil.example","x")',
        property_value: -3.25,
        property_unit: '@unit',
        char_source_type: '+cmd',
        coord_x: -1,
        coord_y: -2,
      },
      {
        property_name: '-thickness',
        property_value: 1,
        property_unit: 'nm',
        coord_x: 0,
        coord_y: 0,
      },
    ];
    const csv = annotationsToCsv(risky);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")",-3.25,"\'@unit","\'+cmd",,,-1,-2,,,,',
    );
    expect(lines[2]).toBe('"\'-thickness",1,nm,,,,0,0,,,,');
    const a = analyseImport(csv, 'export.csv');
    const back = mapRows(a.table, a.mapping).points.flatMap((p) =>
      p.values.map((v) => [v.propertyName, v.propertyUnit, v.value, p.xMm, p.yMm]),
    );
    expect(back).toEqual([
      ['=HYPERLINK("http://evil.example","x")', '@unit', -3.25, -1, -2],
      ['-thickness', 'nm', 1, 0, 0],
    ]);
  });

  it('gives just the header for no rows', () => {
    expect(annotationsToCsv([])).toBe(
      'property_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z,site,wafer_id,slot\r\n',
    );
  });

  it('writes the site, wafer and slot of the metadata, which the importer reads back', () => {
    const measured: AnnotationCsvRow[] = [
      { ...rows[0], metadata: { site: 12, wafer_id: 'Slot01', slot: 1, source_file: 'k.csv' } },
      { ...rows[1], annotation_metadata: { site: 'B3', wafer_id: '=W' } },
      { ...rows[2], metadata: { site: { nested: true } } },
    ] as AnnotationCsvRow[];
    const csv = annotationsToCsv(measured);
    expect(csv.split('\r\n')[1]).toMatch(/,12,Slot01,1$/);
    expect(csv.split('\r\n')[2]).toMatch(/,B3,"'=W",$/);
    expect(csv.split('\r\n')[3]).toMatch(/,,,$/);
    const a = analyseImport(csv, 'export.csv');
    expect(mapRows(a.table, a.mapping).points.map((p) => p.identity)).toEqual([
      { site: 12, wafer_id: 'Slot01', slot: 1 },
      { site: 'B3', wafer_id: '=W' },
      undefined,
    ]);
  });
});
