import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect';

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
