import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../readTable';
import {
  detectPreset,
  detectTablePreset,
  GENERIC_PRESET,
  IMPORT_PRESETS,
  presetById,
} from './registry';

describe('detectPreset', () => {
  it('recognises a KLA-F5x block', () => {
    const text =
      'MACHINE TYPE: ,KLA-F5x\nWAFER ID,Slot01\nRESULT TYPE,1st Thickness,GOF\nSite #,Value,Value, X , Y \n1,9.5,0.99,0,0\n';
    expect(detectPreset(text)).toBe('kla-f5x');
  });

  it('recognises CompleteEASE (x,y) rows', () => {
    expect(detectPreset('\tPoint #\tMSE\nAverage\tN/A\t1\n(0.354,-0.354)\t1\t1.2\n')).toBe(
      'woollam',
    );
  });

  it('recognises the annotation export, BOM or not', () => {
    const header = 'property_name,property_value,property_unit,coord_x,coord_y\nRs,1,,0,0\n';
    expect(detectPreset(header)).toBe('annotations');
    expect(detectPreset(`\uFEFF${header}`)).toBe('annotations');
  });

  it('calls everything else generic', () => {
    expect(detectPreset('x,y,t\n1,2,3\n')).toBe('generic');
    expect(detectPreset('(0.354,-0.354),1,1.2\n')).toBe('generic');
    expect(detectPreset('')).toBe('generic');
  });
});

describe('IMPORT_PRESETS', () => {
  it('has unique ids, with the generic table first (the fallback, never detected)', () => {
    const ids = IMPORT_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(IMPORT_PRESETS[0]).toBe(GENERIC_PRESET);
    expect('detect' in GENERIC_PRESET).toBe(false);
  });

  it('names the instrument as the default source of instrument presets only', () => {
    expect(IMPORT_PRESETS.map((p) => [p.id, p.sourceType])).toEqual([
      ['generic', ''],
      ['kla-f5x', 'KLA-F5x'],
      ['woollam', 'CompleteEASE'],
      ['annotations', ''],
    ]);
  });

  it('says where a preset’s coordinate unit comes from, and which formats state no value unit', () => {
    expect(presetById('kla-f5x').units).toMatchObject({
      coordinateNote: 'KLA-F5x exports give X and Y in mm.',
      valueUnitsStated: false,
    });
    expect(presetById('woollam').units.coordinateNote).toBe('CompleteEASE maps give (x,y) in cm.');
    expect(IMPORT_PRESETS.filter((p) => !p.units.valueUnitsStated).map((p) => p.id)).toEqual([
      'kla-f5x',
    ]);
  });

  it('falls back to the generic table for an id no longer registered', () => {
    expect(presetById('spectrometer-x')).toBe(GENERIC_PRESET);
  });
});

describe('detectTablePreset', () => {
  const table = (header: string[], firstCells: string[]) => ({
    header,
    rows: firstCells.map((c, i) => ({ line: i + 2, cells: [c, '1'] })),
  });

  it('recognises a CompleteEASE sheet by its blank first header and (x,y) cells', () => {
    const sheet = table(['', 'Thickness # 1 (nm)'], ['Average', '(0.354,-0.354)']);
    expect(detectTablePreset(sheet as unknown as ParsedTable).id).toBe('woollam');
  });

  it('calls any other sheet generic', () => {
    const sheet = table(['x', 'y'], ['1', '2']);
    expect(detectTablePreset(sheet as unknown as ParsedTable)).toBe(GENERIC_PRESET);
  });
});

describe('preset ids outside src/io/presets', () => {
  // The registry replaces comparisons of preset ids: code outside the presets asks a descriptor.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return full.endsWith(`${path.sep}presets`) ? [] : sources(full);
      return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [full] : [];
    });

  it('are compared nowhere in the source', () => {
    const compared = (id: string) =>
      new RegExp(`(?:[=!]==\\s*|case\\s+)['"]${id}['"]|['"]${id}['"]\\s*[=!]==`);
    // Only lines about presets: 'annotations' is also an API path segment.
    const found = sources(root).flatMap((file) => {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /preset/i.test(line));
      return IMPORT_PRESETS.filter((p) => lines.some((line) => compared(p.id).test(line))).map(
        (p) => `${path.relative(root, file)}: '${p.id}'`,
      );
    });
    expect(found).toEqual([]);
  });
});
