/**
 * Reading a sample's size from its name ("GaN coupon 20 x 15 mm", "Demo 150 mm Si wafer",
 * "6 inch sapphire", "2x2 cm piece", "10 mm square"). The result is only a guess: the app marks
 * it as guessed until the user confirms it, and a name without a size gives no outline at all.
 */
import { DEFAULT_EDGE_EXCLUSION_MM, type SampleOutline, standardWafer } from './outline';

/** A size found in a name: the outline it suggests and the text it was read from. */
export interface NameGuess {
  outline: SampleOutline;
  /** The part of the name the size was read from, e.g. "20 x 15 mm". */
  matchedText: string;
}

/** Millimetres per length unit written in names. */
const MM_PER: Readonly<Record<string, number>> = { mm: 1, cm: 10, in: 25.4 };

/** Nominal inch sizes of SEMI wafers → their diameter in mm (SEMI M1: 4″ is 100 mm, not 101.6). */
const INCH_WAFERS: Readonly<Record<number, number>> = {
  2: 50.8,
  3: 76.2,
  4: 100,
  5: 125,
  6: 150,
  8: 200,
  12: 300,
};

/** Diameters in mm that name a SEMI wafer, including the rounded 50/51 and 75/76 of 2″ and 3″. */
const MM_WAFERS: Readonly<Record<number, number>> = {
  50: 50.8,
  50.8: 50.8,
  51: 50.8,
  75: 76.2,
  76: 76.2,
  76.2: 76.2,
  100: 100,
  125: 125,
  150: 150,
  200: 200,
  300: 300,
};

/** Edge exclusion given to a guessed piece: 1 mm, less on pieces too small for it. */
function pieceEdgeExclusionMm(widthMm: number, heightMm: number): number {
  return Math.min(1, Math.min(widthMm, heightMm) / 4);
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(mm|cm|in(?:ch(?:es)?)?\b|"|″|'')`;
const TIMES = String.raw`\s*[x×X*]\s*`;

/** Thickness units: written only after the third number of a `L x W x T` size. */
const THICKNESS_UNIT = '(?:µm|μm|um|nm)';
const ANY_UNIT = String.raw`(?:mm|cm|in(?:ch(?:es)?)?\b|"|″|''|${THICKNESS_UNIT})`;
const DIMENSION = String.raw`\d+(?:[.,]\d+)?(?:\s*${ANY_UNIT})?`;
/**
 * A run of two or three sizes: `20 x 15 mm`, `20mm x 15mm`, `2x2 cm`, `20 × 15 × 0.5 mm`,
 * `20x15x0.5mm`, `20 x 15 mm x 500 µm`. A longer run (`1 x 2 x 3 x 4 mm`) is no size.
 */
const DIMENSION_RUN = new RegExp(
  String.raw`(?<![\w.,])(?<!\d\s*${ANY_UNIT}?${TIMES})${DIMENSION}(?:${TIMES}${DIMENSION}){1,2}(?![\w.,]|${TIMES}\d)`,
  'gi',
);
/** One number of a run with its own unit, if written. */
const RUN_PART = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(${ANY_UNIT})?`, 'gi');

/** `10 mm square`, `10mm sq`, `square 10 mm`. */
const SQUARE = new RegExp(
  String.raw`(?<![\w.,])${NUMBER}\s*${UNIT}\s*(?:square|sq\b)|\bsquare\s+${NUMBER}\s*${UNIT}`,
  'i',
);
/** One length with a unit: `150 mm`, `150mm`, `6 inch`, `6"`, `6-inch`, `Ø100 mm`. */
const LENGTH = new RegExp(String.raw`(?<![\w.,])${NUMBER}\s*-?\s*${UNIT}(?![\w])`, 'gi');

const toNumber = (text: string | undefined): number => Number((text ?? '').replace(',', '.'));

/** Unit text of a match → its key in MM_PER ('' for none, 'thin' for a thickness unit). */
function unitKey(text: string | undefined): string {
  const t = (text ?? '').toLowerCase();
  if (t === '') return '';
  if (t === 'mm' || t === 'cm') return t;
  return /^(?:µm|μm|um|nm)$/.test(t) ? 'thin' : 'in';
}

/**
 * The piece a run of sizes names: its first two numbers are the sides (a third is the
 * thickness). A number without a unit takes the next unit written after it (`20 x 15 mm`,
 * `2 x 1.5 x 0.05 cm`). Null when a side has no unit or a thickness unit (µm, nm): no sample
 * is microns wide, so the app asks instead.
 */
function pieceFromRun(runText: string): NameGuess | null {
  const parts = [...runText.matchAll(RUN_PART)].map((m) => ({
    value: toNumber(m[1]),
    unit: unitKey(m[2]),
  }));
  const unitAt = (i: number): string => parts.slice(i).find((p) => p.unit !== '')?.unit ?? '';
  const sidesMm = [0, 1].map((i) => {
    const part = parts[i];
    const unit = unitAt(i);
    const mmPer = MM_PER[unit];
    return part === undefined || mmPer === undefined ? Number.NaN : part.value * mmPer;
  });
  return piece(sidesMm[0] ?? Number.NaN, sidesMm[1] ?? Number.NaN, runText);
}

function piece(widthMm: number, heightMm: number, matchedText: string): NameGuess | null {
  if (!(widthMm > 0 && heightMm > 0) || widthMm > 1000 || heightMm > 1000) return null;
  return {
    outline: {
      kind: 'rectangle',
      widthMm,
      heightMm,
      edgeExclusionMm: pieceEdgeExclusionMm(widthMm, heightMm),
    },
    matchedText: matchedText.trim(),
  };
}

/** A wafer for one length in a unit, when that length names a SEMI diameter; else null. */
function wafer(value: number, unit: string, matchedText: string): NameGuess | null {
  const diameterMm = unit === 'in' ? INCH_WAFERS[value] : MM_WAFERS[value * (MM_PER[unit] ?? 0)];
  if (diameterMm === undefined) return null;
  return {
    outline: standardWafer(diameterMm, DEFAULT_EDGE_EXCLUSION_MM),
    matchedText: matchedText.trim(),
  };
}

/**
 * The outline a sample name suggests, or null when it names no size. Tried in order:
 * a rectangle `W x H unit` (also `W unit x H unit`, `×`, `*`) or `L x W x T unit` (a
 * substrate's length × width × thickness: the piece is L × W), a square `S unit square`, then a
 * single length that is a SEMI wafer diameter (50.8/76.2/100/125/150/200/300 mm, 2–12 inch,
 * also written `150mm`, `6"`, `6-inch`, `10 cm`). A single length that is no standard diameter
 * ("Sample 15 mm") gives null: it could be a piece's side or a wafer, and the app must ask.
 * Units: mm, cm, in/inch/inches/"/″. Decimal comma or point. Pieces get a 1 mm edge exclusion
 * (a quarter of the shorter side when that is less), wafers DEFAULT_EDGE_EXCLUSION_MM.
 */
export function guessOutlineFromName(name: string | null): NameGuess | null {
  const text = name ?? '';
  for (const run of text.matchAll(DIMENSION_RUN)) {
    const guess = pieceFromRun(run[0]);
    if (guess) return guess;
  }
  const square = SQUARE.exec(text);
  if (square) {
    const value = toNumber(square[1] ?? square[3]);
    const side = value * (MM_PER[unitKey(square[2] ?? square[4])] ?? 0);
    return piece(side, side, square[0]);
  }
  for (const m of text.matchAll(LENGTH)) {
    const guess = wafer(toNumber(m[1]), unitKey(m[2]), m[0]);
    if (guess) return guess;
  }
  return null;
}
