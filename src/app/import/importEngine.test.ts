import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { unpackStaged } from '../../io/packedStaged';
import { createImportEngine, createInlineEngine } from './importEngine';
import { readSource } from './readSource';

describe('readSource', () => {
  it('reads a file in chunks, reporting bytes read, and decodes it', async () => {
    const text = `x (µm),y (µm),t\n${'1,2,3\n'.repeat(50_000)}`;
    const progress: Array<[number, number]> = [];
    const loaded = await readSource(new Blob([text]), (done, total) =>
      progress.push([done, total]),
    );
    expect(loaded).toEqual({ text, encodingWarning: null });
    const total = new Blob([text]).size;
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([done], i) => i === 0 || done > (progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('passes pasted text through', async () => {
    expect(await readSource('a\tb')).toEqual({ text: 'a\tb', encodingWarning: null });
  });
});

describe('the inline engine', () => {
  it('loads, analyses, maps and stages like the worker does', async () => {
    const engine = createInlineEngine();
    await engine.load('x_mm,y_mm,thickness_nm\n1,2,25.1\n-3,0,24.9\n', 'a.csv');
    const analysis = await engine.analyse({});
    expect(analysis.header).toEqual(['x_mm', 'y_mm', 'thickness_nm']);
    const outline = standardWafer(150);
    const view = await engine.map(analysis.mapping, outline);
    expect([...view.xMm]).toEqual([1, -3]);
    const packed = await engine.stage({
      mapping: analysis.mapping,
      outline,
      sourceType: 'Manual',
      includeOutside: false,
    });
    const staged = unpackStaged(packed, () => 'id');
    expect(staged.map((s) => [s.xMm, s.propertyValue, s.metadata?.source_row])).toEqual([
      [1, 25.1, 2],
      [-3, 24.9, 3],
    ]);
  });

  it('refuses to analyse before a file is loaded', async () => {
    await expect(createInlineEngine().analyse({})).rejects.toThrow('No file loaded.');
  });

  it('is what small sources get, and what Node gets (no Worker)', () => {
    expect(createImportEngine(10).offThread).toBe(false);
    expect(createImportEngine(50 * 1024 * 1024).offThread).toBe(false);
  });
});
