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

  it.each([
    ['substrate 20 x 15 x 0.5 mm', rect(20, 15), '20 x 15 x 0.5 mm'],
    ['substrate 20x15x0.5mm', rect(20, 15), '20x15x0.5mm'],
    ['substrate 20 × 15 × 0.5 mm', rect(20, 15), '20 × 15 × 0.5 mm'],
    ['substrate 2 x 1.5 x 0.05 cm', rect(20, 15), '2 x 1.5 x 0.05 cm'],
    ['MgO 10 x 10 x 0,5 mm', rect(10, 10), '10 x 10 x 0,5 mm'],
    ['STO 5*5*0.5 mm', rect(5, 5), '5*5*0.5 mm'],
    ['Al2O3 20 mm x 15 mm x 0.5 mm', rect(20, 15), '20 mm x 15 mm x 0.5 mm'],
    ['GaN 20 x 15 mm x 0.5 mm', rect(20, 15), '20 x 15 mm x 0.5 mm'],
    ['GaN 20 x 15 mm x 500 µm', rect(20, 15), '20 x 15 mm x 500 µm'],
    ['GaN 20 x 15 mm x 500 um', rect(20, 15), '20 x 15 mm x 500 um'],
    ['InP 2 x 2 cm x 350 μm', rect(20, 20), '2 x 2 cm x 350 μm'],
    ['quartz 1 x 1 in x 1 mm', rect(25.4, 25.4), '1 x 1 in x 1 mm'],
    ['cut 20 x 15 mm x 0.5', rect(20, 15), '20 x 15 mm x 0.5'],
    ['Box 20 x 15 x 0.5 mm', rect(20, 15), '20 x 15 x 0.5 mm'],
  ])(
    'reads length × width of the three dimensions in %j (the third is the thickness)',
    (name, outline, matchedText) => {
      expect(guessOutlineFromName(name)).toEqual({ outline, matchedText });
    },
  );

  it.each([
    // The lateral sides would be in µm: no sample is 20 µm wide, so ask rather than guess.
    'film 20 x 15 x 500 µm',
    // Four numbers in a row are no size.
    'grid 1 x 2 x 3 x 4 mm',
    // No unit anywhere.
    'run 20 x 15 x 2',
  ])('gives no guess for the dimension chain in %j', (name) => {
    expect(guessOutlineFromName(name)).toBeNull();
  });

  // A user trial's names that were guessed right before the three-dimension fix: they must stay so.
  it.each([
    ['Sample A', null],
    ['GaN coupon 20 x 15 mm', rect(20, 15)],
    ['2x2 cm SiC', rect(20, 20)],
    ['wafer 6"', standardWafer(150)],
    ['10 mm square', rect(10, 10)],
    ['Ø100mm Si', standardWafer(100)],
    ['Si 525 µm thick 100 mm', standardWafer(100)],
    ['SOI 300 µm', null],
    ['1 cm x 1 cm', rect(10, 10)],
    ['4-inch sapphire', standardWafer(100)],
    ['8 in wafer', standardWafer(200)],
    ['Lot 150 run 3', null],
    ['Batch 2024-05-06', null],
    ['0.5 x 0.5 mm', rect(0.5, 0.5, 0.125)],
  ])('keeps the trial name %j', (name, outline) => {
    expect(guessOutlineFromName(name)?.outline ?? null).toEqual(outline);
  });

  it('gives a 200 mm guess its notch', () => {
    expect(guessOutlineFromName('8 in wafer')?.outline).toMatchObject({
      diameterMm: 200,
      mark: 'notch',
    });
  });

  it('reads null as no name', () => {
    expect(guessOutlineFromName(null)).toBeNull();
  });

  it('prefers the piece when a name holds a piece and a wafer size', () => {
    expect(guessOutlineFromName('150 mm wafer diced to 10 x 10 mm')?.outline).toEqual(rect(10, 10));
  });
});
