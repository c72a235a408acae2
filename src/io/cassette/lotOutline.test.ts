import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { farthestPointMm, suggestLotOutline } from './lotOutline';
import { readCassette } from './readCassette';

describe('suggestLotOutline', () => {
  it('suggests a 300 mm wafer for the KLA-F5x export, whose sites reach 147 mm', () => {
    const cassette = readCassette([{ name: 'k.csv', text: readFileSync(KLA_F5X_FILE, 'utf8') }]);
    expect(farthestPointMm(cassette)).toBeCloseTo(147, 3);
    expect(suggestLotOutline(cassette)).toEqual({
      outline: standardWafer(300),
      reason: 'The points reach 147.0 mm from the centre.',
    });
  });

  it('suggests the smallest standard wafer that holds every point', () => {
    const text = 'Wafer,x (mm),y (mm),t (nm)\nA,0,0,1\nA,30,40,2\nB,-60,0,3\n';
    expect(suggestLotOutline(readCassette([{ name: 't.csv', text }]))?.outline).toEqual(
      standardWafer(125),
    );
  });

  it('suggests nothing without points or beyond 300 mm', () => {
    expect(suggestLotOutline(readCassette([{ name: 'e.csv', text: 'Wafer,x,y,t\n' }]))).toBeNull();
    const far = 'Wafer,x (mm),y (mm),t (nm)\nA,0,160,1\n';
    expect(suggestLotOutline(readCassette([{ name: 'f.csv', text: far }]))).toBeNull();
  });
});
