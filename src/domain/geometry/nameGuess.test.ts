import { describe, expect, it } from 'vitest';
import { guessOutlineFromName } from './nameGuess';
import { standardWafer } from './outline';

const rect = (widthMm: number, heightMm: number, edgeExclusionMm = 1) => ({
  kind: 'rectangle',
  widthMm,
  heightMm,
  edgeExclusionMm,
});

describe('guessOutlineFromName', () => {
  it.each([
    ['GaN coupon 20 x 15 mm', rect(20, 15), '20 x 15 mm'],
    ['GaN coupon 20x15mm', rect(20, 15), '20x15mm'],
    ['piece 20 mm x 15 mm', rect(20, 15), '20 mm x 15 mm'],
    ['SiC 20 × 15 mm', rect(20, 15), '20 × 15 mm'],
    ['2x2 cm ITO', rect(20, 20), '2x2 cm'],
    ['sapphire 1,5 x 2 cm', rect(15, 20), '1,5 x 2 cm'],
    ['10 mm square', rect(10, 10), '10 mm square'],
    ['Si 10mm sq', rect(10, 10), '10mm sq'],
    ['square 5 mm die', rect(5, 5, 1), 'square 5 mm'],
    ['tiny 2 x 3 mm', rect(2, 3, 0.5), '2 x 3 mm'],
  ])('reads the piece in %j', (name, outline, matchedText) => {
    expect(guessOutlineFromName(name)).toEqual({ outline, matchedText });
  });

  it.each([
    ['150 mm', 150, '150 mm'],
    ['Demo 150 mm Si wafer', 150, '150 mm'],
    ['200mm thermal oxide', 200, '200mm'],
    ['KLA-F5x Slot01 native oxide, 300 mm', 300, '300 mm'],
    ['6 inch sapphire', 150, '6 inch'],
    ['6 in Si', 150, '6 in'],
    ['6" Si', 150, '6"'],
    ['6″ Si', 150, '6″'],
    ['a 4-inch wafer', 100, '4-inch'],
    ['2 inches GaAs', 50.8, '2 inches'],
    ['50 mm InP', 50.8, '50 mm'],
    ['10 cm wafer', 100, '10 cm'],
    ['8in epi', 200, '8in'],
  ])('reads the wafer in %j', (name, diameterMm, matchedText) => {
    expect(guessOutlineFromName(name)).toEqual({ outline: standardWafer(diameterMm), matchedText });
  });

  it('puts the standard mark on guessed wafers: flat up to 150 mm, notch above', () => {
    expect(guessOutlineFromName('150 mm')?.outline).toMatchObject({ mark: 'flat' });
    expect(guessOutlineFromName('300 mm')?.outline).toMatchObject({ mark: 'notch' });
  });

  it.each([
    'Sample A',
    '',
    'Slot01',
    'KLA-F5x run 7',
    'Sample 15 mm',
    'wafer 7 in box 3',
    '2020 insulator batch',
    'GaN 12 um film',
    'lot 150',
    'Review 1000 sites',
  ])('gives no guess for %j', (name) => {
    expect(guessOutlineFromName(name)).toBeNull();
  });

  it('reads null as no name', () => {
    expect(guessOutlineFromName(null)).toBeNull();
  });

  it('prefers the piece when a name holds a piece and a wafer size', () => {
    expect(guessOutlineFromName('150 mm wafer diced to 10 x 10 mm')?.outline).toEqual(rect(10, 10));
  });
});
